import fc from 'fast-check';
import { CUSTOM_FIELD_NAME_TYPES } from '../../common/coupon/limits-member-card';
import { advancedInfoArb, baseInfoArb, cdnImageUrl, textUpTo, textWithBytes, type CouponArbOptions } from './coupon-arbitraries';

/**
 * fast-check arbitraries for member cards (wechatpay-merchant-coupons-and-member-cards.md §1.3;
 * RULES.md "Member cards"): valid cards over every activation mode, points and stored value on and
 * off, header cells and entry rows at their byte limits, and single-rule mutations that each
 * provoke exactly one errcode.
 */

type Obj = Record<string, unknown>;

const activation: fc.Arbitrary<Obj> = fc.oneof(
  fc.constant({ auto_activate: true }),
  fc.constant({ wx_activate: true }),
  fc.record({ wx_activate: fc.constant(true), wx_activate_after_submit: fc.constant(true), wx_activate_after_submit_url: fc.constant('https://shop.example.com/after') }),
  fc.record({ activate_url: textUpTo(128).map((t) => `https://a.cn/${encodeURIComponent(t)}`.slice(0, 128)) }),
  fc.record({ activate_app_brand_user_name: fc.constant('gh_86a091e50ad4@app'), activate_app_brand_pass: fc.constant('pages/join/index') }),
);

const bonusRule: fc.Arbitrary<Obj> = fc.record(
  {
    cost_money_unit: fc.integer({ min: 1, max: 100_000 }),
    increase_bonus: fc.integer({ min: 1, max: 1000 }),
    max_increase_bonus: fc.integer({ min: 0, max: 100_000 }),
    init_increase_bonus: fc.integer({ min: 0, max: 1000 }),
    least_money_to_use_bonus: fc.integer({ min: 0, max: 100_000 }),
  },
  { requiredKeys: ['cost_money_unit', 'increase_bonus'] },
).chain((rule) => fc.option(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 10_000 })), { nil: undefined }).map((pair) => (pair ? { ...rule, cost_bonus_unit: pair[0], reduce_money: pair[1] } : rule)));

const points: fc.Arbitrary<Obj> = fc.oneof(
  fc.constant({ supply_bonus: false }),
  fc.record({ supply_bonus: fc.constant(true), bonus_rules: textUpTo(128) }, { requiredKeys: ['supply_bonus', 'bonus_rules'] }),
  fc.record({ supply_bonus: fc.constant(true), bonus_rule: bonusRule, bonus_cleared: textUpTo(128) }, { requiredKeys: ['supply_bonus', 'bonus_rule'] }),
);

const headerCell: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ name_type: fc.constantFrom(...CUSTOM_FIELD_NAME_TYPES), url: fc.constant('https://www.qq.com') }, { requiredKeys: ['name_type'] }),
  fc.record({ name: textUpTo(24), url: fc.constant('https://www.qq.com') }, { requiredKeys: ['name'] }),
);
const entryRow: fc.Arbitrary<Obj> = fc.record({ name: textUpTo(15), tips: textUpTo(18), url: fc.constant('https://www.qq.com') }, { requiredKeys: ['name', 'url'] });

