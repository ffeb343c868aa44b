import { localized } from '../../common/i18n';
import { appidProblem } from '../../common/ipc/channels/accounts';
import type { MerchantAccountView, MerchantInspection, MerchantVerification } from '../../common/ipc/channels/merchants';
import { err, ok, type Result } from '../../common/result';
import { DEMO_MERCHANT } from '../sandbox';
import { keysMatch, readCertificate } from '../wechatpay/keys';
import { checkApiv3Key, checkMchid, checkPrivateKey, checkPublicKey, checkSerial } from './merchant-input';
import type { MerchantError, MerchantService, MerchantView } from './merchant-service';

/** The demo merchant's name in both languages, as the demo Official Account has (sandbox-account.ts). */
export const SANDBOX_MERCHANT_NAME = localized('示例商户（沙箱）', 'Demo merchant (sandbox)');

/** The renderer's view of a merchant: public facts and where each key is, never a PEM or a key. */
export function toMerchantAccountView(merchant: MerchantView): MerchantAccountView {
  return {
    id: merchant.id,
    name: merchant.name,
    displayName: merchant.environment === 'sandbox' && merchant.mchid === DEMO_MERCHANT.mchid && merchant.name === SANDBOX_MERCHANT_NAME['zh-CN'] ? SANDBOX_MERCHANT_NAME : localized(merchant.name, merchant.name),
    mchid: merchant.mchid,
    serialNo: merchant.serialNo,
    hasCertificate: merchant.certificatePem !== undefined,
    verification: merchant.publicKey ? 'public-key' : 'certificate',
    ...(merchant.publicKey ? { publicKeyId: merchant.publicKey.id } : {}),
    platformCertificates: merchant.platformCertificates.map((c) => ({ serialNo: c.serialNo, expireTime: c.expireTime })),
    ...(merchant.appid ? { appid: merchant.appid } : {}),
    environment: merchant.environment,
    createdAt: merchant.createdAt,
    ...(merchant.lastVerifiedAt !== undefined ? { lastVerifiedAt: merchant.lastVerifiedAt } : {}),
    secrets: merchant.secrets,
  };
}

/** What add and update share: the profile as the form sends it (empty text = not given). */
export interface MerchantProfileInput {
  readonly name: string;
  readonly serialNo?: string | undefined;
  readonly certificatePem?: string | undefined;
  readonly verification: MerchantVerification;
  readonly publicKeyId?: string | undefined;
  readonly publicKeyPem?: string | undefined;
  readonly appid?: string | undefined;
}

const given = (text: string | undefined): string | undefined => (text === undefined || text.trim() === '' ? undefined : text);
const NAME_PROBLEM = localized('名称应为 1–40 个字符。', 'The name has 1–40 characters.');
const fieldError = (problem: { field: string; message: MerchantError['message'] }): MerchantError => ({ code: 'invalid_field', field: problem.field, message: problem.message });

function checkAppid(appid: string | undefined): Result<string | undefined, MerchantError> {
  const text = given(appid)?.trim();
  if (text === undefined) return ok(undefined);
  const problem = appidProblem(text);
  return problem ? err({ code: 'invalid_field', field: 'appid', message: problem }) : ok(text);
}

/** Public-key mode needs the key and its ID (§3.3); certificate mode downloads platform certificates with the APIv3 key. */
function publicKeyOf(input: MerchantProfileInput): Result<{ id: string; pem: string } | undefined, MerchantError> {
  if (input.verification === 'certificate') return ok(undefined);
  const checked = checkPublicKey(given(input.publicKeyId) ?? ' ', given(input.publicKeyPem));
  if (!checked.ok) return err(fieldError(checked.error));
  return ok(checked.value);
}

/**
 * 添加微信支付商户: every field — name, mchid, serial, public key, private key against the
 * certificate, APIv3 key, AppID — is checked in form order before anything is written, so a refusal
 * saves nothing; the keys then go to the vault. If a key cannot be stored the new record is removed
 * again: no half-made account is left.
 */
export async function addMerchant(
  service: MerchantService,
  input: MerchantProfileInput & { readonly mchid: string; readonly privateKeyPem: string; readonly apiv3Key: string; readonly environment?: 'wechatpay' | 'sandbox' },
): Promise<Result<MerchantView, MerchantError>> {
  const name = input.name.trim();
  if (name === '' || [...name].length > 40) return err({ code: 'invalid_field', field: 'name', message: NAME_PROBLEM });
  const mchid = checkMchid(input.mchid);
  if (!mchid.ok) return err(fieldError(mchid.error));
  const serial = checkSerial(given(input.serialNo), given(input.certificatePem));
  if (!serial.ok) return err(fieldError(serial.error));
  const publicKey = publicKeyOf(input);
  if (!publicKey.ok) return publicKey;
  const key = checkPrivateKey(input.privateKeyPem, serial.value.certificatePem);
  if (!key.ok) return err(fieldError(key.error));
  const apiv3 = checkApiv3Key(input.apiv3Key);
  if (!apiv3.ok) return err(fieldError(apiv3.error));
  const appid = checkAppid(input.appid);
  if (!appid.ok) return appid;
  const created = await service.create({
    name,
    mchid: mchid.value,
    ...(given(input.serialNo) ? { serialNo: input.serialNo } : {}),
    ...(serial.value.certificatePem ? { certificatePem: serial.value.certificatePem } : {}),
    ...(appid.value ? { appid: appid.value } : {}),
    ...(publicKey.value ? { publicKeyId: publicKey.value.id, publicKeyPem: publicKey.value.pem } : {}),
    environment: input.environment ?? 'wechatpay',
  });
  if (!created.ok) return created;
  const id = created.value.id;
  const stored = await service.setPrivateKey(id, key.value);
  const storedApiv3 = stored.ok ? await service.setApiv3Key(id, apiv3.value) : stored;
  if (!storedApiv3.ok) {
    await service.remove(id);
    return storedApiv3;
  }
  return service.get(id);
}

