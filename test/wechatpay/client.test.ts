// The APIv3 client (main/wechatpay) against the simulator over real HTTP: typed answers, errors as
// values with code, message and pointer, and answers it must refuse.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MERCHANT, type SandboxHandle } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { MERCHANT_CERT_B, PLATFORM_CERT_A } from '../../main/sandbox/wechatpay/fixture-keys';
import { createWechatPayClient, type PayCredentials } from '../../main/wechatpay';
import { startPaySandbox, T0 } from './pay-support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function demoCredentials(overrides: Partial<PayCredentials> = {}): PayCredentials {
  return {
    mchid: DEMO_MERCHANT.mchid,
    serialNo: DEMO_MERCHANT.merchantCertificate.serialNo,
    privateKey: async () => createPrivateKey(DEMO_MERCHANT.merchantCertificate.privateKeyPem),
    verifierKeys: () => new Map([[DEMO_MERCHANT.wechatpayPublicKeyId, createPublicKey(DEMO_MERCHANT.wechatpayKey.publicKeyPem)]]),
    preferredSerial: () => DEMO_MERCHANT.wechatpayPublicKeyId,
    ...overrides,
  };
}

const clientFor = (credentials = demoCredentials()) => createWechatPayClient({ credentials, clock: sandbox.clock, baseUrl: sandbox.baseUrl, timeoutMs: 5000 });
function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('the busifavor endpoints through the client (§2.2–§2.5)', () => {
  it('image → stock with that logo → query → codes → receipt → redeem → budget → modify → callbacks', async () => {
    sandbox = await startPaySandbox();
    const client = clientFor();
    const { media_url } = value(await client.uploadImage({ filename: 'logo.png', data: PNG, contentType: 'image/png' }));
    const body = demoStockBody(T0, 'CLIENT-1');
    (body.display_pattern_info as Record<string, unknown>).merchant_logo_url = media_url;
    const { stock_id } = value(await client.createStock(body));
    expect(value(await client.getStock(stock_id))).toMatchObject({ stock_state: 'UNAUDIT', stock_send_rule: { max_coupons: 1000 } });
    sandbox.clock.advance(60_000);
    const uploaded = value(await client.uploadCodes(stock_id, ['A-1', 'A-2', 'A-1'], 'UP-1'));
    expect(uploaded).toMatchObject({ success_count: 2, duplicate_codes: ['A-1'], fail_codes: [] });
    expect(value(await client.listCodes(stock_id, { limit: 10, offset: 0, status: 'AVAILABLE' })).total_count).toBe(2);
    sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId: stock_id, openid: 'oClient' });
    const used = value(await client.useCoupon({ coupon_code: 'A-1', stock_id, appid: DEMO_MERCHANT.appid, use_time: '2026-01-15T12:01:00+08:00', use_request_no: 'USE-1' }));
    expect(used).toMatchObject({ stock_id, openid: 'oClient' });
    expect(value(await client.getCode(stock_id, 'A-1')).code_status).toBe('DISPATCHED');
    expect(value(await client.updateBudget(stock_id, { target_max_coupons: 1500, current_max_coupons: 1000, modify_budget_request_no: 'BUD-1' }))).toEqual({ max_coupons: 1500 });
    expect(await client.modifyStock(stock_id, { out_request_no: 'MOD-1', comment: '改备注' })).toEqual({ ok: true, value: undefined });
    expect(value(await client.deleteCode(stock_id, 'A-2', 'DEL-1')).result).toBe('MCHCODE_DELETE_SUCCESS');
    expect(value(await client.setCallback('https://example.com/notify'))).toMatchObject({ notify_url: 'https://example.com/notify', mchid: DEMO_MERCHANT.mchid });
    expect(value(await client.getCallback(DEMO_MERCHANT.mchid)).notify_url).toBe('https://example.com/notify');
  });

  it('a PARAM_ERROR comes back as a value with code, message and the field pointer', async () => {
    sandbox = await startPaySandbox();
    const body = demoStockBody(T0, 'CLIENT-2');
    body.goods_name = '一二三四五六七八九十一二三四五六';
    const result = await clientFor().createStock(body);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'api', status: 400, code: 'PARAM_ERROR', message: expect.stringContaining('字数 16,大于最大值 15'), pointer: '/body/goods_name', detail: { location: 'body', value: body.goods_name } },
    });
  });

  it('a stale budget and a second redemption are INVALID_REQUEST values', async () => {
    sandbox = await startPaySandbox();
    const client = clientFor();
    const { stock_id } = value(await client.createStock(demoStockBody(T0, 'CLIENT-3')));
    const stale = await client.updateBudget(stock_id, { target_max_coupons: 5, current_max_coupons: 4, modify_budget_request_no: 'B' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: '批次库存的当前值错误,请获取批次详情查看最新值' } });
  });
});

