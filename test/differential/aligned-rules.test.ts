import { describe, expect, it } from 'vitest';
import { exampleCoupon } from '../../common/coupon/examples';
import { normalizeCardBody, validateCoupon, withoutNulls } from '../../common/validate';
import { EVERY_STORE, verdictsOf } from './compare';

/**
 * The rules the differential test made the validator and the sandbox agree on, one named case each,
 * checked on BOTH sides (main/sandbox/README.md lists the choices).
 */

const NOW = Date.UTC(2026, 4, 1, 4, 0, 0);
type Obj = Record<string, unknown>;

/** A fresh example coupon of a type, edited through handles on its parts. */
function body(type: 'GROUPON' | 'CASH' | 'GENERAL_COUPON', edit: (h: { card: Obj; node: Obj; base: Obj; date: Obj; root: Obj }) => void): Obj {
  const root = structuredClone(exampleCoupon(type, NOW)) as unknown as Obj;
  const card = root.card as Obj;
  const node = card[type.toLowerCase()] as Obj;
  const base = node.base_info as Obj;
  edit({ card, node, base, date: base.date_info as Obj, root });
  return root;
}

/** Both sides' errcode: the sandbox's, which must be among the validator's errors (undefined = accepted by both). */
function both(b: unknown): number | undefined {
  const v = verdictsOf(b, NOW, EVERY_STORE);
  expect(v.validator.length > 0, `validator ${JSON.stringify(v.validator)} vs sandbox ${v.sandbox}`).toBe(v.sandbox !== undefined);
  if (v.sandbox !== undefined) expect(v.validator).toContain(v.sandbox);
  return v.sandbox;
}

const codesOf = (b: unknown) => validateCoupon(b, { nowMs: NOW }).map((f) => [f.path, f.code, f.severity]);

describe('null is the same as absent, on both sides', () => {
  it.each<[string, (h: { card: Obj; node: Obj; base: Obj; date: Obj }) => void, number]>([
    ['a required text (brand_name)', (h) => (h.base.brand_name = null), 41011],
    ['a required object (sku)', (h) => (h.base.sku = null), 41011],
    ['sku.quantity', (h) => ((h.base.sku as Obj).quantity = null), 41011],
    ['date_info.type', (h) => (h.date.type = null), 41011],
    ['a range timestamp', (h) => (h.date.begin_timestamp = null), 41011],
    ['a type field (deal_detail)', (h) => (h.node.deal_detail = null), 41011],
    ['card_type', (h) => (h.card.card_type = null), 41011],
    ['the type object itself', (h) => (h.card.groupon = null), 40071],
  ])('a null %s is missing', (_name, edit, errcode) => {
    expect(both(body('GROUPON', edit))).toBe(errcode);
  });

  it('a null optional field is accepted, with a validator hint that it is ignored', () => {
    const b = body('GROUPON', (h) => {
      h.base.sub_title = null;
      h.node.advanced_info = null;
    });
    expect(both(b)).toBeUndefined();
    expect(codesOf(b)).toEqual(
      expect.arrayContaining([
        ['card.groupon.base_info.sub_title', 'null_ignored', 'warning'],
        ['card.groupon.advanced_info', 'null_ignored', 'warning'],
      ]),
    );
  });

  it('a null GENERAL_COUPON advanced_info is missing its text_image_list (41011)', () => {
    expect(both(body('GENERAL_COUPON', (h) => (h.node.advanced_info = null)))).toBe(41011);
  });

  it('a null inside a list is a wrong value (47001), and a null unknown key is still unknown (47001)', () => {
    expect(both(body('GROUPON', (h) => (h.base.location_id_list = [null])))).toBe(47001);
    expect(both(body('GROUPON', (h) => (h.base.titel = null)))).toBe(47001);
  });

  it('a null type key (a coupon\'s or member_card) beside the real one is absent; a null ticket key is an unknown key', () => {
    const stray = body('GROUPON', (h) => (h.card.cash = null));
    expect(both(stray)).toBeUndefined();
    expect(codesOf(stray)).toContainEqual(['card.cash', 'null_ignored', 'warning']);
    expect(both(body('GROUPON', (h) => (h.card.member_card = null)))).toBeUndefined();
    expect(both(body('GROUPON', (h) => (h.card.scenic_ticket = null)))).toBe(47001);
  });
});

