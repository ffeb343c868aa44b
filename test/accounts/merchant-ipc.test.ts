// The merchants:* IPC domain over the real WeChat Pay simulator (HTTP) and a real data directory:
// every response is checked against the contract by the router, keys never come back out.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { merchantsChannels } from '../../common/ipc/channels/merchants';
import { events } from '../../common/ipc/contract';
import { merchantsHandlers } from '../../main/accounts/merchant-ipc-handlers';
import { MERCHANTS_DOCUMENT_NAME, merchantsDocumentSchema } from '../../main/accounts/merchant-record';
import { vaultMerchantSecrets } from '../../main/accounts/merchant-secrets';
import { createMerchantService } from '../../main/accounts/merchant-service';
import { createSafeStorageVault } from '../../main/electron/safe-storage-vault';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { DEMO_MERCHANT, type SandboxHandle } from '../../main/sandbox';
import { MERCHANT_CERT_A, MERCHANT_CERT_B } from '../../main/sandbox/wechatpay/fixture-keys';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { openConfDocument } from '../../main/storage/conf-document-store';
import { allFileText, tempDir } from '../storage/temp-dir';
import { startPaySandbox } from '../wechatpay/pay-support';
import { base64Traces, fakeSafeStorage } from './fake-safe-storage';

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

type Answer = { ok: boolean; data?: Record<string, unknown> & { merchants?: Record<string, unknown>[] }; error?: { code: string; message: { 'zh-CN': string; en: string }; details?: { field?: string } } };

async function harness() {
  const dir = await tempDir();
  sandbox = await startPaySandbox();
  const running = sandbox;
  const clock = { now: () => running.clock.now() };
  const vault = createSafeStorageVault({ safeStorage: fakeSafeStorage({ backend: 'kwallet5' }), ready: Promise.resolve(), platform: 'linux', file: join(dir, 'vault.json'), allowBasicText: async () => false, retry: NO_WAIT_RETRY });
  const store = openConfDocument({ dir, name: MERCHANTS_DOCUMENT_NAME, schema: merchantsDocumentSchema }, { clock, retry: NO_WAIT_RETRY });
  const service = createMerchantService({ store, secrets: vaultMerchantSecrets(vault), clock });
  const log = createMemoryLogger();
  const handlers = merchantsHandlers({ merchantAccounts: service, sandboxBaseUrl: () => running.baseUrl, clock });
  const router = createRouter({ contract: { channels: merchantsChannels, events }, handlers, isTrustedSender: () => true, log, validateResponses: true });
  const sent: unknown[] = [];
  const call = async (channel: keyof typeof merchantsChannels, payload?: unknown): Promise<Answer> => {
    const result = await router.dispatch(channel, payload, 'test');
    sent.push(result);
    return result as Answer;
  };
  return { dir, call, sent, log, sandbox: running };
}

/** A second simulated merchant on platform certificates, so the APIv3 key is proven by decrypting them. */
const CANARY_APIV3 = `CANARY${'k'.repeat(10)}${Date.now().toString(36).padStart(16, '0')}`.slice(0, 32);
const CERT_MCHID = '1900000109';
const certificateMerchant = {
  name: '证书商户',
  mchid: CERT_MCHID,
  certificatePem: MERCHANT_CERT_B.certificatePem,
  verification: 'certificate',
  privateKeyPem: MERCHANT_CERT_B.privateKeyPem,
  apiv3Key: CANARY_APIV3,
};

