import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { DEMO_ACCOUNT, demoCouponBody, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createSandboxControl, NOT_WHITELISTED_IP, type SandboxControl } from '../../main/sandbox-control/sandbox-control';

let sandbox: SandboxHandle;
let control: SandboxControl;
let client: WeixinClient;

beforeEach(async () => {
  sandbox = await startSandbox();
  control = createSandboxControl(sandbox);
  const made = createWeixinClient({
    appid: DEMO_ACCOUNT.appid,
    secret: async () => DEMO_ACCOUNT.secret,
    baseUrl: sandbox.baseUrl,
    retry: { maxAttempts: 1 },
    timeouts: { createMs: 2_000 },
  });
  if (!made.ok) throw new Error(made.error.message.en);
  client = made.value;
});
afterEach(() => sandbox.stop());

const create = () => client.createCard(demoCouponBody(sandbox.clock.now()));

describe('sandbox control: the scenarios a merchant can try', () => {
  it('blocks coupon creation the way Weixin did in 2021 and allows it again', async () => {
    control.setScenario({ couponCreation: 'blocked' });
    const refused = await create();
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ kind: 'weixin', errcode: 48001 });
      expect(refused.error.message['zh-CN']).toContain('2021');
    }
    control.setScenario({ couponCreation: 'allowed' });
    expect((await create()).ok).toBe(true);
    expect(control.status().cards).toMatchObject({ total: 1, byStatus: { CARD_STATUS_NOT_VERIFY: 1 } });
  });

  it('puts the computer outside the IP whitelist: the token call names the IP to add', async () => {
    control.setScenario({ ipNotWhitelisted: true });
    const refused = await client.refreshToken();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(JSON.stringify(refused.error)).toContain(NOT_WHITELISTED_IP);
    control.setScenario({ ipNotWhitelisted: false });
    expect((await client.refreshToken()).ok).toBe(true);
  });

  it('takes WeChat Pay away: paycell is refused with 43008, the card stays', async () => {
    control.setScenario({ payPermission: false });
    const card = await create();
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    const paycell = await client.setPaycell(card.value.cardId, true);
    expect(paycell.ok).toBe(false);
    if (!paycell.ok) expect(paycell.error).toMatchObject({ kind: 'weixin', errcode: 43008 });
  });

  it('injects faults on card/create at the chosen rate, and none at 0', async () => {
    control.setScenario({ faultRate: 0.9 });
    for (let i = 0; i < 10; i++) await create();
    const injected = control.status().faultsInjected;
    expect(injected).toBeGreaterThan(0);
    control.setScenario({ faultRate: 0 });
    for (let i = 0; i < 5; i++) expect((await create()).ok).toBe(true);
    expect(control.status().faultsInjected).toBe(injected);
  });

  it('decides a review by hand, or lets the simulated reviewer act when the clock moves', async () => {
    const first = await create();
    const second = await create();
    if (!first.ok || !second.ok) throw new Error('create failed');
    const rejected = control.review(first.value.cardId, 'reject', '图片不清晰');
    expect(rejected.ok && rejected.value.cards.byStatus).toMatchObject({ CARD_STATUS_VERIFY_FAIL: 1, CARD_STATUS_NOT_VERIFY: 1 });
    const later = control.advanceClock(3600);
    expect(later.cards.byStatus).toMatchObject({ CARD_STATUS_VERIFY_FAIL: 1, CARD_STATUS_VERIFY_OK: 1 });
    const card = await client.getCard(first.value.cardId);
    expect(card.ok && card.value.status).toBe('CARD_STATUS_VERIFY_FAIL');
  });

  it('explains a review of a card that does not exist', () => {
    const result = control.review('pNoSuchCard', 'approve');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error['zh-CN']).toContain('pNoSuchCard');
  });

  it('lists the demo account stores, usable ones marked', () => {
    const { stores } = control.status();
    expect(stores.filter((s) => s.usable).length).toBeGreaterThanOrEqual(3);
    expect(stores.some((s) => !s.usable)).toBe(true);
  });
});
