import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { isPublicKeyId, keysMatch, loadPrivateKey, loadPublicKey, normaliseSerial, readCertificate } from '../wechatpay/keys';

/** A refused merchant field: which one and what to do (zh-CN first). */
export interface MerchantFieldProblem {
  readonly field: 'name' | 'mchid' | 'serialNo' | 'certificatePem' | 'publicKey' | 'privateKey' | 'apiv3Key' | 'appid';
  readonly message: Localized;
}

const problem = (field: MerchantFieldProblem['field'], zh: string, en: string): Result<never, MerchantFieldProblem> => err({ field, message: localized(zh, en) });

/** 商户号: 8–12 digits (usually 10, §2.1). */
export function checkMchid(text: string): Result<string, MerchantFieldProblem> {
  const mchid = text.trim();
  if (/^\d{8,12}$/.test(mchid)) return ok(mchid);
  const where = { zh: '在商户平台右上角或 账户中心 → 商户信息 查看。', en: 'It is shown in the merchant platform under 账户中心 → 商户信息.' };
  // An empty field is asked for, not quoted back as 收到“”.
  if (mchid === '') return problem('mchid', `请填写商户号（8–12 位数字）。${where.zh}`, `Fill in the merchant ID (商户号, 8–12 digits). ${where.en}`);
  return problem('mchid', `商户号应为 8–12 位数字（收到“${mchid}”）。${where.zh}`, `The merchant ID (商户号) has 8–12 digits (got "${mchid}"). ${where.en}`);
}

/** The serial from apiclient_cert.pem, or as typed; both given must agree (§2.1). */
export function checkSerial(typed: string | undefined, certificatePem: string | undefined): Result<{ serialNo: string; certificatePem?: string }, MerchantFieldProblem> {
  let fromCert: string | undefined;
  if (certificatePem !== undefined && certificatePem.trim() !== '') {
    const info = readCertificate(certificatePem);
    if (!info.ok) return problem('certificatePem', '无法读取商户 API 证书：请选择 apiclient_cert.pem（以 -----BEGIN CERTIFICATE----- 开头的 RSA 证书）。', 'The merchant API certificate cannot be read: choose apiclient_cert.pem (an RSA certificate starting with -----BEGIN CERTIFICATE-----).');
    fromCert = info.value.serialNo;
  }
  if (typed === undefined || typed.trim() === '') {
    if (fromCert) return ok({ serialNo: fromCert, certificatePem: certificatePem ?? '' });
    return problem('serialNo', '请填写商户 API 证书序列号，或选择 apiclient_cert.pem 让本程序读取。', 'Enter the merchant API certificate serial number, or choose apiclient_cert.pem to have it read.');
  }
  const serial = normaliseSerial(typed);
  if (!serial.ok) return problem('serialNo', '证书序列号应为 40 位十六进制字符（商户平台 账户中心 → API安全 → 管理证书 中可见，或 openssl x509 -noout -serial）。', 'The certificate serial has 40 hexadecimal characters (shown under 账户中心 → API安全 → 管理证书, or by openssl x509 -noout -serial).');
  if (fromCert && fromCert !== serial.value) return problem('serialNo', `填写的序列号 ${serial.value} 与证书中的 ${fromCert} 不一致，请核对是否选错了证书。`, `The serial ${serial.value} differs from the certificate's ${fromCert}; check that it is the right certificate.`);
  return ok({ serialNo: serial.value, ...(fromCert ? { certificatePem: certificatePem ?? '' } : {}) });
}

/** The WeChat Pay public key with its PUB_KEY_ID (§3.3), both or neither. */
export function checkPublicKey(id: string | undefined, pem: string | undefined): Result<{ id: string; pem: string } | undefined, MerchantFieldProblem> {
  const hasId = id !== undefined && id.trim() !== '';
  const hasPem = pem !== undefined && pem.trim() !== '';
  if (!hasId && !hasPem) return ok(undefined);
  if (!hasId || !isPublicKeyId(id.trim())) return problem('publicKey', '请填写微信支付公钥 ID（PUB_KEY_ID_ 开头，商户平台 账户中心 → API安全 → 微信支付公钥）。', 'Enter the WeChat Pay public key ID (starts with PUB_KEY_ID_, under 账户中心 → API安全 → 微信支付公钥).');
  // Node derives a public key from a private one: apiclient_key.pem dropped here must not be kept in merchants.json.
  if (!hasPem || /PRIVATE KEY/.test(pem) || !loadPublicKey(pem).ok) return problem('publicKey', '无法读取微信支付公钥：请选择下载的 pub_key.pem（以 -----BEGIN PUBLIC KEY----- 开头）。', 'The WeChat Pay public key cannot be read: choose the downloaded pub_key.pem (starting with -----BEGIN PUBLIC KEY-----).');
  return ok({ id: id.trim(), pem: pem.trim() + '\n' });
}

/** apiclient_key.pem: an RSA private key, and the one of the certificate when that is known. */
export function checkPrivateKey(pem: string, certificatePem: string | undefined): Result<string, MerchantFieldProblem> {
  const key = loadPrivateKey(pem);
  if (!key.ok) return problem('privateKey', '无法读取商户 API 私钥：请选择 apiclient_key.pem（首行写着 BEGIN PRIVATE KEY 的文本文件）。', 'The merchant API private key cannot be read: choose apiclient_key.pem (a text file whose first line says BEGIN PRIVATE KEY).');
  if (certificatePem) {
    const cert = readCertificate(certificatePem);
    if (cert.ok && !keysMatch(key.value, cert.value.publicKey)) {
      return problem('privateKey', '这个私钥与已选的商户 API 证书不配对：请选择同一次申请得到的 apiclient_key.pem 和 apiclient_cert.pem。', 'This private key does not belong to the chosen merchant API certificate: choose the apiclient_key.pem and apiclient_cert.pem issued together.');
    }
  }
  return ok(pem);
}

/** The APIv3 key: 32 characters (§2.1); the 32-character APIv2 key looks alike, test connection tells them apart. */
export function checkApiv3Key(text: string): Result<string, MerchantFieldProblem> {
  const key = text.trim();
  return Buffer.byteLength(key, 'utf8') === 32 && /^[\x21-\x7e]+$/.test(key)
    ? ok(key)
    : problem('apiv3Key', `APIv3 密钥应为 32 个字母或数字（收到 ${[...key].length} 个字符）。在商户平台 账户中心 → API安全 → 设置APIv3密钥 中设置。`, `The APIv3 key has 32 letters or digits (got ${[...key].length} characters). Set it under 账户中心 → API安全 → 设置APIv3密钥.`);
}
