import { z } from 'zod';
import { localized, type Localized } from '../../i18n';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';
import { storageProblemSchema } from './drafts';

/** An Official Account AppID: `wx` + 16 lower-case hex digits (公众平台 设置与开发 → 基本配置). */
export const APPID_PATTERN = /^wx[0-9a-f]{16}$/;

/** Why an AppID is not acceptable (undefined when it is), for live form feedback and the service. */
export function appidProblem(appid: string): Localized | undefined {
  if (APPID_PATTERN.test(appid)) return undefined;
  const shown = appid.length > 40 ? `${appid.slice(0, 40)}…` : appid;
  if (/^WX[0-9A-Fa-f]{16}$/i.test(appid)) {
    return localized(
      `AppID“${shown}”应全部为小写：以 wx 开头，后跟 16 位小写十六进制字符（0-9、a-f）。`,
      `AppID "${shown}" must be lower case: "wx" followed by 16 lower-case hex characters (0-9, a-f).`,
    );
  }
  return localized(
    `AppID“${shown}”格式不正确：应为 wx 开头、后跟 16 位十六进制字符（0-9、a-f），共 18 位，例如 wx8d3f5a7c1e9b2046。请从公众平台 设置与开发 → 基本配置 的“开发者ID(AppID)”复制。`,
    `AppID "${shown}" is not valid: it is "wx" followed by 16 hex characters (0-9, a-f), 18 in all, e.g. wx8d3f5a7c1e9b2046. Copy it from 开发者ID(AppID) under 设置与开发 → 基本配置 on the Official Accounts Platform.`,
  );
}

/** Longest account name, in characters (it is only shown in this app). */
export const ACCOUNT_NAME_MAX = 50;

/** Printable ASCII without spaces, 8–128 long: what an AppSecret can be (the platform issues 32 alphanumerics). */
export const APP_SECRET_PATTERN = /^[\x21-\x7e]{8,128}$/;

/** `weixin`: api.weixin.qq.com; `sandbox`: the embedded simulator (no real account needed). */
export const ACCOUNT_ENVIRONMENTS = ['weixin', 'sandbox'] as const;
/** `stable`: cgi-bin/stable_token (default, security-reliability.md §5); `classic`: cgi-bin/token. */
export const TOKEN_MODES = ['stable', 'classic'] as const;
/** Where the AppSecret is: nowhere, encrypted on disk, in memory for this session, or unreadable (re-enter). */
export const SECRET_STATES = ['none', 'stored', 'session', 'needs_reentry'] as const;
export type SecretState = (typeof SECRET_STATES)[number];

/** Parallel requests per account while creating a batch. */
export const CONCURRENCY_LIMITS = { min: 1, max: 16, default: 4 } as const;

/** Per-account settings. */
export const accountSettingsSchema = z.strictObject({
  concurrency: z.number().int().min(CONCURRENCY_LIMITS.min).max(CONCURRENCY_LIMITS.max),
  /** An http(s) proxy URL, or null for a direct connection. */
  proxy: z.string().nullable(),
});
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

/** An account as the renderer sees it: never the secret, only where it is. */
export const accountViewSchema = z.strictObject({
  id: z.string(),
  /** The name as entered (what an edit form shows). */
  name: z.string(),
  /** The name to display per language (the built-in account has one per language; others repeat `name`). */
  displayName: localizedSchema,
  appid: z.string(),
  environment: z.enum(ACCOUNT_ENVIRONMENTS),
  tokenMode: z.enum(TOKEN_MODES),
  settings: accountSettingsSchema,
  createdAt: z.number().int(),
  lastVerifiedAt: z.number().int().optional(),
  secretState: z.enum(SECRET_STATES),
  /** The built-in sandbox demo account: always present, not editable, secret supplied by the app. */
  builtIn: z.boolean(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** How AppSecrets are kept on this machine (security-reliability.md §3.3). */
export const secretStorageInfoSchema = z.strictObject({
  /**
   * `encrypted`: safeStorage with an OS key store; `basic_text_opted_in`: the user accepted Linux's
   * weak basic_text backend; `session_only`: kept in memory until the app quits; `environment`:
   * read from environment variables or a prompt (CLI); `memory`: tests and the web harness.
   */
  persistence: z.enum(['encrypted', 'basic_text_opted_in', 'session_only', 'environment', 'memory']),
  /** safeStorage's backend name on Linux (`gnome_libsecret`, `kwallet5`, `basic_text`…), else the platform store. */
  backend: z.string(),
  allowBasicText: z.boolean(),
  message: localizedSchema,
});
export type SecretStorageInfo = z.infer<typeof secretStorageInfoSchema>;

const settingsPatchSchema = z.strictObject({
  concurrency: accountSettingsSchema.shape.concurrency.optional(),
  proxy: z.string().max(2048).nullable().optional(),
});

const accountIdSchema = z.string().min(1).max(64);

/** The outcome of "test connection": a token, the store list and the card API, or where it failed. */
export const connectionReportSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('connected'),
    verifiedAt: z.number().int(),
    tokenExpiresIn: z.number().int(),
    stores: z.strictObject({ total: z.number().int(), usable: z.number().int() }),
  }),
  z.strictObject({
    status: z.literal('failed'),
    /** `secret`: none to use; `token`/`stores`/`card_api`: Weixin said no; `network`: no answer. */
    stage: z.enum(['secret', 'token', 'stores', 'card_api', 'network']),
    errcode: z.number().int().nullable(),
    errmsg: z.string().optional(),
    rid: z.string().optional(),
    meaning: localizedSchema,
    fix: localizedSchema,
    /** 40164: the address to add to the IP whitelist (product-landscape.md §2.2). */
    whitelistIp: z.strictObject({ ip: z.string(), ipv6: z.string().optional() }).optional(),
  }),
]);
export type ConnectionReport = z.infer<typeof connectionReportSchema>;
/** A failed test-connection step (also what accounts:stores explains a refusal with). */
export type FailedConnectionReport = Extract<ConnectionReport, { status: 'failed' }>;

