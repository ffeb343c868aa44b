import { z } from 'zod';

/** Where a merchant account's calls go: api.mch.weixin.qq.com, or the embedded simulator. */
export const MERCHANT_ENVIRONMENTS = ['wechatpay', 'sandbox'] as const;

/** A platform certificate downloaded from /v3/certificates and decrypted (public, not a secret; §3.4). */
export const platformCertificateSchema = z.strictObject({
  serialNo: z.string().regex(/^[0-9A-F]{8,40}$/),
  pem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  effectiveTime: z.string(),
  expireTime: z.string(),
});
export type PlatformCertificateRecord = z.infer<typeof platformCertificateSchema>;

/**
 * A WeChat Pay merchant as stored in `merchants.json` (wechatpay-merchant-coupons-and-member-cards.md
 * §2.1, §3.3): never the private key, never the APIv3 key — those are in the vault.
 */
export const merchantRecordSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('wechatpay-merchant'),
  name: z.string(),
  mchid: z.string().regex(/^\d{8,12}$/),
  /** The merchant API certificate's serial, read from apiclient_cert.pem or typed. */
  serialNo: z.string().regex(/^[0-9A-F]{40}$/),
  /** apiclient_cert.pem when given: lets test connection tell "key does not match" from other SIGN_ERRORs. */
  certificatePem: z.string().optional(),
  /** The WeChat Pay public key and its PUB_KEY_ID (merchants opened since late 2024). */
  publicKey: z.strictObject({ id: z.string().regex(/^PUB_KEY_ID_\d+$/), pem: z.string().startsWith('-----BEGIN PUBLIC KEY-----') }).optional(),
  platformCertificates: z.array(platformCertificateSchema),
  appid: z.string().optional(),
  environment: z.enum(MERCHANT_ENVIRONMENTS),
  createdAt: z.number().int(),
  lastVerifiedAt: z.number().int().optional(),
});
export type MerchantRecord = z.infer<typeof merchantRecordSchema>;

export const MERCHANTS_DOCUMENT_VERSION = 1;
/** The file name (without `.json`) beside accounts.json. */
export const MERCHANTS_DOCUMENT_NAME = 'merchants';

/** The whole `merchants.json`. */
export const merchantsDocumentSchema = z.strictObject({
  schemaVersion: z.literal(MERCHANTS_DOCUMENT_VERSION),
  merchants: z.array(merchantRecordSchema),
});
export type MerchantsDocument = z.infer<typeof merchantsDocumentSchema>;
