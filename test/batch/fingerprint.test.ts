import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TYPES } from '../../common/coupon/card-types';
import { exampleCoupon } from '../../common/coupon/examples';
import { fingerprintOfBody, fingerprintOfCard } from '../../main/batch/fingerprint';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { sandboxAccount } from './support';

let sandbox: SandboxHandle;
let client: WeixinClient;
const account = sandboxAccount(71);
beforeAll(async () => {
  sandbox = await startSandbox({ includeDemoAccount: false, accounts: [account] });
  const created = createWeixinClient({ appid: account.appid, secret: async () => account.secret, baseUrl: sandbox.baseUrl });
  if (!created.ok) throw new Error('client');
  client = created.value;
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
});