/** A valid member card; base_info is a coupon's, sometimes DATE_TYPE_PERMANENT. */
export function validMemberCard(nowMs: number, opts: CouponArbOptions = {}): fc.Arbitrary<Obj> {
  const base = fc.tuple(baseInfoArb(nowMs, opts), fc.boolean()).map(([b, permanent]) => (permanent ? { ...b, date_info: { type: 'DATE_TYPE_PERMANENT' } } : b));
  const extras = fc.record(
    {
      background_pic_url: cdnImageUrl,
      discount: fc.integer({ min: 1, max: 99 }),
      custom_field1: headerCell,
      custom_field2: headerCell,
      custom_field3: headerCell,
      custom_cell1: entryRow,
      advanced_info: advancedInfoArb('GROUPON', opts),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(base, fc.oneof(textUpTo(3072), textWithBytes(3072)), activation, points, fc.boolean(), extras)
    .map(([base_info, prerogative, mode, bonus, balance, more]) => ({
      card: {
        card_type: 'MEMBER_CARD',
        member_card: { base_info, prerogative, ...mode, ...bonus, ...(balance ? { supply_balance: true, balance_rules: "充值100元送10元" } : { supply_balance: false }), ...more },
      },
    }));
}

/** A member card changed by one rule, with the errcode it must provoke on both sides. */
export interface MemberMutation {
  readonly kind: string;
  readonly expectedErrcode: number;
  readonly body: Obj;
}

const MUTATIONS: readonly (readonly [string, number, (m: Obj) => void])[] = [
  ['prerogative missing', 41011, (m) => delete m.prerogative],
  ['prerogative empty', 41011, (m) => (m.prerogative = '')],
  ['supply_bonus missing', 41011, (m) => delete m.supply_bonus],
  ['supply_balance missing', 41011, (m) => delete m.supply_balance],
  ['supply_bonus a string', 47001, (m) => (m.supply_bonus = 'true')],
  ['prerogative 3073 bytes', 45021, (m) => (m.prerogative = `${'特'.repeat(1024)}a`)],
  ['face not on the CDN', 40141, (m) => (m.background_pic_url = 'https://example.com/face.png')],
  ['no activation mode', 41011, (m) => { for (const k of ['auto_activate', 'wx_activate', 'wx_activate_after_submit', 'wx_activate_after_submit_url', 'activate_url', 'activate_app_brand_user_name', 'activate_app_brand_pass']) delete m[k]; }],
  ['auto with one-click', 40097, (m) => Object.assign(m, { auto_activate: true, wx_activate: true, wx_activate_after_submit: false })],
  ['custom_field4', 40124, (m) => (m.custom_field4 = { name: '第四栏' })],
  ['header cell without a name', 41011, (m) => (m.custom_field1 = { url: 'https://www.qq.com' })],
  ['header cell with both names', 40097, (m) => (m.custom_field1 = { name: '等级', name_type: 'FIELD_NAME_TYPE_LEVEL' })],
  ['name_type unknown', 40097, (m) => (m.custom_field1 = { name_type: 'FIELD_NAME_TYPE_LEVELS' })],
  ['header name 25 bytes', 45021, (m) => (m.custom_field1 = { name: `${'栏'.repeat(8)}a` })],
  ['entry row without a link', 41011, (m) => (m.custom_cell1 = { name: '入口' })],
  ['entry tips 19 bytes', 45021, (m) => (m.custom_cell1 = { name: '入口', tips: `${'提'.repeat(6)}a`, url: 'https://www.qq.com' })],
  ['discount 0', 40097, (m) => (m.discount = 0)],
  ['discount 100', 40097, (m) => (m.discount = 100)],
  ['points without a rule', 41011, (m) => { m.supply_bonus = true; delete m.bonus_rules; delete m.bonus_rule; }],
  ['stored value without its text', 41011, (m) => { m.supply_balance = true; delete m.balance_rules; }],
  ['bonus_rule pair cut', 40097, (m) => { m.supply_bonus = true; m.bonus_rule = { cost_money_unit: 100 }; }],
  ['bonus_rule amount 0 分', 40097, (m) => { m.supply_bonus = true; m.bonus_rule = { cost_bonus_unit: 100, reduce_money: 0 }; }],
  ['a coupon field', 47001, (m) => (m.deal_detail = '双人套餐')],
  ['unknown key', 47001, (m) => (m.prerogativ = 'x')],
];

/** One single-rule mutation of a valid member card. */
export function memberMutation(nowMs: number, opts: CouponArbOptions = {}): fc.Arbitrary<MemberMutation> {
  return fc.tuple(validMemberCard(nowMs, opts), fc.constantFrom(...MUTATIONS)).map(([body, [kind, expectedErrcode, edit]]) => {
    const copy = structuredClone(body);
    edit((copy.card as Obj).member_card as Obj);
    return { kind, expectedErrcode, body: copy };
  });
}
