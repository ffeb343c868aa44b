import type { QuotaConfig, ReviewPolicy, SandboxAccountConfig } from './accounts';
import type { FaultConfig } from './faults';
import type { TokenRules } from './tokens';
import type { PayOptions } from './wechatpay/pay-setup';

/** How to start a sandbox. Every field is optional. */
export interface StartSandboxOptions extends PayOptions {
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  readonly port?: number;
  /** Accounts besides (or, with includeDemoAccount: false, instead of) the demo account. */
  readonly accounts?: readonly SandboxAccountConfig[];
  /** Default true: DEMO_ACCOUNT exists. */
  readonly includeDemoAccount?: boolean;
  /** The virtual clock's start (default: real now) and whether it starts frozen. */
  readonly clock?: { readonly startAt?: number; readonly frozen?: boolean };
  /** Pretend every caller has this IP (e.g. '101.45.43.1') for whitelist checks and 40164 errmsgs. */
  readonly presentedClientIp?: string;
  /** Sandbox-wide limits per path, over the documented defaults (quotas.ts). */
  readonly quotas?: QuotaConfig;
  /** Faults per path ('*' for every path without its own entry). */
  readonly faults?: Readonly<Record<string, FaultConfig>>;
  /** Seed of the fault RNG (default 1). */
  readonly faultSeed?: number;
  /** Review policy of accounts that set none (default: approve after 60 virtual seconds). */
  readonly defaultReview?: ReviewPolicy;
  /**
   * The errcode for an upload that is not JPG/PNG. Default 40009: wechatpy observed it for bad formats
   * too (§1.3); 40137 is the catalogue's "invalid image format".
   */
  readonly uploadBadFormatErrcode?: 40009 | 40137;
  /** Token lifetimes (default: the documented 7200 s / 300 s / 20 per day / 30 s). */
  readonly tokenRules?: Partial<TokenRules>;
}
