// APIv3 signing, verification and AES-GCM on node:crypto, cross-checked against an independent
// implementation: TheNorthMemory/wechatpay-axios-plugin 0.9.6 (dev dependency, used only here), and
// the certificate serials that `openssl x509 -noout -serial` printed when the fixtures were made.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import { decryptResource } from '../../main/wechatpay/aes-gcm';
import { sealResource as encryptResource } from '../../main/sandbox/wechatpay/seal';
import { keysMatch, loadPrivateKey, normaliseSerial, readCertificate } from '../../main/wechatpay/keys';
import { authorizationHeader, requestMessage, responseMessage, signSha256Rsa } from '../../main/wechatpay/sign';
import { verifySigned, type SignedHeaders } from '../../main/wechatpay/verify';
import { MERCHANT_CERT_A, MERCHANT_CERT_B, PLATFORM_CERT_A, WECHATPAY_KEY_A, WECHATPAY_KEY_B } from '../../main/sandbox/wechatpay/fixture-keys';

const merchantKey = createPrivateKey(MERCHANT_CERT_A.privateKeyPem);
const merchantPublic = createPublicKey(MERCHANT_CERT_A.certificatePem);
const payKey = createPrivateKey(WECHATPAY_KEY_A.privateKeyPem);
const payPublic = createPublicKey(WECHATPAY_KEY_A.publicKeyPem);
const PUB_KEY_ID = 'PUB_KEY_ID_0119000092312026120300112233445566';
const APIV3_KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

// A CJK body and a query: the two things SDKs have signed wrong (§4 "Signature mismatch").
const body = JSON.stringify({ stock_name: '双人套餐满100减20', out_request_no: '1900009231202612030001' });
const request = { method: 'POST', pathWithQuery: '/v3/marketing/busifavor/stocks?x=1&y=%E4%B8%AD', timestamp: 1_764_752_400, nonce: 'N0NCE5TR1NG0123456789ABCDEFGHIJK', body };