describe('merchants IPC over the sandbox', () => {
  it('adds the sandbox merchant in one call and its test connection passes every step', async () => {
    const { call } = await harness();
    const added = await call('merchants:addSandbox');
    expect(added).toMatchObject({ ok: true, data: { mchid: DEMO_MERCHANT.mchid, environment: 'sandbox', verification: 'public-key', publicKeyId: DEMO_MERCHANT.wechatpayPublicKeyId, secrets: { privateKey: 'stored', apiv3Key: 'stored' } } });
    const id = String(added.data?.id);
    const tested = await call('merchants:testConnection', { merchantId: id });
    expect(tested).toMatchObject({ ok: true, data: { status: 'connected', answeredBy: DEMO_MERCHANT.wechatpayPublicKeyId, apiv3Key: 'not-checkable' } });
    expect((await call('merchants:list')).data?.merchants).toMatchObject([{ id, lastVerifiedAt: expect.any(Number) }]);
    // A second click does not make a second account of the same mchid.
    expect(await call('merchants:addSandbox')).toMatchObject({ ok: false, error: { code: 'duplicate_mchid', details: { field: 'mchid' } } });
  });

  it('a private key that is not the certificate serial’s fails at 签名 with the cause and the 商户平台 path', async () => {
    const { call } = await harness();
    const id = String((await call('merchants:addSandbox')).data?.id);
    const updated = await call('merchants:update', { merchantId: id, name: '示例商户（沙箱）', verification: 'public-key', publicKeyId: DEMO_MERCHANT.wechatpayPublicKeyId, privateKeyPem: MERCHANT_CERT_B.privateKeyPem });
    expect(updated).toMatchObject({ ok: true, data: { secrets: { privateKey: 'stored' } } });
    const tested = await call('merchants:testConnection', { merchantId: id });
    expect(tested).toMatchObject({ ok: true, data: { status: 'failed', step: 'sign', cause: 'key_not_matching', field: 'privateKey', developer: { code: 'SIGN_ERROR' } } });
    const report = tested.data as { menuPath: { 'zh-CN': string; en: string }; meaning: { 'zh-CN': string } };
    expect(report.menuPath['zh-CN']).toBe('商户平台 → 账户中心 → API安全 → 管理证书');
    expect(report.menuPath.en).toContain('API安全');
    expect(report.meaning['zh-CN']).toContain('私钥');
  });

  it('refuses bad input field by field, bilingual, and saves nothing', async () => {
    const { call } = await harness();
    const base = { name: '门店甲', mchid: DEMO_MERCHANT.mchid, certificatePem: MERCHANT_CERT_A.certificatePem, verification: 'public-key', publicKeyId: DEMO_MERCHANT.wechatpayPublicKeyId, publicKeyPem: DEMO_MERCHANT.wechatpayKey.publicKeyPem, privateKeyPem: MERCHANT_CERT_A.privateKeyPem, apiv3Key: DEMO_MERCHANT.apiv3Key };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ mchid: '' }, 'mchid', /请填写商户号（8–12 位数字）/],
      [{ certificatePem: '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----' }, 'certificatePem', /apiclient_cert\.pem/],
      [{ privateKeyPem: MERCHANT_CERT_B.privateKeyPem }, 'privateKey', /不配对/],
      [{ privateKeyPem: MERCHANT_CERT_A.certificatePem }, 'privateKey', /apiclient_key\.pem/],
      [{ publicKeyPem: MERCHANT_CERT_A.privateKeyPem }, 'publicKey', /pub_key\.pem/],
      [{ apiv3Key: 'short' }, 'apiv3Key', /32/],
      [{ appid: 'WX12' }, 'appid', /AppID/],
    ];
    for (const [change, field, zh] of cases) {
      const refused = await call('merchants:add', { ...base, ...change });
      expect(refused, field).toMatchObject({ ok: false, error: { code: 'invalid_field', details: { field } } });
      expect(refused.error?.message['zh-CN']).toMatch(zh);
      expect(refused.error?.message.en.length).toBeGreaterThan(20);
    }
    expect((await call('merchants:list')).data?.merchants).toEqual([]);
    expect(await call('merchants:inspect', { certificatePem: MERCHANT_CERT_A.certificatePem, privateKeyPem: MERCHANT_CERT_B.privateKeyPem })).toMatchObject({
      ok: true,
      data: { serialNo: MERCHANT_CERT_A.serialNo, problems: [{ field: 'privateKey' }] },
    });
  });

  it('never sends a key back: canary APIv3 key and PEM private keys absent from answers, logs and files (0 hits)', async () => {
    const { call, sent, log, dir, sandbox: sb } = await harness();
    sb.addMerchant({ mchid: CERT_MCHID, apiv3Key: CANARY_APIV3, mode: 'certificate' });
    const added = await call('merchants:add', { ...certificateMerchant, environment: 'sandbox' });
    expect(added).toMatchObject({ ok: true, data: { serialNo: MERCHANT_CERT_B.serialNo, hasCertificate: true, verification: 'certificate', environment: 'sandbox' } });
    const id = String(added.data?.id);
    expect(await call('merchants:testConnection', { merchantId: id })).toMatchObject({ ok: true, data: { status: 'connected', apiv3Key: 'decrypted', platformCertificates: 1 } });
    expect((await call('merchants:list')).data?.merchants).toMatchObject([{ id, platformCertificates: [{ serialNo: expect.any(String) }] }]);
    // The APIv2 key looks alike (32 characters): only decrypting tells them apart (§3.5).
    expect(await call('merchants:update', { merchantId: id, name: '证书商户', verification: 'certificate', apiv3Key: 'APIv2KeyLooksAlike0000000000000x' })).toMatchObject({ ok: true });
    const wrong = await call('merchants:testConnection', { merchantId: id });
    expect(wrong).toMatchObject({ ok: true, data: { status: 'failed', step: 'decrypt', cause: 'tag_mismatch', field: 'apiv3Key', menuPath: { 'zh-CN': '商户平台 → 账户中心 → API安全 → 设置APIv3密钥' } } });
    expect(await call('merchants:testConnection', { merchantId: 'nope' })).toMatchObject({ ok: false, error: { code: 'merchant_not_found' } });
    const wire = JSON.stringify(sent);
    const files = await allFileText(dir);
    for (const haystack of [wire, JSON.stringify(log.entries), files.text]) {
      expect(haystack).not.toContain(CANARY_APIV3);
      expect(haystack).not.toMatch(/PRIVATE KEY/);
      for (const trace of base64Traces(CANARY_APIV3)) expect(haystack).not.toContain(trace);
    }
    expect(files.text).toContain(MERCHANT_CERT_B.serialNo);
    expect(await call('merchants:remove', { merchantId: id })).toEqual({ ok: true, data: null });
    console.log(`[canary] merchants: 0 hits in ${sent.length} IPC responses, ${log.entries.length} log entries, ${files.files} files / ${files.bytes} bytes`);
  });
});
