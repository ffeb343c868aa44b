import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TYPES } from '../../common/coupon/card-types';
import { exampleCoupon } from '../../common/coupon/examples';
import { fingerprintOfBody, fingerprintOfCard, legacyFingerprintOfBody, legacyFingerprintOfCard } from '../../main/batch/fingerprint';
import type { SandboxHandle } from '../../main/sandbox';
import type { WeixinClient } from '../../main/wechat';
import { sandboxAccount, sandboxWithClient } from './support';

let sandbox: SandboxHandle;
let client: WeixinClient;
const account = sandboxAccount(71);
beforeAll(async () => {
  ({ sandbox, client } = await sandboxWithClient(account));
});
afterAll(async () => sandbox.stop());

type Body = { card: Record<string, unknown> };
const typed = (body: unknown) => body as Body;

describe('fingerprint', () => {
  it.each(CARD_TYPES)('a %s body and the card/get answer of the card made from it have the same fingerprint', async (type) => {
    const body = typed(exampleCoupon(type, sandbox.clock.now()));
    const created = await client.createCard(body);
    if (!created.ok) throw new Error(created.error.message.en);
    const got = await client.getCard(created.value.cardId);
    if (!got.ok) throw new Error(got.error.message.en);
    // card/get answers the colour as hex and the stock as quantity + total_quantity (§1.5).
    expect(JSON.stringify(got.value.card)).toMatch(/"color":"#[0-9a-fA-F]{6}"/);
    expect(fingerprintOfCard(got.value.card)).toBe(fingerprintOfBody(body));
  });

  it('matches a legacy numeric date type, and ignores key order', async () => {
    const body = typed(exampleCoupon('CASH', sandbox.clock.now()));
    const cash = body.card.cash as { base_info: { date_info: { type: unknown } } };
    cash.base_info.date_info.type = 1;
    const created = await client.createCard(body);
    if (!created.ok) throw new Error(created.error.message.en);
    const got = await client.getCard(created.value.cardId);
    if (!got.ok) throw new Error(got.error.message.en);
    expect(fingerprintOfCard(got.value.card)).toBe(fingerprintOfBody(body));
    const base = (body.card.cash as { base_info: Record<string, unknown> }).base_info;
    const shuffled = { card: { ...body.card, cash: { ...(body.card.cash as object), base_info: Object.fromEntries(Object.entries(base).reverse()) } } };
    expect(fingerprintOfBody(shuffled)).toBe(fingerprintOfBody(body));
  });

  it('tells apart drafts that differ in a field that round-trips, and gives none for a body without a card', () => {
    const a = typed(exampleCoupon('CASH', sandbox.clock.now()));
    const b = typed(structuredClone(a));
    (b.card.cash as { reduce_cost: number }).reduce_cost = 3000;
    const c = typed(structuredClone(a));
    (c.card.cash as { base_info: { sku: { quantity: number } } }).base_info.sku.quantity = 999;
    const prints = [a, b, c].map(fingerprintOfBody);
    expect(new Set(prints).size).toBe(3);
    expect(fingerprintOfBody({})).toBeUndefined();
    expect(fingerprintOfCard({ card_type: 'CASH' })).toBeUndefined();
  });

  it('version 2 fingerprints every field that is sent: stores, advanced_info, limits and custom-code settings each tell drafts apart', () => {
    const a = typed(exampleCoupon('CASH', sandbox.clock.now()));
    const variants: ((base: Record<string, unknown>, node: Record<string, unknown>) => void)[] = [
      (base) => (base.location_id_list = [123, 456]),
      (base) => (base.get_limit = 7),
      (base) => (base.use_limit = 9),
      (base) => (base.use_custom_code = true),
      (base) => (base.bind_openid = true),
      (base) => (base.can_give_friend = true),
      (base) => (base.service_phone = '010-12345678'),
      (base) => (base.center_title = '立即使用'),
      (_, node) => (node.advanced_info = { business_service: ['BIZ_SERVICE_FREE_PARK'] }),
      (_, node) => (node.advanced_info = { time_limit: [{ type: 'MONDAY', begin_hour: 10, begin_minute: 0, end_hour: 20, end_minute: 0 }] }),
      (_, node) => (node.advanced_info = { use_condition: { accept_category: '咖啡' } }),
    ];
    const prints = variants.map((change) => {
      const copy = typed(structuredClone(a));
      const node = copy.card.cash as Record<string, unknown>;
      change(node.base_info as Record<string, unknown>, node);
      // Version 1 could not tell these apart: that is how drafts differing only in stores swapped card_ids.
      expect(legacyFingerprintOfBody(copy)).toBe(legacyFingerprintOfBody(a));
      return fingerprintOfBody(copy);
    });
    expect(new Set([fingerprintOfBody(a), ...prints]).size).toBe(variants.length + 1);
  });

  it('version 2 treats a documented default as the same card whether sent or left out, and store order as a set', () => {
    const a = typed(exampleCoupon('CASH', sandbox.clock.now()));
    const base = (body: Body) => (body.card.cash as { base_info: Record<string, unknown> }).base_info;
    const withDefaults = typed(structuredClone(a));
    base(withDefaults).get_limit = 50;
    const without = typed(structuredClone(a));
    delete base(without).get_limit;
    expect(fingerprintOfBody(withDefaults)).toBe(fingerprintOfBody(without));
    const one = typed(structuredClone(a));
    base(one).location_id_list = [1, 2, 3];
    const other = typed(structuredClone(a));
    base(other).location_id_list = [3, 1, 2];
    expect(fingerprintOfBody(one)).toBe(fingerprintOfBody(other));
    // A term card answered with zero timestamps (as a server may fill them) is the same card.
    const term = typed(structuredClone(a));
    base(term).date_info = { type: 'DATE_TYPE_FIX_TERM', fixed_term: 30, fixed_begin_term: 0 };
    const zeros = typed(structuredClone(term));
    base(zeros).date_info = { type: 2, fixed_term: 30, begin_timestamp: 0, end_timestamp: 0 };
    expect(fingerprintOfBody(zeros)).toBe(fingerprintOfBody(term));
  });

  it('stores, advanced_info and limits round-trip through card/get under version 2', async () => {
    const body = typed(exampleCoupon('GENERAL_COUPON', sandbox.clock.now()));
    const node = body.card.general_coupon as { base_info: Record<string, unknown>; advanced_info: Record<string, unknown> };
    Object.assign(node.base_info, { get_limit: 50, use_custom_code: false, bind_openid: false, center_title: '立即使用', center_url: 'https://example.com/use' });
    node.advanced_info.time_limit = [{ type: 'MONDAY', begin_hour: 10, begin_minute: 0, end_hour: 20, end_minute: 0 }];
    const created = await client.createCard(body);
    if (!created.ok) throw new Error(created.error.message.en);
    const got = await client.getCard(created.value.cardId);
    if (!got.ok) throw new Error(got.error.message.en);
    expect(fingerprintOfCard(got.value.card)).toBe(fingerprintOfBody(body));
    expect(legacyFingerprintOfCard(got.value.card)).toBe(legacyFingerprintOfBody(body));
  });

  it('version 1 is unchanged, so records journaled before version 2 still match (pinned hash), and the two never collide', () => {
    const body = exampleCoupon('GROUPON', Date.UTC(2026, 0, 1));
    expect(legacyFingerprintOfBody(body)).toBe('bea570f4c7327f0d98a947bc8b59c107');
    expect(fingerprintOfBody(body)).toMatch(/^v2:[0-9a-f]{32}$/);
  });
});
