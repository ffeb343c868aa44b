// Merchant accounts (issue 9): records without secrets, secrets in the vault, and test connection
// against the WeChat Pay simulator over real HTTP, explaining each failure.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../common/clock';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { MERCHANTS_DOCUMENT_NAME, merchantsDocumentSchema } from '../../main/accounts/merchant-record';
import { environmentMerchantSecrets, vaultMerchantSecrets } from '../../main/accounts/merchant-secrets';
import { createMerchantService, type CreateMerchantInput } from '../../main/accounts/merchant-service';
import { testMerchantConnection, type PayClientFactory } from '../../main/accounts/merchant-test-connection';
import { DEMO_MERCHANT, type SandboxHandle } from '../../main/sandbox';
import { MERCHANT_CERT_B, WECHATPAY_KEY_B } from '../../main/sandbox/wechatpay/fixture-keys';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { openConfDocument } from '../../main/storage/conf-document-store';
import { createWechatPayClient } from '../../main/wechatpay';
import { startPaySandbox } from '../wechatpay/pay-support';

let dir: string;
let sandbox: SandboxHandle;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'merchants-'));
});
afterEach(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const DEMO_INPUT: CreateMerchantInput = {
  name: '示例商户',
  mchid: DEMO_MERCHANT.mchid,
  certificatePem: DEMO_MERCHANT.merchantCertificate.certificatePem,
  publicKeyId: DEMO_MERCHANT.wechatpayPublicKeyId,
  publicKeyPem: DEMO_MERCHANT.wechatpayKey.publicKeyPem,
  environment: 'sandbox',
};

function merchantsIn(clock: Clock, at: string) {
  const vault = createMemoryVault();
  const store = openConfDocument({ dir: at, name: MERCHANTS_DOCUMENT_NAME, schema: merchantsDocumentSchema }, { clock, retry: NO_WAIT_RETRY });
  let n = 0;
  const service = createMerchantService({ store, secrets: vaultMerchantSecrets(vault), clock, newId: () => `m-${++n}` });
  return { service, vault };
}

/** A client of the sandbox whose clock can be set off from the sandbox's. */
const factory = (clock: Clock): PayClientFactory => (credentials) => createWechatPayClient({ credentials, clock, baseUrl: sandbox.baseUrl, timeoutMs: 5000 });

async function setup(input: Partial<CreateMerchantInput> = {}, secrets: { key?: string; apiv3?: string } = {}, clockOffsetMs = 0) {
  sandbox = await startPaySandbox();
  const clock: Clock = { now: () => sandbox.clock.now() + clockOffsetMs };
  const at = mkdtempSync(join(dir, 'data-'));
  const { service } = merchantsIn(clock, at);
  const created = await service.create({ ...DEMO_INPUT, ...input });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = created.value.id;
  if (secrets.key !== '') expect((await service.setPrivateKey(id, secrets.key ?? DEMO_MERCHANT.merchantCertificate.privateKeyPem)).ok).toBe(true);
  if (secrets.apiv3 !== '') expect((await service.setApiv3Key(id, secrets.apiv3 ?? DEMO_MERCHANT.apiv3Key)).ok).toBe(true);
  const test = async () => {
    const report = await testMerchantConnection(service, id, factory(clock), clock);
    if (!report.ok) throw new Error(JSON.stringify(report.error));
    return report.value;
  };
  return { service, id, test, at };
}

describe('merchant records keep no secret (security-reliability.md §3.3)', () => {
  it('merchants.json holds the serial read from the certificate, never the private key or the APIv3 key', async () => {
    const { service, id, at } = await setup();
    const file = readFileSync(join(at, `${MERCHANTS_DOCUMENT_NAME}.json`), 'utf8');
    expect(file).toContain(DEMO_MERCHANT.merchantCertificate.serialNo);
    expect(file).not.toMatch(/PRIVATE KEY/);
    expect(file).not.toContain(DEMO_MERCHANT.apiv3Key);
    const [view] = await service.list();
    expect(view?.secrets).toEqual({ privateKey: 'session', apiv3Key: 'session' });
    expect(JSON.stringify(view)).not.toMatch(/PRIVATE KEY|Sandbox0APIv3Key/);
    expect(view?.id).toBe(id);
  });

  it('a private key that does not match the chosen certificate, a bad serial and a short APIv3 key are refused by field, in both languages', async () => {
    const { service, id } = await setup({}, { key: '', apiv3: '' });
    const key = await service.setPrivateKey(id, MERCHANT_CERT_B.privateKeyPem);
    expect(key).toMatchObject({ ok: false, error: { code: 'invalid_field', field: 'privateKey', message: { 'zh-CN': expect.stringContaining('不配对'), en: expect.stringContaining('does not belong') } } });
    expect(await service.setApiv3Key(id, 'short')).toMatchObject({ ok: false, error: { field: 'apiv3Key' } });
    const serial = await service.create({ ...DEMO_INPUT, mchid: '1900009999', certificatePem: undefined, serialNo: '12AB' });
    expect(serial).toMatchObject({ ok: false, error: { field: 'serialNo' } });
    const mismatch = await service.create({ ...DEMO_INPUT, mchid: '1900009998', serialNo: MERCHANT_CERT_B.serialNo });
    expect(mismatch).toMatchObject({ ok: false, error: { field: 'serialNo', message: { en: expect.stringContaining('differs') } } });
  });

  it('the CLI reads the private key from a file path and the APIv3 key from the environment', async () => {
    const path = join(dir, 'apiclient_key.pem');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, DEMO_MERCHANT.merchantCertificate.privateKeyPem);
    const env = { [`COUPON_STUDIO_MCH_KEY_${DEMO_MERCHANT.mchid}`]: path, COUPON_STUDIO_APIV3_KEY: DEMO_MERCHANT.apiv3Key };
    const secrets = environmentMerchantSecrets(env, async (p) => readFileSync(p, 'utf8'));
    expect(await secrets.get('m', DEMO_MERCHANT.mchid, 'private_key')).toEqual({ ok: true, value: DEMO_MERCHANT.merchantCertificate.privateKeyPem });
    expect(await secrets.get('m', DEMO_MERCHANT.mchid, 'apiv3_key')).toEqual({ ok: true, value: DEMO_MERCHANT.apiv3Key });
    expect(await environmentMerchantSecrets({}, async () => undefined).get('m', '1900000001', 'apiv3_key')).toMatchObject({ ok: false, error: { message: { en: expect.stringContaining('COUPON_STUDIO_APIV3_KEY_1900000001') } } });
  });
});

