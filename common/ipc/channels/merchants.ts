import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';
import { SECRET_STATES } from './accounts';
import { storageProblemSchema } from './drafts';

// WeChat Pay merchant accounts (微信支付商户, wechatpay-merchant-coupons-and-member-cards.md §2.1, §3).
// The private key (apiclient_key.pem) and the APIv3 key go in with add/update and never come out:
// a view says only where each one is kept.

/** `wechatpay`: api.mch.weixin.qq.com; `sandbox`: the embedded WeChat Pay simulator. */
export const MERCHANT_ENVIRONMENT_NAMES = ['wechatpay', 'sandbox'] as const;

/** How WeChat Pay's answers are verified (§3.3): its public key with PUB_KEY_ID, or platform certificates. */
export const MERCHANT_VERIFICATIONS = ['public-key', 'certificate'] as const;
export type MerchantVerification = (typeof MERCHANT_VERIFICATIONS)[number];

/** Longest text of a PEM file the form may send (a 4096-bit certificate is ~2 KB). */
export const PEM_MAX_CHARS = 16_384;

/** A merchant account as the renderer sees it: never a key, only where it is. */
export const merchantViewSchema = z.strictObject({
  id: z.string(),
  /** The name as entered (what the edit form shows). */
  name: z.string(),
  /** The name per language (the sandbox's demo merchant has one per language; others repeat `name`). */
  displayName: localizedSchema,
  mchid: z.string(),
  /** The merchant API certificate's serial (read from apiclient_cert.pem or typed). */
  serialNo: z.string(),
  /** apiclient_cert.pem was given (the serial was read from it; a key that does not match it is refused). */
  hasCertificate: z.boolean(),
  verification: z.enum(MERCHANT_VERIFICATIONS),
  publicKeyId: z.string().optional(),
  /** Downloaded and decrypted by test connection (certificate merchants). */
  platformCertificates: z.array(z.strictObject({ serialNo: z.string(), expireTime: z.string() })),
  appid: z.string().optional(),
  environment: z.enum(MERCHANT_ENVIRONMENT_NAMES),
  createdAt: z.number().int(),
  lastVerifiedAt: z.number().int().optional(),
  secrets: z.strictObject({ privateKey: z.enum(SECRET_STATES), apiv3Key: z.enum(SECRET_STATES) }),
});
export type MerchantAccountView = z.infer<typeof merchantViewSchema>;

const merchantIdSchema = z.string().min(1).max(64);
const pem = z.string().max(PEM_MAX_CHARS);

/** The profile fields of add and update; empty strings mean "not given". */
const profileFields = {
  name: z.string().max(200),
  serialNo: z.string().max(64).optional(),
  certificatePem: pem.optional(),
  verification: z.enum(MERCHANT_VERIFICATIONS),
  publicKeyId: z.string().max(64).optional(),
  publicKeyPem: pem.optional(),
  appid: z.string().max(64).optional(),
};

/** The steps test connection takes, in order (issue 12): what the screen shows as a timeline. */
export const MERCHANT_TEST_STEPS = ['sign', 'send', 'verify', 'decrypt'] as const;
export type MerchantTestStep = (typeof MERCHANT_TEST_STEPS)[number];

/** The outcome of 测试连接 for a merchant, in merchant words; API names only under `developer`. */
export const merchantConnectionReportSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('connected'),
    verifiedAt: z.number().int(),
    /** The PUB_KEY_ID or platform certificate serial the answers were verified with. */
    answeredBy: z.string(),
    /** `decrypted`: the platform certificates opened with the APIv3 key; `not-checkable`: a public-key merchant has nothing to decrypt until a callback. */
    apiv3Key: z.enum(['decrypted', 'not-checkable']),
    platformCertificates: z.number().int(),
  }),
  z.strictObject({
    status: z.literal('failed'),
    /** The step that failed; the ones before it passed, the ones after did not run. */
    step: z.enum(MERCHANT_TEST_STEPS),
    stage: z.string(),
    cause: z.string(),
    meaning: localizedSchema,
    fix: localizedSchema,
    /** Where in 商户平台 (pay.weixin.qq.com) to fix it, when it is fixed there. */
    menuPath: localizedSchema.optional(),
    /** Which form field to change, when it is one. */
    field: z.enum(['privateKey', 'apiv3Key', 'serialNo', 'publicKey', 'mchid']).optional(),
    developer: z.strictObject({ code: z.string(), message: z.string(), truncatedSignMessage: z.string().optional() }).optional(),
  }),
]);
export type MerchantConnectionReportView = z.infer<typeof merchantConnectionReportSchema>;

/** What the files dropped on the form say, before anything is saved. */
export const merchantInspectionSchema = z.strictObject({
  /** Read from apiclient_cert.pem. */
  serialNo: z.string().optional(),
  /** Certificate validity, China time text as in the certificate (notAfter). */
  certificateExpires: z.string().optional(),
  problems: z.array(z.strictObject({ field: z.string(), message: localizedSchema })),
});
export type MerchantInspection = z.infer<typeof merchantInspectionSchema>;

/** Error codes of the merchants domain (the field is in `details.field`). */
export const MERCHANTS_ERROR_CODES = {
  notFound: 'merchant_not_found',
  invalidField: 'invalid_field',
  duplicateMchid: 'duplicate_mchid',
  storage: 'storage',
  vault: 'vault',
  /** A sandbox merchant while the embedded sandbox is not running. */
  sandboxUnavailable: 'sandbox_unavailable',
} as const;

/** Merchant accounts: profiles without keys; the keys go in with add/update and never come out. */
export const merchantsChannels = defineChannels('merchants', {
  'merchants:list': {
    request: z.void(),
    response: z.strictObject({ merchants: z.array(merchantViewSchema), problems: z.array(storageProblemSchema) }),
  },
  /** Everything is checked before anything is written: a refused field saves nothing. */
  'merchants:add': {
    request: z.strictObject({
      ...profileFields,
      mchid: z.string().max(64),
      privateKeyPem: pem,
      apiv3Key: z.string().max(256),
      /** Default `wechatpay`; `sandbox` points a merchant of the embedded simulator (tests, trying things out). */
      environment: z.enum(MERCHANT_ENVIRONMENT_NAMES).optional(),
    }),
    response: merchantViewSchema,
  },
  /** The embedded sandbox's demo merchant as an account of its own, keys included (one click). */
  'merchants:addSandbox': { request: z.void(), response: merchantViewSchema },
  /** Empty or absent keys keep the saved ones; the mchid cannot change (the keys belong to it). */
  'merchants:update': {
    request: z.strictObject({
      merchantId: merchantIdSchema,
      ...profileFields,
      privateKeyPem: pem.optional(),
      apiv3Key: z.string().max(256).optional(),
    }),
    response: merchantViewSchema,
  },
  'merchants:remove': { request: z.strictObject({ merchantId: merchantIdSchema }), response: z.null() },
  /** Reads the dropped files (serial, key ↔ certificate) without saving; the key is not kept. */
  'merchants:inspect': {
    request: z.strictObject({ certificatePem: pem.optional(), privateKeyPem: pem.optional(), publicKeyPem: pem.optional() }),
    response: merchantInspectionSchema,
  },
  /** sign → send → verify the answer's signature → decrypt; records lastVerifiedAt on success. */
  'merchants:testConnection': { request: z.strictObject({ merchantId: merchantIdSchema }), response: merchantConnectionReportSchema },
});

/** The merchants domain pushes nothing. */
export const merchantsEvents = defineEvents('merchants', {});
