// The 核销台 over the app's router (counter:* channels, issue 12), against a real sandbox over HTTP
// with a real history database in a temp dir: each refusal is one cashier's line with its reason,
// a code scanned twice at once is redeemed once, and a lost answer is reconciled under the
// committed use_request_no — 0 double redemptions.
import { describe, expect, it, onTestFinished } from 'vitest';
import { contract } from '../../common/ipc/contract';
import type { CounterRedeemResult } from '../../common/ipc/channels/counter';
import { ok } from '../../common/result';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { startBatchServices } from '../../main/batch/services';
import { uploadCodes } from '../../main/busifavor/code-upload';
import { demoMerchantCredentials, SANDBOX_MERCHANT_ID, type MerchantLookup } from '../../main/busifavor/merchant-clients';
import { createHandlers } from '../../main/ipc/handlers';
import { createMemorySettingsStore } from '../../main/ipc/handlers/settings';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { DEMO_MERCHANT, type FaultConfig } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { createSandboxControl } from '../../main/sandbox-control/sandbox-control';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { tempDir } from '../storage/temp-dir';
import { startPaySandbox } from '../wechatpay/pay-support';

const USE_PATH = '/v3/marketing/busifavor/coupons/use';
const OTHER_ID = 'merchant-other-shop';
const OTHER_MCHID = '1900009299';

/** A second shop: the demo keys under another mchid (the sandbox tells merchants apart by mchid). */
const otherShop: MerchantLookup = {
  async credentials(accountId) {
    const demo = demoMerchantCredentials();
    if (accountId !== OTHER_ID) return { ok: false, error: { code: 'merchant_not_found', message: { 'zh-CN': '无', en: 'none' } } };
    return ok({ ...demo, record: { ...demo.record, id: OTHER_ID, mchid: OTHER_MCHID, name: '隔壁店' }, pay: { ...demo.pay, mchid: OTHER_MCHID } });
  },
};

async function counterFixture(faults?: Record<string, FaultConfig>) {
  const sandbox = await startPaySandbox({ faultSeed: 7, ...(faults ? { faults } : {}) });
  onTestFinished(() => sandbox.stop());
  sandbox.addMerchant({ ...DEMO_MERCHANT, mchid: OTHER_MCHID, auditSeconds: 0 });
  const services = createLocalServices({ dataDir: await tempDir(), openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }) });
  const batchServices = startBatchServices({ dataDir: services.layout.root, accounts: services.accounts, drafts: services.drafts, images: services.imageResolver, sandboxBaseUrl: () => sandbox.baseUrl, clock: sandbox.clock });
  onTestFinished(() => batchServices.close());
  const handlers = createHandlers({
    ...services.handlerDeps,
    batchServices,
    merchantAccounts: { ...services.handlerDeps.merchantAccounts, credentials: otherShop.credentials },
    sandboxBaseUrl: () => sandbox.baseUrl,
    clock: sandbox.clock,
    counterTiming: { sleep: () => new Promise((r) => setTimeout(r, 2)), replayDelayMs: 5, timeoutMs: 1000 },
    sandboxControl: createSandboxControl(sandbox),
    settings: createMemorySettingsStore(),
    openExternal: async () => ok(undefined),
    locateDataDir: () => ({ path: services.layout.root, kind: 'custom' }),
    openFolder: async () => ok(undefined),
    describe: () => ({}) as never,
  });
  const router = createRouter({ contract, handlers, isTrustedSender: () => true, log: createMemoryLogger() });
  const answers: string[] = [];
  const call = async <T>(channel: Parameters<typeof router.dispatch>[0], request: unknown): Promise<T> => {
    const answer = (await router.dispatch(channel, request as never, 's')) as { ok: boolean; data?: T; error?: unknown };
    answers.push(JSON.stringify(answer));
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return answer.data as T;
  };
  const redeem = (code: string, more: { stockId?: string; merchantAccountId?: string } = {}) => call<CounterRedeemResult>('counter:redeem', { merchantAccountId: SANDBOX_MERCHANT_ID, code, ...more });
  const history = async () => {
    const opened = await batchServices.get();
    if (!opened.ok) throw new Error(opened.error.code);
    return opened.value.history;
  };
  /** A RUNNING stock of `mchid` whose `codes` were uploaded (through the app when `viaApp`) and received by users. */
  const heldStock = async (codes: string[], options: { mchid?: string; accountId?: string; mode?: string; viaApp?: boolean; days?: number } = {}) => {
    const { merchantClients, withSandboxMerchant } = await import('../../main/busifavor/merchant-clients');
    const merchants = merchantClients({ merchants: withSandboxMerchant(otherShop), clock: sandbox.clock, sandboxBaseUrl: () => sandbox.baseUrl });
    const merchant = await merchants.clientFor(options.accountId ?? SANDBOX_MERCHANT_ID);
    if (!merchant.ok) throw new Error('no merchant');
    const mode = options.mode ?? 'MERCHANT_UPLOAD';
    const body = { ...demoStockBody(sandbox.clock.now(), `C-${Math.random()}`, merchant.value.mchid), coupon_code_mode: mode, stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 } };
    const created = await merchant.value.pay.createStock(body);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const stockId = created.value.stock_id;
    sandbox.clock.advance(61_000);
    if (mode === 'MERCHANT_UPLOAD') {
      if (options.viaApp) await uploadCodes(await history(), merchant.value, stockId, codes, { now: () => sandbox.clock.now(), sleep: async () => {} });
      else await merchant.value.pay.uploadCodes(stockId, codes, `UP-${Math.random()}`.replace('.', ''));
    }
    const received = codes.map((_, i) => sandbox.receiveCoupon(options.mchid ?? DEMO_MERCHANT.mchid, { stockId, openid: `oCounter${i}` }));
    return { stockId, received: received.map((r) => (r.ok ? r.value.couponCode : 'x')) };
  };
  const usedOnWechatPay = (mchid: string = DEMO_MERCHANT.mchid) => sandbox.dump().merchants[mchid]?.coupons.filter((c) => c.state === 'USED').length ?? 0;
  return { sandbox, call, redeem, heldStock, usedOnWechatPay, answers, history };
}

