// The 商家券 engine's lanes hold the merchant's WeChat Pay client and nothing else: no Weixin client
// pointed at a dead address stands in for one (the engine is generic over its lanes' client).
import { afterEach, describe, expect, it } from 'vitest';
import { merchantClients, merchantEngineAccounts, SANDBOX_MERCHANT_ID, withSandboxMerchant } from '../../main/busifavor/merchant-clients';
import { DEMO_MERCHANT, type SandboxHandle } from '../../main/sandbox';
import { startPaySandbox } from '../wechatpay/pay-support';

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

describe('merchant engine accounts', () => {
  it('a merchant lane carries the mchid and its WeChat Pay client, which answers over the sandbox', async () => {
    const running = await startPaySandbox();
    sandbox = running;
    const merchants = merchantClients({ merchants: withSandboxMerchant(undefined), sandboxBaseUrl: () => running.baseUrl, clock: { now: () => running.clock.now() } });
    const lane = await merchantEngineAccounts(merchants).clientFor(SANDBOX_MERCHANT_ID);
    if (!lane.ok) throw new Error(lane.error.message.en);
    expect(lane.value).toMatchObject({ accountId: SANDBOX_MERCHANT_ID, appid: DEMO_MERCHANT.mchid, concurrency: 4 });
    // The lane's client is the merchant client itself: no Weixin card API on it.
    expect(lane.value.client.mchid).toBe(DEMO_MERCHANT.mchid);
    expect('batchGetCards' in lane.value.client).toBe(false);
    const answered = await lane.value.client.pay.getCallback(DEMO_MERCHANT.mchid);
    expect(answered.ok).toBe(true);
  });

  it('an unknown merchant is unavailable, with the reason', async () => {
    const merchants = merchantClients({ merchants: withSandboxMerchant(undefined), clock: { now: () => 0 } });
    const lane = await merchantEngineAccounts(merchants).clientFor('no-such-merchant');
    expect(lane).toMatchObject({ ok: false, error: { code: 'account_unavailable' } });
  });
});
