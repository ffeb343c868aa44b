import { localized, type Localized } from '../../common/i18n';

/** Where test connection stopped. */
export type MerchantStage = 'private_key' | 'apiv3_key' | 'network' | 'sign' | 'verify' | 'no_auth' | 'api' | 'decrypt';

/** The cause named inside a stage (SIGN_ERROR and verification have several, §3.1, §3.2). */
export type MerchantCause =
  | 'missing'
  | 'unreadable'
  | 'wrong_serial'
  | 'key_not_matching'
  | 'clock'
  | 'unknown_mchid'
  | 'unsigned'
  | 'unknown_key_id'
  | 'wrong_public_key'
  | 'answer_clock'
  | 'probe'
  | 'tag_mismatch'
  | 'other';

type Explained = { readonly meaning: Localized; readonly fix: Localized };
const e = (meaningZh: string, meaningEn: string, fixZh: string, fixEn: string): Explained => ({ meaning: localized(meaningZh, meaningEn), fix: localized(fixZh, fixEn) });

/** Every explanation, merchant words first; API names only in the developer detail. */
export const MERCHANT_EXPLANATIONS: Readonly<Record<`${MerchantStage}:${MerchantCause}`, Explained>> = {
  'private_key:missing': e('还没有保存商户 API 证书私钥。', 'No merchant API certificate private key is saved.', '在账号设置中选择 apiclient_key.pem（命令行：设置 COUPON_STUDIO_MCH_KEY_<商户号>）。', 'Choose apiclient_key.pem in the account settings (CLI: set COUPON_STUDIO_MCH_KEY_<mchid>).'),
  'private_key:unreadable': e('保存的私钥无法读取。', 'The saved private key cannot be read.', '重新选择 apiclient_key.pem。', 'Choose apiclient_key.pem again.'),
  'apiv3_key:missing': e('还没有保存 APIv3 密钥，无法解密平台证书和领券通知。', 'No APIv3 key is saved, so certificates and coupon notifications cannot be decrypted.', '在商户平台 账户中心 → API安全 查看或重设 APIv3 密钥，再填入账号设置。', 'Look up or reset the APIv3 key under 账户中心 → API安全 in the merchant platform, then enter it in the account settings.'),
  'network:other': e('连不上微信支付服务器。', 'The WeChat Pay server cannot be reached.', '检查网络或代理设置后重试。', 'Check the network or proxy settings and try again.'),
  'sign:wrong_serial': e('微信支付不认这个证书序列号：它不是与私钥配对的商户 API 证书的序列号。', 'WeChat Pay does not accept this certificate serial: it is not the serial of the merchant API certificate that goes with the private key.', '选择 apiclient_cert.pem 让本程序读取序列号，或在 账户中心 → API安全 → 管理证书 核对后重新填写。', 'Choose apiclient_cert.pem so the serial is read from it, or check it under 账户中心 → API安全 → 管理证书 and enter it again.'),
  'sign:key_not_matching': e('签名验证失败：私钥与这个序列号的商户 API 证书不配对。', 'The signature was refused: the private key does not belong to the merchant API certificate with this serial.', '选择同一次申请得到的 apiclient_key.pem 和 apiclient_cert.pem；证书更换过时两者都要换。', 'Choose the apiclient_key.pem and apiclient_cert.pem issued together; after a certificate change, replace both.'),
  'sign:clock': e('本机时间与微信支付相差超过 5 分钟，签名被拒绝。', "This computer's clock is more than 5 minutes off WeChat Pay's, so the signature was refused.", '打开系统的“自动设置时间”后重试。', 'Turn on automatic time in the system settings and try again.'),
  'sign:unknown_mchid': e('微信支付不认识这个商户号，或它未开通 API。', 'WeChat Pay does not know this merchant ID, or it has no API access.', '核对商户号（商户平台右上角）。', 'Check the merchant ID (top right of the merchant platform).'),
  'sign:other': e('微信支付拒绝了签名。', 'WeChat Pay refused the signature.', '核对商户号、证书序列号和私钥，并检查本机时间。', "Check the merchant ID, the certificate serial and the private key, and this computer's clock."),
  'verify:unsigned': e('收到的应答没有微信支付签名，不能信任（可能被代理或网关改写）。', 'The answer carries no WeChat Pay signature and cannot be trusted (a proxy or gateway may have changed it).', '检查代理设置；直连后重试。', 'Check the proxy settings; try again without it.'),
  'verify:unknown_key_id': e('应答是用一把本程序没有的密钥签名的：微信支付公钥 ID 不对，或还没有下载平台证书。', 'The answer is signed with a key this app does not have: the WeChat Pay public key ID is wrong, or the platform certificates are not downloaded yet.', '在 账户中心 → API安全 → 微信支付公钥 核对公钥 ID 并重新下载 pub_key.pem；迁移中的商户两者都要配置。', 'Check the public key ID under 账户中心 → API安全 → 微信支付公钥 and download pub_key.pem again; a migrating merchant needs both.'),
  'verify:wrong_public_key': e('应答签名验证失败：保存的微信支付公钥与公钥 ID 不符。', 'The answer signature does not verify: the saved WeChat Pay public key does not match its ID.', '重新下载 pub_key.pem（与公钥 ID 同一页）。', 'Download pub_key.pem again (from the same page as the key ID).'),
  'verify:answer_clock': e('应答的时间与本机相差超过 5 分钟，不能信任。', "The answer's time is more than 5 minutes off this computer's clock, so it cannot be trusted.", '打开系统的“自动设置时间”后重试。', 'Turn on automatic time in the system settings and try again.'),
  'verify:probe': e('收到的是微信支付的验签探测应答（WECHATPAY/SIGNTEST），按规定拒绝。', 'The answer is a WeChat Pay signature probe (WECHATPAY/SIGNTEST), refused as required.', '稍后重试即可。', 'Simply try again later.'),
  'verify:other': e('应答签名验证失败。', 'The answer signature does not verify.', '核对微信支付公钥或平台证书。', 'Check the WeChat Pay public key or platform certificates.'),
  'no_auth:other': e('这个商户号没有商家券（营销）接口的权限。', 'This merchant ID has no permission for the merchant coupon (marketing) API.', '在商户平台 产品中心 开通“商家券”后重试，或联系微信支付。', 'Enable 商家券 in 产品中心 of the merchant platform and try again, or contact WeChat Pay.'),
  'api:other': e('微信支付返回了错误。', 'WeChat Pay answered with an error.', '查看下方的错误码和说明。', 'See the code and message below.'),
  'decrypt:tag_mismatch': e('APIv3 密钥解不开平台证书：保存的不是 APIv3 密钥（常见错误是填了 APIv2 密钥）。', 'The APIv3 key does not decrypt the platform certificates: the saved key is not the APIv3 key (often the APIv2 key was entered).', '在 账户中心 → API安全 查看 APIv3 密钥（不是 API 密钥/APIv2）后重新填写。', 'Look up the APIv3 key under 账户中心 → API安全 (not the API/APIv2 key) and enter it again.'),
  'decrypt:other': e('平台证书解密失败。', 'The platform certificates did not decrypt.', '重新填写 APIv3 密钥后重试。', 'Enter the APIv3 key again and retry.'),
} as Readonly<Record<`${MerchantStage}:${MerchantCause}`, Explained>>;

/** The explanation for a stage and cause, falling back to the stage's general one. */
export function explain(stage: MerchantStage, cause: MerchantCause): Explained {
  const table = MERCHANT_EXPLANATIONS as Partial<Record<string, Explained>>;
  return table[`${stage}:${cause}`] ?? table[`${stage}:other`] ?? MERCHANT_EXPLANATIONS['api:other'];
}
