import { describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../../common/coupon/example-member-card';
import { memberCardCreateBodySchema } from '../../../common/coupon/schema-member-card';
import { coupon, errors, expectNoErrors, expectOnlyError, warnings } from './fixtures';

type Obj = Record<string, unknown>;
const P = 'card.member_card';

/** The example member card, edited through handles on `member_card` and its base_info. */
function member(edit: (m: Obj, base: Obj) => void = () => {}): Obj {
  const body = structuredClone(exampleMemberCard()) as unknown as Obj;
  const m = (body.card as Obj).member_card as Obj;
  edit(m, m.base_info as Obj);
  return body;
}

describe('MEMBER_CARD through the same validator (wechatpay-merchant… §1.3)', () => {
  it('the example is valid, without warnings, and matches the zod shape', () => {
    expectNoErrors(member());
    expect(warnings(member())).toEqual([]);
    expect(memberCardCreateBodySchema.safeParse(member()).success).toBe(true);
  });

  it('prerogative, supply_bonus and supply_balance are required (41011)', () => {
    expectOnlyError(member((m) => delete m.prerogative), `${P}.prerogative`, 'required', 41011);
    expectOnlyError(member((m) => (m.prerogative = '')), `${P}.prerogative`, 'required', 41011);
    expectOnlyError(member((m) => delete m.supply_bonus), `${P}.supply_bonus`, 'required', 41011);
    expectOnlyError(member((m) => delete m.supply_balance), `${P}.supply_balance`, 'required', 41011);
  });

  it('byte limits: prerogative 3072, custom_cell name 15 / tips 18, header name 24 (45021)', () => {
    expectNoErrors(member((m) => (m.prerogative = '特'.repeat(1024))));
    const f = expectOnlyError(member((m) => (m.prerogative = '特'.repeat(1024) + 'a')), `${P}.prerogative`, 'too_long', 45021);
    expect(f).toMatchObject({ limit: 3072, actual: 3073 });
    expectOnlyError(member((m) => ((m.custom_cell1 as Obj).name = '会员专享入口a')), `${P}.custom_cell1.name`, 'too_long', 45021);
    expectOnlyError(member((m) => ((m.custom_cell1 as Obj).tips = '本周新品上市a')), `${P}.custom_cell1.tips`, 'too_long', 45021);
    expectOnlyError(member((m) => (m.custom_field2 = { name: '储值余额八个汉字a' })), `${P}.custom_field2.name`, 'too_long', 45021);
  });

  it('background_pic_url must be an uploadimg CDN link (40141), unlike logo_url', () => {
    expectOnlyError(member((m) => (m.background_pic_url = 'https://example.com/face.png')), `${P}.background_pic_url`, 'image_host', 40141);
    expectOnlyError(member((m) => (m.background_pic_url = 'face.png')), `${P}.background_pic_url`, 'image_url_invalid', 40141);
  });

  it('activation: none at all needs activate_url (41011); auto with another mode is 40097', () => {
    expectOnlyError(member((m) => delete m.auto_activate), `${P}.activate_url`, 'activation_missing', 41011);
    expectOnlyError(member((m) => (m.wx_activate = true)), `${P}.auto_activate`, 'activation_conflict', 40097);
    expectOnlyError(member((m) => (m.activate_url = 'https://shop.example.com/join')), `${P}.auto_activate`, 'activation_conflict', 40097);
  });

  it('one-click with an activation page: accepted, one-click ignored (warning); a page warns a desktop merchant', () => {
    const b = member((m) => Object.assign(m, { auto_activate: false, wx_activate: true, activate_url: 'https://shop.example.com/join' }));
    expectNoErrors(b);
    expect(warnings(b).map((f) => f.code).sort()).toEqual(['activation_needs_web_page', 'wx_activate_ignored']);
    const oneClick = member((m) => Object.assign(m, { auto_activate: false, wx_activate: true }));
    expect(warnings(oneClick).map((f) => [f.path, f.code])).toEqual([[`${P}.wx_activate`, 'activation_form_needed']]);
    expect(warnings(oneClick)[0]?.message['zh-CN']).toContain('开卡字段');
  });

  it('the jump variant needs wx_activate (40097) and its page (41011); a Mini Program page needs its app (41011)', () => {
    expectOnlyError(member((m) => (m.wx_activate_after_submit = true)), `${P}.wx_activate_after_submit`, 'activation_after_submit_needs_wx', 40097);
    expectOnlyError(
      member((m) => Object.assign(m, { auto_activate: false, wx_activate: true, wx_activate_after_submit: true })),
      `${P}.wx_activate_after_submit_url`,
      'activation_after_submit_url_missing',
      41011,
    );
    expectOnlyError(member((m) => (m.activate_app_brand_pass = 'pages/join')), `${P}.activate_app_brand_user_name`, 'activation_app_brand_incomplete', 41011);
  });

  it('supply_bonus true needs a points rule (41011); false with points fields is a warning', () => {
    expectOnlyError(member((m) => { delete m.bonus_rules; delete m.bonus_rule; }), `${P}.bonus_rules`, 'bonus_fields_missing', 41011);
    const off = member((m) => (m.supply_bonus = false));
    expectNoErrors(off);
    expect(warnings(off).map((f) => f.code)).toEqual(['supply_off_fields_unused']);
  });

  it('bonus_rule: pairs go together and amounts in 分 have floors, said in 元 (40097)', () => {
    expectOnlyError(member((m) => delete (m.bonus_rule as Obj).increase_bonus), `${P}.bonus_rule.cost_money_unit`, 'bonus_rule_incomplete', 40097);
    const f = expectOnlyError(member((m) => ((m.bonus_rule as Obj).reduce_money = 0)), `${P}.bonus_rule.reduce_money`, 'bonus_rule_range', 40097);
    expect(f.message['zh-CN']).toContain('0.01元');
    expectOnlyError(member((m) => ((m.bonus_rule as Obj).cost_money_unit = 1.5)), `${P}.bonus_rule.cost_money_unit`, 'wrong_type', 47001);
  });

  it('supply_balance true needs balance_rules (41011) and warns of the 储值 permission (43010)', () => {
    expectOnlyError(member((m) => (m.supply_balance = true)), `${P}.balance_rules`, 'balance_rules_missing', 41011);
    const b = member((m) => Object.assign(m, { supply_balance: true, balance_rules: '充值100元送10元' }));
    expectNoErrors(b);
    expect(warnings(b)).toMatchObject([{ path: `${P}.supply_balance`, code: 'balance_needs_permission', errcode: 43010 }]);
  });

  it('custom_field1..3: a preset or a free name, exactly one; a fourth is 40124; name_type is an enum (40097)', () => {
    expectNoErrors(member((m) => Object.assign(m, { custom_field2: { name: '储值' }, custom_field3: { name_type: 'FIELD_NAME_TYPE_TIMS', url: 'https://www.qq.com' } })));
    expectOnlyError(member((m) => (m.custom_field4 = { name: '第四栏' })), `${P}.custom_field4`, 'custom_fields_too_many', 40124);
    expectOnlyError(member((m) => (m.custom_field2 = {})), `${P}.custom_field2.name`, 'custom_field_name_missing', 41011);
    expectOnlyError(member((m) => (m.custom_field2 = { name: '等级', name_type: 'FIELD_NAME_TYPE_LEVEL' })), `${P}.custom_field2.name`, 'custom_field_name_both', 40097);
    expectOnlyError(member((m) => (m.custom_field2 = { name_type: 'FIELD_NAME_TYPE_LEVELS' })), `${P}.custom_field2.name_type`, 'enum_invalid', 40097);
  });

  it('custom_cell1 needs a name (41011) and a link or Mini Program (41011)', () => {
    expectOnlyError(member((m) => delete (m.custom_cell1 as Obj).name), `${P}.custom_cell1.name`, 'required', 41011);
    expectOnlyError(member((m) => delete (m.custom_cell1 as Obj).url), `${P}.custom_cell1.url`, 'custom_cell_link_missing', 41011);
  });

  it('discount is percent off, 10 = 九折: 1..99, else 40097', () => {
    expectNoErrors(member((m) => (m.discount = 99)));
    expectOnlyError(member((m) => (m.discount = 0)), `${P}.discount`, 'member_discount_range', 40097);
    expectOnlyError(member((m) => (m.discount = 100)), `${P}.discount`, 'member_discount_range', 40097);
  });

  it('DATE_TYPE_PERMANENT is valid for member cards only (40079 on a coupon)', () => {
    expectNoErrors(member());
    const onCoupon = coupon('GIFT', (h) => (h.base.date_info = { type: 'DATE_TYPE_PERMANENT' }));
    expect(errors(onCoupon).map((f) => [f.path, f.errcode])).toEqual([['card.gift.base_info.date_info.type', 40079]]);
    expectNoErrors(member((_m, base) => (base.date_info = { type: 'DATE_TYPE_FIX_TERM', fixed_term: 365, fixed_begin_term: 0 })));
  });

  it('a coupon-only field is an unknown key in a member card (47001), and member fields in a coupon too', () => {
    expectOnlyError(member((m) => (m.deal_detail = 'x')), `${P}.deal_detail`, 'unknown_key', 47001);
    expectOnlyError(coupon('GIFT', (h) => (h.obj.prerogative = 'x')), 'card.gift.prerogative', 'unknown_key', 47001);
  });
});