/**
 * One store (门店) of an account as `cgi-bin/poi/getpoilist` lists it (wechat-card-api.md §1.16).
 * `poiId` is empty unless the store passed review (availableState 3): only those can go in
 * location_id_list.
 */
export const accountStoreSchema = z.strictObject({
  /** The merchant's own store number (may be empty); a stable key when poiId is still empty. */
  sid: z.string(),
  poiId: z.string(),
  businessName: z.string(),
  branchName: z.string(),
  address: z.string(),
  /** 1 系统错误, 2 审核中, 3 审核通过, 4 审核驳回. */
  availableState: z.number().int(),
  /** availableState 3 and a poiId: the store can be chosen for a coupon. */
  usable: z.boolean(),
});
export type AccountStore = z.infer<typeof accountStoreSchema>;

/** Error codes of the accounts domain. */
export const ACCOUNTS_ERROR_CODES = {
  notFound: 'account_not_found',
  invalidAppid: 'invalid_appid',
  invalidName: 'invalid_name',
  invalidProxy: 'invalid_proxy',
  duplicateAppid: 'duplicate_appid',
  builtIn: 'account_built_in',
  vault: 'vault_failed',
  storage: 'storage_failed',
  /** accounts:stores could not list the stores; `details.report` is a failed {@link ConnectionReport}. */
  stores: 'stores_unavailable',
} as const;

/** Accounts: profiles without secrets; the secret goes in (setSecret) and never comes out. */
export const accountsChannels = defineChannels('accounts', {
  'accounts:list': {
    request: z.void(),
    response: z.strictObject({
      accounts: z.array(accountViewSchema),
      problems: z.array(storageProblemSchema),
      secretStorage: secretStorageInfoSchema,
    }),
  },
  'accounts:create': {
    request: z.strictObject({
      name: z.string().max(200),
      appid: z.string().max(64),
      environment: z.enum(ACCOUNT_ENVIRONMENTS).optional(),
      tokenMode: z.enum(TOKEN_MODES).optional(),
      settings: settingsPatchSchema.optional(),
    }),
    response: accountViewSchema,
  },
  /** Changing the AppID clears the stored secret (it belonged to the old AppID). */
  'accounts:update': {
    request: z.strictObject({
      accountId: accountIdSchema,
      name: z.string().max(200).optional(),
      appid: z.string().max(64).optional(),
      environment: z.enum(ACCOUNT_ENVIRONMENTS).optional(),
      tokenMode: z.enum(TOKEN_MODES).optional(),
      settings: settingsPatchSchema.optional(),
    }),
    response: accountViewSchema,
  },
  'accounts:remove': { request: z.strictObject({ accountId: accountIdSchema }), response: z.null() },
  /** Write-only: answers where the secret now is, never the secret. */
  'accounts:setSecret': {
    request: z.strictObject({ accountId: accountIdSchema, secret: z.string().min(1).max(256) }),
    response: z.strictObject({ secretState: z.enum(SECRET_STATES) }),
  },
  'accounts:clearSecret': {
    request: z.strictObject({ accountId: accountIdSchema }),
    response: z.strictObject({ secretState: z.enum(SECRET_STATES) }),
  },
  /** Fetches a token, lists the stores and touches the card API; records lastVerifiedAt on success. */
  'accounts:testConnection': { request: z.strictObject({ accountId: accountIdSchema }), response: connectionReportSchema },
  /**
   * The account's stores, every page of getpoilist (50 a page). A refusal answers
   * `stores_unavailable` with the same explanation test connection gives (40164 names the IP).
   */
  'accounts:stores': {
    request: z.strictObject({ accountId: accountIdSchema }),
    response: z.strictObject({ stores: z.array(accountStoreSchema), total: z.number().int() }),
  },
  'accounts:secretStorage': { request: z.void(), response: secretStorageInfoSchema },
  /** The opt-in to keep secrets with Linux's basic_text backend (weak: a hard-coded key). */
  'accounts:setSecretStorage': { request: z.strictObject({ allowBasicText: z.boolean() }), response: secretStorageInfoSchema },
});

/** The accounts domain pushes nothing. */
export const accountsEvents = defineEvents('accounts', {});