describe('test connection proves sign → send → verify → decrypt and explains each failure', () => {
  it('a public-key merchant connects; its APIv3 key cannot be checked before a callback', async () => {
    const { test } = await setup();
    expect(await test()).toMatchObject({ status: 'connected', answeredBy: DEMO_MERCHANT.wechatpayPublicKeyId, apiv3Key: 'not-checkable', platformCertificates: 0 });
  });

  it('a certificate merchant downloads and decrypts its certificates, then verifies with them', async () => {
    const { test, service } = await setup({ publicKeyId: undefined, publicKeyPem: undefined });
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { mode: 'certificate' });
    expect(await test()).toMatchObject({ status: 'connected', apiv3Key: 'decrypted', platformCertificates: 1 });
    expect((await service.list())[0]?.lastVerifiedAt).toBe(sandbox.clock.now());
  });

  it('an APIv3 key that does not decrypt (e.g. the APIv2 key) is named', async () => {
    const { test } = await setup({ publicKeyId: undefined, publicKeyPem: undefined }, { apiv3: 'APIv2KeyLooksAlike0000000000000A' });
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { mode: 'certificate' });
    expect(await test()).toMatchObject({ status: 'failed', stage: 'decrypt', cause: 'tag_mismatch', meaning: { en: expect.stringContaining('APIv2') } });
  });

  it('SIGN_ERROR causes: a wrong typed serial, a key of another certificate, a clock 10 minutes off', async () => {
    const serial = await setup({ certificatePem: undefined, serialNo: MERCHANT_CERT_B.serialNo });
    expect(await serial.test()).toMatchObject({ status: 'failed', stage: 'sign', cause: 'wrong_serial' });
    await sandbox.stop();
    const key = await setup({ certificatePem: undefined, serialNo: DEMO_MERCHANT.merchantCertificate.serialNo }, { key: MERCHANT_CERT_B.privateKeyPem });
    expect(await key.test()).toMatchObject({ status: 'failed', stage: 'sign', cause: 'key_not_matching', developer: { code: 'SIGN_ERROR', truncatedSignMessage: expect.stringContaining('GET\n/v3/certificates\n') } });
    await sandbox.stop();
    const clock = await setup({}, {}, 10 * 60_000);
    expect(await clock.test()).toMatchObject({ status: 'failed', stage: 'sign', cause: 'clock', fix: { 'zh-CN': expect.stringContaining('自动设置时间') } });
  });

  it('an answer that cannot be verified: wrong public key, wrong PUB_KEY_ID', async () => {
    const wrongKey = await setup({ publicKeyPem: WECHATPAY_KEY_B.publicKeyPem });
    expect(await wrongKey.test()).toMatchObject({ status: 'failed', stage: 'verify', cause: 'wrong_public_key' });
    await sandbox.stop();
    const wrongId = await setup({ publicKeyId: 'PUB_KEY_ID_0119000092312026120399999999999999' });
    expect(await wrongId.test()).toMatchObject({ status: 'failed', stage: 'verify', cause: 'unknown_key_id' });
  });

  it('NO_AUTH and missing secrets are explained', async () => {
    const noAuth = await setup();
    sandbox.scriptFaults('/v3/marketing/busifavor/callbacks', [{ kind: 'pay-error', status: 403, code: 'NO_AUTH', message: '商户暂无权限使用此功能' }]);
    expect(await noAuth.test()).toMatchObject({ status: 'failed', stage: 'no_auth', meaning: { 'zh-CN': expect.stringContaining('权限') } });
    await sandbox.stop();
    const missing = await setup({}, { key: '' });
    expect(await missing.test()).toMatchObject({ status: 'failed', stage: 'private_key', cause: 'missing' });
  });
});