describe('keys beside card are ignored by both, with a validator hint', () => {
  it('accepts and warns', () => {
    const b = body('CASH', (h) => {
      h.root.access_token = 'pasted by mistake';
      h.root.cards = { card_type: 'CASH' };
    });
    expect(both(b)).toBeUndefined();
    expect(codesOf(b).filter(([, code]) => code === 'body_key_ignored')).toEqual([
      ['access_token', 'body_key_ignored', 'warning'],
      ['cards', 'body_key_ignored', 'warning'],
    ]);
  });
});

describe('wrong JSON types are 47001 everywhere, range problems keep their own code', () => {
  it.each<[string, (h: { card: Obj; node: Obj; base: Obj; date: Obj }) => void, number]>([
    ['a string timestamp', (h) => (h.date.end_timestamp = '2026-12-31 23:59:59'), 47001],
    ['a fractional timestamp', (h) => (h.date.end_timestamp = 1_893_427_199.5), 40079],
    ['a numeric card_type', (h) => (h.card.card_type = 1), 47001],
    ['an unknown card_type string', (h) => (h.card.card_type = 'SCENIC_TICKET'), 40071],
    ['MEMBER_CARD over a coupon object', (h) => (h.card.card_type = 'MEMBER_CARD'), 40071],
    ['"" for a required object (sku)', (h) => (h.base.sku = ''), 47001],
    ['"" for sku.quantity', (h) => ((h.base.sku as Obj).quantity = ''), 47001],
    ['"" for a range timestamp', (h) => (h.date.begin_timestamp = ''), 47001],
    ['"" for reduce_cost', (h) => (h.node.reduce_cost = ''), 47001],
    ['"" for a required text (title)', (h) => (h.base.title = ''), 41011],
    ['"" for date_info.type', (h) => (h.date.type = ''), 41011],
  ])('%s', (_name, edit, errcode) => {
    expect(both(body('CASH', edit))).toBe(errcode);
  });

  it('"" for GENERAL_COUPON advanced_info is a wrong type (47001), not a missing list', () => {
    expect(both(body('GENERAL_COUPON', (h) => (h.node.advanced_info = '')))).toBe(47001);
  });
});

describe('another Weixin card type beside a coupon is an extra type key (40071) on both sides', () => {
  it.each(['member_card', 'scenic_ticket', 'lucky_money'])('%s', (key) => {
    const b = body('GROUPON', (h) => (h.card[key] = {}));
    expect(both(b)).toBe(40071);
    expect(codesOf(b)).toContainEqual([`card.${key}`, 'extra_type_key', 'error']);
  });
});

describe('normalizeCardBody: the body as Weixin reads it', () => {
  it('keeps only card and drops null fields at any depth, keeping list items', () => {
    const b = { extra: 1, card: { card_type: 'GIFT', gift: { base_info: { a: null, b: [null, { c: null, d: 1 }] } } } };
    expect(normalizeCardBody(b)).toEqual({ card: { card_type: 'GIFT', gift: { base_info: { b: [null, { d: 1 }] } } } });
  });

  it('drops undefined-valued fields too, as JSON would (fast-check seed 334166102 found the gap)', () => {
    const b = { card: { card_type: 'GIFT', gift: { advanced_info: { use_condition: { x: undefined } } } } };
    const normalized = normalizeCardBody(b) as typeof b;
    expect(Object.keys(normalized.card.gift.advanced_info.use_condition)).toEqual([]);
    expect(normalized).toEqual(JSON.parse(JSON.stringify(b)));
  });

  it('shares untouched subtrees instead of copying them', () => {
    const untouched = { x: { y: [1, 2] } };
    expect(withoutNulls(untouched)).toBe(untouched);
    const partly = { keep: { y: 1 }, drop: null };
    expect((withoutNulls(partly) as { keep: unknown }).keep).toBe(partly.keep);
  });
});