/** The embedded sandbox's demo merchant (its published fixture keys; only ever used against the sandbox). */
export function addSandboxMerchant(service: MerchantService): Promise<Result<MerchantView, MerchantError>> {
  return addMerchant(service, {
    name: SANDBOX_MERCHANT_NAME['zh-CN'],
    mchid: DEMO_MERCHANT.mchid,
    // Typed like a merchant without apiclient_cert.pem at hand, so another key file can be tried on it.
    serialNo: DEMO_MERCHANT.merchantCertificate.serialNo,
    verification: 'public-key',
    publicKeyId: DEMO_MERCHANT.wechatpayPublicKeyId,
    publicKeyPem: DEMO_MERCHANT.wechatpayKey.publicKeyPem,
    appid: DEMO_MERCHANT.appid,
    privateKeyPem: DEMO_MERCHANT.merchantCertificate.privateKeyPem,
    apiv3Key: DEMO_MERCHANT.apiv3Key,
    environment: 'sandbox',
  });
}

/**
 * Changes a merchant: the profile, and a new private key or APIv3 key when given (empty keeps the
 * saved one). A new certificate is checked against the saved key when no new key comes with it.
 */
export async function updateMerchant(
  service: MerchantService,
  merchantId: string,
  input: MerchantProfileInput & { readonly privateKeyPem?: string | undefined; readonly apiv3Key?: string | undefined },
): Promise<Result<MerchantView, MerchantError>> {
  const current = await service.credentials(merchantId);
  if (!current.ok) return current;
  const appid = checkAppid(input.appid);
  if (!appid.ok) return appid;
  const certificatePem = given(input.certificatePem);
  const serial = certificatePem || given(input.serialNo) ? checkSerial(given(input.serialNo), certificatePem) : ok({ certificatePem: current.value.record.certificatePem });
  if (!serial.ok) return err(fieldError(serial.error));
  // Public-key mode with the same ID keeps the saved pub_key.pem when no new one is dropped.
  const sameId = given(input.publicKeyId)?.trim() === current.value.record.publicKey?.id;
  const publicKey = publicKeyOf(sameId && !given(input.publicKeyPem) ? { ...input, publicKeyPem: current.value.record.publicKey?.pem } : input);
  if (!publicKey.ok) return publicKey;
  const newKey = given(input.privateKeyPem);
  const key = newKey ? checkPrivateKey(newKey, serial.value.certificatePem) : ok(undefined);
  if (!key.ok) return err(fieldError(key.error));
  if (!newKey && certificatePem) {
    const saved = await current.value.pay.privateKey();
    const cert = readCertificate(certificatePem);
    if (saved && cert.ok && !keysMatch(saved, cert.value.publicKey)) {
      return err({ code: 'invalid_field', field: 'privateKey', message: localized('新选的商户 API 证书与已保存的私钥不配对：请同时选择同一次申请得到的 apiclient_key.pem。', 'The new merchant API certificate does not belong to the saved private key: choose the apiclient_key.pem issued with it as well.') });
    }
  }
  const apiv3Text = given(input.apiv3Key);
  const apiv3 = apiv3Text ? checkApiv3Key(apiv3Text) : ok(undefined);
  if (!apiv3.ok) return err(fieldError(apiv3.error));
  const updated = await service.update(merchantId, {
    name: input.name,
    ...(certificatePem ? { certificatePem } : {}),
    ...(given(input.serialNo) ? { serialNo: input.serialNo } : {}),
    publicKey: publicKey.value ?? null,
    appid: appid.value ?? null,
  });
  if (!updated.ok) return updated;
  if (key.value) {
    const stored = await service.setPrivateKey(merchantId, key.value);
    if (!stored.ok) return stored;
  }
  if (apiv3.value) {
    const stored = await service.setApiv3Key(merchantId, apiv3.value);
    if (!stored.ok) return stored;
  }
  return service.get(merchantId);
}

/** What the dropped files are, for the form's live feedback: the serial, and a key that is not the certificate's. */
export function inspectMerchantFiles(input: { certificatePem?: string | undefined; privateKeyPem?: string | undefined; publicKeyPem?: string | undefined }): MerchantInspection {
  const problems: MerchantInspection['problems'] = [];
  let serialNo: string | undefined;
  let certificateExpires: string | undefined;
  const certificatePem = given(input.certificatePem);
  if (certificatePem) {
    const serial = checkSerial(undefined, certificatePem);
    if (serial.ok) {
      serialNo = serial.value.serialNo;
      const info = readCertificate(certificatePem);
      if (info.ok) certificateExpires = new Date(info.value.validTo).toISOString();
    } else problems.push({ field: serial.error.field, message: serial.error.message });
  }
  const privateKeyPem = given(input.privateKeyPem);
  if (privateKeyPem) {
    const key = checkPrivateKey(privateKeyPem, serialNo ? certificatePem : undefined);
    if (!key.ok) problems.push({ field: key.error.field, message: key.error.message });
  }
  const publicKeyPem = given(input.publicKeyPem);
  if (publicKeyPem) {
    // Any PUB_KEY_ID shape will do here: only the file is being read.
    const checked = checkPublicKey('PUB_KEY_ID_0', publicKeyPem);
    if (!checked.ok) problems.push({ field: checked.error.field, message: checked.error.message });
  }
  return { ...(serialNo ? { serialNo } : {}), ...(certificateExpires ? { certificateExpires } : {}), problems };
}
