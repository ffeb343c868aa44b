import { DEMO_MERCHANT } from './merchants';

/** The demo merchant as `sandbox --json` prints it: everything needed to sign requests by hand (issue 9). */
export function demoMerchantJson(baseUrl: string): Record<string, string> {
  return {
    mchid: DEMO_MERCHANT.mchid,
    serial_no: DEMO_MERCHANT.merchantCertificate.serialNo,
    private_key_pem: DEMO_MERCHANT.merchantCertificate.privateKeyPem,
    wechatpay_public_key_id: DEMO_MERCHANT.wechatpayPublicKeyId,
    wechatpay_public_key_pem: DEMO_MERCHANT.wechatpayKey.publicKeyPem,
    apiv3_key: DEMO_MERCHANT.apiv3Key,
    base_url: baseUrl,
  };
}
