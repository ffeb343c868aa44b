import { afterEach, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { createSandboxControl } from '../../main/sandbox-control/sandbox-control';
import { classicToken, post, start } from './support';

/** MEMBER_CARD over real HTTP (RULES.md "Member cards"; wechatpay-merchant-coupons-and-member-cards.md §1.1–§1.3). */

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

type Obj = Record<string, unknown>;
const body = (edit: (m: Obj) => void = () => {}): Obj => {
  const b = structuredClone(exampleMemberCard()) as unknown as Obj;
  edit((b.card as Obj).member_card as Obj);
  return b;
};

describe('card/create MEMBER_CARD', () => {
  it('creates a permanent member card even where coupon creation is blocked, and reviews it on the virtual clock', async () => {
    sandbox = await start({ accounts: [{ ...DEMO_ACCOUNT, couponCreation: 'blocked' }] });
    const token = await classicToken(sandbox);
    const created = await post(sandbox, '/card/create', token, body());
    expect(created.json).toMatchObject({ errcode: 0 });
    const cardId = created.json.card_id as string;
    const status = async () => ((await post(sandbox, '/card/get', token, { card_id: cardId })).json.card as { member_card: { base_info: Obj } }).member_card.base_info.status;
    expect(await status()).toBe('CARD_STATUS_NOT_VERIFY');
    sandbox.clock.advance(60_000);
    expect(await status()).toBe('CARD_STATUS_VERIFY_OK');
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.reviewEvents).toEqual([{ event: 'card_pass_check', cardId, at: sandbox.clock.now() }]);
  });

  it('an account outside the member-card categories gets 45160; the switch is live', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect(sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { category: false } }).ok).toBe(true);
    expect((await post(sandbox, '/card/create', token, body())).json).toMatchObject({ errcode: 45160, errmsg: expect.stringMatching(/^invalid category to create card/) });
    sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { category: true } });
    expect((await post(sandbox, '/card/create', token, body())).json).toMatchObject({ errcode: 0 });
  });

  it('the sandbox panel scenario switches the same flags (no-member-category, balance)', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const control = createSandboxControl(sandbox);
    expect(control.setScenario({ memberCardCategory: false }).ok).toBe(true);
    expect((await post(sandbox, '/card/create', token, body())).json).toMatchObject({ errcode: 45160 });
    control.setScenario({ memberCardCategory: true, balancePermission: true });
    const withBalance = body((m) => Object.assign(m, { supply_balance: true, balance_rules: '充值100元送10元' }));
    expect((await post(sandbox, '/card/create', token, withBalance)).json).toMatchObject({ errcode: 0 });
  });

  it('stored value needs the 储值 permission (43010), and balance_rules (41011) once it has it', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const withBalance = body((m) => Object.assign(m, { supply_balance: true, balance_rules: '充值100元送10元' }));
    expect((await post(sandbox, '/card/create', token, withBalance)).json).toMatchObject({ errcode: 43010, errmsg: expect.stringMatching(/^can not use balance, need authorize/) });
    sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { balance: true } });
    expect((await post(sandbox, '/card/create', token, withBalance)).json).toMatchObject({ errcode: 0 });
    expect((await post(sandbox, '/card/create', token, body((m) => (m.supply_balance = true)))).json).toMatchObject({ errcode: 41011 });
  });

  it.each<[string, (m: Obj) => void, number]>([
    ['a fourth header cell', (m) => (m.custom_field4 = { name: '第四栏' }), 40124],
    ['no prerogative', (m) => delete m.prerogative, 41011],
    ['a face off the CDN', (m) => (m.background_pic_url = 'https://example.com/a.png'), 40141],
    ['auto with one-click', (m) => (m.wx_activate = true), 40097],
    ['no activation mode', (m) => delete m.auto_activate, 41011],
  ])('%s → %i', async (_name, edit, errcode) => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect((await post(sandbox, '/card/create', token, body(edit))).json).toMatchObject({ errcode });
  });
});
