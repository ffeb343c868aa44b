// The sandbox's public surface: start it, drive it through its handle, read its dump.
export { startSandbox, SANDBOX_STATE_PATH } from './server';
export { SANDBOX_GIVE_MEMBER_CARD_PATH, SANDBOX_MEMBER_ACTIVITY_PATH } from './member-routes';
export type { SandboxHandle, SandboxAccountPatch } from './handle';
export type { StartSandboxOptions } from './options';
export {
  DEMO_ACCOUNT,
  DEMO_USABLE_POI_IDS,
  DEFAULT_REVIEW,
  type QuotaConfig,
  type QuotaLimit,
  type ReviewPolicy,
  type SandboxAccountConfig,
  type SeedStore,
} from './accounts';
export type { VirtualClock } from './clock';
export type { FaultConfig, FaultKind, FaultOutcome, FaultCounts } from './faults';
export type { ReviewVerdict } from './review';
export type { SandboxDump, AccountDump, CardDump } from './dump';
export type { CardStatus } from './card-store';
export type { TokenCallRecord } from './state';
export { DEFAULT_QUOTAS, FALLBACK_LIMIT } from './quotas';
export { DEFAULT_TOKEN_RULES, type TokenRules } from './tokens';
export { demoCouponBody } from './demo-coupon';
export { checkCardCreate } from './card-create';
export type { WxError } from './errors';
export { DEMO_MERCHANT, type SandboxMerchantConfig, type VerificationMode, type PlatformCertificate } from './wechatpay/merchants';
export type { MerchantDump, StockDump } from './wechatpay/pay-dump';
export type { ReceiptRequest } from './wechatpay/receipt';
export type { AnswerSignatureFault } from './faults';