describe('request signatures match wechatpay-axios-plugin byte for byte (§3.1)', () => {
  it('the five-line message equals Formatter.request', () => {
    const theirs = Formatter.request(request.method, request.pathWithQuery, request.timestamp, request.nonce, body);
    expect(requestMessage(request).toString('utf8')).toBe(theirs);
  });

  it('a GET signs an empty fifth line', () => {
    const get = { ...request, method: 'GET', body: '' };
    expect(requestMessage(get).toString('utf8')).toBe(Formatter.request('GET', get.pathWithQuery, get.timestamp, get.nonce, ''));
    expect(requestMessage(get).toString('utf8').endsWith(`${get.nonce}\n\n`)).toBe(true);
  });

  it('the signature equals Rsa.sign (PKCS#1 v1.5 is deterministic) and Rsa.verify accepts it', () => {
    const message = Formatter.request(request.method, request.pathWithQuery, request.timestamp, request.nonce, body);
    const ours = signSha256Rsa(requestMessage(request), merchantKey);
    expect(ours).toBe(Rsa.sign(message, merchantKey));
    expect(Rsa.verify(message, ours, merchantPublic)).toBe(true);
  });

  it('the Authorization header carries the same fields as Formatter.authorization', () => {
    const header = authorizationHeader({ mchid: '1900009231', serialNo: MERCHANT_CERT_A.serialNo, privateKey: merchantKey }, request);
    const signature = Rsa.sign(Formatter.request(request.method, request.pathWithQuery, request.timestamp, request.nonce, body), merchantKey);
    const theirs = Formatter.authorization('1900009231', request.nonce, signature, request.timestamp, MERCHANT_CERT_A.serialNo);
    const fields = (value: string) => Object.fromEntries([...value.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(header.startsWith('WECHATPAY2-SHA256-RSA2048 ')).toBe(true);
    expect(fields(header)).toEqual(fields(theirs));
  });
});

describe('answers are verified over the raw body with the key Wechatpay-Serial names (§3.2, §3.3)', () => {
  const keys = new Map([[PUB_KEY_ID, payPublic]]);
  const answer = '{"stock_id":"1212000000000000001","create_time":"2026-12-03T17:00:00+08:00"}';
  const nowMs = request.timestamp * 1000;
  const signedBy = (key = payKey, timestamp = request.timestamp, text = answer): SignedHeaders => ({
    'wechatpay-timestamp': String(timestamp),
    'wechatpay-nonce': 'ANSWERNONCE',
    'wechatpay-serial': PUB_KEY_ID,
    'wechatpay-signature': Rsa.sign(Formatter.response(timestamp, 'ANSWERNONCE', text), key),
  });

  it('an answer the plugin signed verifies; its message equals Formatter.response', () => {
    expect(responseMessage('1', 'n', answer).toString('utf8')).toBe(Formatter.response(1, 'n', answer));
    expect(verifySigned(signedBy(), answer, keys, nowMs)).toEqual({ ok: true, value: { serial: PUB_KEY_ID } });
  });

  it('a 204 verifies over an empty last line', () => {
    expect(verifySigned(signedBy(payKey, request.timestamp, ''), '', keys, nowMs).ok).toBe(true);
  });

  it('one changed body byte, or another key, is a bad signature', () => {
    expect(verifySigned(signedBy(), answer.replace('0001', '0002'), keys, nowMs)).toMatchObject({ ok: false, error: { kind: 'bad-signature' } });
    expect(verifySigned(signedBy(createPrivateKey(WECHATPAY_KEY_B.privateKeyPem)), answer, keys, nowMs)).toMatchObject({ ok: false, error: { kind: 'bad-signature' } });
  });

  it('an answer without a signature header is unsigned, an unknown serial is named', () => {
    const { 'wechatpay-signature': _dropped, ...unsigned } = signedBy();
    expect(verifySigned(unsigned, answer, keys, nowMs)).toEqual({ ok: false, error: { kind: 'unsigned', missing: 'Wechatpay-Signature' } });
    expect(verifySigned({ ...signedBy(), 'wechatpay-serial': PLATFORM_CERT_A.serialNo }, answer, keys, nowMs)).toEqual({ ok: false, error: { kind: 'unknown-serial', serial: PLATFORM_CERT_A.serialNo } });
  });

  it('300 s off verifies, more than 300 s off either way is stale', () => {
    expect(verifySigned(signedBy(payKey, request.timestamp - 300), answer, keys, nowMs).ok).toBe(true);
    expect(verifySigned(signedBy(payKey, request.timestamp - 301), answer, keys, nowMs)).toEqual({ ok: false, error: { kind: 'stale', offsetSeconds: 301 } });
    expect(verifySigned(signedBy(payKey, request.timestamp + 301), answer, keys, nowMs)).toEqual({ ok: false, error: { kind: 'stale', offsetSeconds: -301 } });
  });

  it('a WECHATPAY/SIGNTEST/ probe never verifies, even before the key lookup', () => {
    const probe = { ...signedBy(), 'wechatpay-signature': `WECHATPAY/SIGNTEST/${signedBy()['wechatpay-signature']}` };
    expect(verifySigned(probe, answer, keys, nowMs)).toEqual({ ok: false, error: { kind: 'signtest' } });
  });
});

describe('AES-256-GCM matches the plugin both ways (§3.5)', () => {
  const pem = PLATFORM_CERT_A.certificatePem;

  it('decrypts what Aes.AesGcm.encrypt sealed, with associated_data "certificate"', () => {
    const ciphertext = Aes.AesGcm.encrypt(pem, APIV3_KEY, 'abcdefghijkl', 'certificate');
    const plain = decryptResource({ algorithm: 'AEAD_AES_256_GCM', nonce: 'abcdefghijkl', associated_data: 'certificate', ciphertext }, APIV3_KEY);
    expect(plain.ok && plain.value.toString('utf8')).toBe(pem);
  });

  it('what the simulator seals, Aes.AesGcm.decrypt opens', () => {
    const sealed = encryptResource('{"coupon_code":"ABC"}', APIV3_KEY, 'coupon');
    expect(Aes.AesGcm.decrypt(sealed.ciphertext, APIV3_KEY, sealed.nonce, 'coupon')).toBe('{"coupon_code":"ABC"}');
  });

  it('another APIv3 key or associated_data is a tag mismatch; a short key is named', () => {
    const sealed = encryptResource('x', APIV3_KEY, 'coupon');
    expect(decryptResource(sealed, 'Z'.repeat(32))).toEqual({ ok: false, error: 'tag-mismatch' });
    expect(decryptResource({ ...sealed, associated_data: 'certificate' }, APIV3_KEY)).toEqual({ ok: false, error: 'tag-mismatch' });
    expect(decryptResource(sealed, 'short')).toEqual({ ok: false, error: 'bad-key-length' });
  });
});

describe('keys and certificates load on node:crypto alone (§2.1, §3.6)', () => {
  it('the serial read from the certificate is the one openssl printed', () => {
    for (const fixture of [MERCHANT_CERT_A, MERCHANT_CERT_B, PLATFORM_CERT_A]) {
      const info = readCertificate(fixture.certificatePem);
      expect(info.ok && info.value.serialNo).toBe(fixture.serialNo);
    }
  });

  it('a key matches its own certificate and not another', () => {
    const key = loadPrivateKey(MERCHANT_CERT_A.privateKeyPem);
    const a = readCertificate(MERCHANT_CERT_A.certificatePem);
    const b = readCertificate(MERCHANT_CERT_B.certificatePem);
    if (!key.ok || !a.ok || !b.ok) throw new Error('fixtures did not load');
    expect(keysMatch(key.value, a.value.publicKey)).toBe(true);
    expect(keysMatch(key.value, b.value.publicKey)).toBe(false);
  });

  it('a certificate is not a private key; a typed serial is normalised or refused', () => {
    expect(loadPrivateKey(MERCHANT_CERT_A.certificatePem)).toEqual({ ok: false, error: 'not-a-private-key' });
    expect(normaliseSerial(`serial=${MERCHANT_CERT_A.serialNo.toLowerCase()}`)).toEqual({ ok: true, value: MERCHANT_CERT_A.serialNo });
    expect(normaliseSerial('5A2B3C')).toEqual({ ok: false, error: 'not-a-serial' });
  });
});
