import { afterEach, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, post, start } from './support';

/** The member endpoints over real HTTP (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5; card/update §1.7). */

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());
type Obj = Record<string, unknown>;

async function memberCard(edit: (m: Obj) => void = () => {}): Promise<{ token: string; cardId: string; code: string }> {
  sandbox = await start();
  const token = await classicToken(sandbox);
  const body = structuredClone(exampleMemberCard()) as unknown as Obj;
  edit((body.card as Obj).member_card as Obj);
  const cardId = (await post(sandbox, '/card/create', token, body)).json.card_id as string;
  const code = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, cardId);
  if (!code.ok) throw new Error(code.error);
  return { token, cardId, code: code.value };
}

describe('member endpoints', () => {
  it('updateuser: the absolute value wins over the delta, so a resend leaves the total as it was', async () => {
    const { token, cardId, code } = await memberCard();
    const update = { card_id: cardId, code, bonus: 120, add_bonus: 120, record_bonus: '消费120元' };
    expect((await post(sandbox, '/card/membercard/updateuser', token, update)).json).toMatchObject({ errcode: 0, result_bonus: 120 });
    expect((await post(sandbox, '/card/membercard/updateuser', token, update)).json).toMatchObject({ errcode: 0, result_bonus: 120 });
    expect((await post(sandbox, '/card/membercard/updateuser', token, { card_id: cardId, code, add_bonus: 5 })).json).toMatchObject({ result_bonus: 125 });
    const info = await post(sandbox, '/card/membercard/userinfo/get', token, { card_id: cardId, code });
    expect(info.json).toMatchObject({ errcode: 0, bonus: 125, balance: 0, has_active: true, user_card_status: 'NORMAL' });
    const activity = sandbox.memberActivity(DEMO_ACCOUNT.appid);
    expect(activity.ok && activity.value.changes.map((c) => c.modifyBonus)).toEqual([120, 0, 5]);
    expect(activity.ok && activity.value.events.map((e) => e.event)).toEqual(['user_get_card', 'update_member_card', 'update_member_card', 'update_member_card']);
  });

  it('updateuser refusals: unknown code 40056, balance without 储值 43010, below zero 40097, record over 14 汉字 45021', async () => {
    const { token, cardId, code } = await memberCard();
    const send = (b: Obj) => post(sandbox, '/card/membercard/updateuser', token, { card_id: cardId, ...b });
    expect((await send({ code: '000000000000', add_bonus: 1 })).json).toMatchObject({ errcode: 40056 });
    expect((await send({ code, add_balance: 100 })).json).toMatchObject({ errcode: 43010 });
    expect((await send({ code, add_bonus: -1 })).json).toMatchObject({ errcode: 40097 });
    expect((await send({ code, add_bonus: 1, record_bonus: '一'.repeat(15) })).json).toMatchObject({ errcode: 45021 });
  });

  it('activate: interface activation once, with initial points; userinfo shows the membership number', async () => {
    const { token, cardId, code } = await memberCard((m) => Object.assign(m, { auto_activate: false, wx_activate: true }));
    expect((await post(sandbox, '/card/membercard/updateuser', token, { card_id: cardId, code, add_bonus: 1 })).json).toMatchObject({ errcode: 40078 });
    expect((await post(sandbox, '/card/membercard/activate', token, { card_id: cardId, code })).json).toMatchObject({ errcode: 41011 });
    const activate = { card_id: cardId, code, membership_number: 'VIP0001', init_bonus: 50, init_custom_field_value1: '金卡' };
    expect((await post(sandbox, '/card/membercard/activate', token, activate)).json).toMatchObject({ errcode: 0 });
    expect((await post(sandbox, '/card/membercard/activate', token, activate)).json).toMatchObject({ errcode: 40078 });
    expect((await post(sandbox, '/card/membercard/userinfo/get', token, { card_id: cardId, code })).json).toMatchObject({ membership_number: 'VIP0001', bonus: 50, has_active: true });
  });

  it('activateuserform/set: common fields from the list, rich fields typed; a coupon card is 40071', async () => {
    const { token, cardId } = await memberCard((m) => Object.assign(m, { auto_activate: false, wx_activate: true }));
    const form = {
      card_id: cardId,
      required_form: { can_modify: false, common_field_id_list: ['USER_FORM_INFO_FLAG_MOBILE', 'USER_FORM_INFO_FLAG_NAME'] },
      optional_form: { common_field_id_list: ['USER_FORM_INFO_FLAG_BIRTHDAY'], custom_field_list: ['喜欢的咖啡'], rich_field_list: [{ type: 'FORM_FIELD_RADIO', name: '口味', values: ['浓', '淡'] }] },
    };
    expect((await post(sandbox, '/card/membercard/activateuserform/set', token, form)).json).toMatchObject({ errcode: 0 });
    const bad = { ...form, required_form: { common_field_id_list: ['USER_FORM_INFO_FLAG_PHONE'] } };
    expect((await post(sandbox, '/card/membercard/activateuserform/set', token, bad)).json).toMatchObject({ errcode: 40097 });
  });

  it('card/update: points text changes without review; a new privileges text goes back to review; supply_bonus cannot be turned off', async () => {
    const { token, cardId } = await memberCard();
    sandbox.clock.advance(60_000);
    const update = (patch: Obj) => post(sandbox, '/card/update', token, { card_id: cardId, member_card: patch });
    expect((await update({ bonus_rules: '每消费1元积2分' })).json).toMatchObject({ errcode: 0, send_check: false });
    expect((await update({ prerogative: '会员消费八八折' })).json).toMatchObject({ errcode: 0, send_check: true });
    const status = ((await post(sandbox, '/card/get', token, { card_id: cardId })).json.card as { member_card: { base_info: Obj } }).member_card.base_info.status;
    expect(status).toBe('CARD_STATUS_NOT_VERIFY');
    expect((await update({ supply_bonus: false })).json).toMatchObject({ errcode: 40097 });
    expect((await update({ supply_balance: true, balance_rules: '充值送' })).json).toMatchObject({ errcode: 43010 });
    expect((await update({ discount: 100 })).json).toMatchObject({ errcode: 40097 });
  });
});