describe('answers the client must refuse (§3.2)', () => {
  it('a 2xx signed with another key, stale, unsigned or a SIGNTEST probe is UNVERIFIED_ANSWER', async () => {
    sandbox = await startPaySandbox();
    const path = '/v3/marketing/busifavor/callbacks';
    sandbox.scriptFaults(path, [
      { kind: 'answer-signature', variant: 'wrong-key' },
      { kind: 'answer-signature', variant: 'stale-timestamp' },
      { kind: 'answer-signature', variant: 'unsigned' },
      { kind: 'answer-signature', variant: 'signtest' },
      { kind: 'answer-signature', variant: 'unknown-serial' },
    ]);
    const client = clientFor();
    const kinds = [];
    for (let i = 0; i < 5; i++) {
      const result = await client.setCallback('https://example.com/n');
      if (result.ok || result.error.kind !== 'unverified') throw new Error(`call ${i} was not refused`);
      kinds.push(result.error.reason.kind);
    }
    expect(kinds).toEqual(['bad-signature', 'stale', 'unsigned', 'signtest', 'unknown-serial']);
  });

  it('a wrong signing key is the server\'s SIGN_ERROR, with its pointer', async () => {
    sandbox = await startPaySandbox();
    const result = await clientFor(demoCredentials({ privateKey: async () => createPrivateKey(MERCHANT_CERT_B.privateKeyPem) })).getCallback(DEMO_MERCHANT.mchid);
    expect(result).toMatchObject({ ok: false, error: { kind: 'api', status: 401, code: 'SIGN_ERROR', pointer: '/authorization/signature' } });
  });

  it('a lost answer is a transport value that says it may have been processed', async () => {
    sandbox = await startPaySandbox();
    sandbox.scriptFaults('/v3/marketing/busifavor/stocks', [{ kind: 'reset-after-commit' }]);
    const result = await clientFor().createStock(demoStockBody(T0, 'LOST-1'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'transport', sent: 'maybe' } });
  });
});

describe('platform certificates (§3.4)', () => {
  it('downloads, decrypts with the APIv3 key and verifies with the certificate it brought', async () => {
    sandbox = await startPaySandbox();
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { mode: 'certificate' });
    const client = clientFor(demoCredentials({ verifierKeys: () => new Map(), preferredSerial: () => undefined }));
    const certs = value(await client.downloadCertificates(DEMO_MERCHANT.apiv3Key));
    expect(certs.map((c) => [c.serialNo, c.pem])).toEqual([[PLATFORM_CERT_A.serialNo, PLATFORM_CERT_A.certificatePem]]);
    expect(await client.downloadCertificates('W'.repeat(32))).toMatchObject({ ok: false, error: { code: 'APIV3_KEY_MISMATCH', reason: 'tag-mismatch' } });
  });

  it('a public-key merchant gets 403 NOT_ENOUGH as a value', async () => {
    sandbox = await startPaySandbox();
    expect(await clientFor().downloadCertificates(DEMO_MERCHANT.apiv3Key)).toMatchObject({ ok: false, error: { kind: 'api', status: 403, code: 'NOT_ENOUGH' } });
  });
});