describe('counter:* over the router (coupons/use, §2.3)', () => {
  it('redeems with the coupon name and value; a second scan is refused as already used, with when', async () => {
    const f = await counterFixture();
    const { stockId } = await f.heldStock(['CTR0001'], { viaApp: true });
    // The code was uploaded through the app: its stock is found by code, none chosen.
    const first = await f.redeem('CTR0001\r\n');
    expect(first).toMatchObject({ kind: 'used', code: 'CTR0001', coupon: { stockId, name: '满100减20 周末特惠', value: { 'zh-CN': '满 100 元减 20 元', en: '¥20 off orders of ¥100 or more' } } });
    const second = await f.redeem('CTR0001');
    expect(second).toMatchObject({ kind: 'refused', reason: 'already_used', coupon: { stockId } });
    expect(second.message['zh-CN']).toMatch(/^券码 CTR0001 已于 2026-01-15 \d\d:\d\d:\d\d 核销，不能再次核销。$/);
    const recent = await f.call<{ redemptions: { code: string; state: string }[] }>('counter:recent', { merchantAccountId: SANDBOX_MERCHANT_ID });
    expect(recent.redemptions.map((r) => [r.code, r.state])).toEqual([['CTR0001', 'used']]);
    expect(f.usedOnWechatPay()).toBe(1);
    expect(f.answers.join('\n')).not.toMatch(/PRIVATE KEY|apiv3|Sandbox0APIv3Key/i);
  });

  it('a code scanned twice at once (double Enter reaching main) is redeemed once', async () => {
    const f = await counterFixture();
    const { stockId } = await f.heldStock(['TWICE01']);
    const [a, b] = await Promise.all([f.redeem('TWICE01', { stockId }), f.redeem('TWICE01', { stockId })]);
    expect([a.kind, b.kind].sort()).toEqual(['refused', 'used']);
    expect([a, b].find((r) => r.kind === 'refused')).toMatchObject({ reason: 'already_used' });
    expect(f.usedOnWechatPay()).toBe(1);
  });

  it('unknown code, expired, wrong stock, stock needed, WECHATPAY_MODE without a stock: each one line with its reason', async () => {
    const f = await counterFixture();
    const upload = await f.heldStock(['NEEDSTOCK1', 'WRONGSTK1']);
    const generated = await f.heldStock(['-'], { mode: 'WECHATPAY_MODE' });
    expect(await f.redeem('NOSUCHCODE')).toMatchObject({ kind: 'refused', reason: 'unknown_code', message: { 'zh-CN': '查不到券码 NOSUCHCODE：可能输错了、不是本店的券，或顾客还没有领取这张券。' } });
    // Uploaded elsewhere (not from this computer) and no stock chosen: WeChat Pay needs the stock.
    const needs = await f.redeem('NEEDSTOCK1');
    expect(needs).toMatchObject({ kind: 'refused', reason: 'stock_required' });
    expect(needs.kind === 'refused' && needs.detail).toMatch(/PARAM_ERROR/);
    expect(await f.redeem('WRONGSTK1', { stockId: generated.stockId })).toMatchObject({ kind: 'refused', reason: 'wrong_stock' });
    // A WECHATPAY_MODE code needs no stock_id: found by code.
    expect(await f.redeem(generated.received[0] as string)).toMatchObject({ kind: 'used', coupon: { stockId: generated.stockId } });
    const log = await f.call<{ redemptions: { code: string; stockId: string }[] }>('counter:recent', { merchantAccountId: SANDBOX_MERCHANT_ID });
    expect(log.redemptions.find((r) => r.code === generated.received[0])?.stockId).toBe(generated.stockId);
    f.sandbox.clock.advance(31 * 86_400_000);
    expect(await f.redeem('NEEDSTOCK1', { stockId: upload.stockId })).toMatchObject({ kind: 'refused', reason: 'expired', message: { en: 'Code NEEDSTOCK1 is outside its valid time (expired, not yet valid or invalidated); it cannot be redeemed.' } });
    expect(f.usedOnWechatPay()).toBe(1);
  });

  it("another shop's coupon: named with its merchant when uploaded from here (nothing sent), otherwise not found", async () => {
    const f = await counterFixture();
    await f.heldStock(['NEXTDOOR1'], { mchid: OTHER_MCHID, accountId: OTHER_ID, viaApp: true });
    const theirs = await f.heldStock(['NEXTDOOR2'], { mchid: OTHER_MCHID, accountId: OTHER_ID });
    expect(await f.redeem('NEXTDOOR1')).toMatchObject({ kind: 'refused', reason: 'not_this_shop', message: { 'zh-CN': `券码 NEXTDOOR1 是商户号 ${OTHER_MCHID} 的券，不是本店的券：请换成对应的商户号再核销。` } });
    expect(await f.redeem('NEXTDOOR2', { stockId: theirs.stockId })).toMatchObject({ kind: 'refused', reason: 'unknown_code' });
    expect(f.usedOnWechatPay(OTHER_MCHID)).toBe(0);
    // At its own shop it redeems.
    expect(await f.redeem('NEXTDOOR1', { merchantAccountId: OTHER_ID })).toMatchObject({ kind: 'used' });
  });

  it('answers lost: unknown, then reconciled under the same number — 0 double redemptions', async () => {
    const f = await counterFixture({ [USE_PATH]: { probability: 1, kinds: [{ kind: 'reset-after-commit' }] } });
    const { stockId } = await f.heldStock(['LOST0001', 'LOST0002']);
    const lost = await f.redeem('LOST0001', { stockId });
    expect(lost.kind).toBe('unknown');
    expect(f.usedOnWechatPay()).toBe(1);
    f.sandbox.setFaults(USE_PATH, undefined);
    expect(await f.call('counter:reconcile', { merchantAccountId: SANDBOX_MERCHANT_ID })).toEqual({ settled: 1, stillUnknown: 0 });
    const recent = await f.call<{ redemptions: { code: string; state: string; useRequestNo: string }[] }>('counter:recent', { merchantAccountId: SANDBOX_MERCHANT_ID });
    expect(recent.redemptions.map((r) => [r.code, r.state])).toEqual([['LOST0001', 'used']]);
    expect(await f.redeem('LOST0001', { stockId })).toMatchObject({ kind: 'refused', reason: 'already_used' });
    expect(f.usedOnWechatPay()).toBe(1);
    const stocks = await f.call<{ stocks: unknown[] }>('counter:stocks', { merchantAccountId: SANDBOX_MERCHANT_ID });
    expect(stocks.stocks).toEqual([]);
  });
});
