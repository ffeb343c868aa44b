import { createAccountState, type AccountState } from './account-state';
import { DEFAULT_REVIEW, DEMO_ACCOUNT, resolveAccount, type ReviewPolicy, type SandboxAccountConfig } from './accounts';
import { createVirtualClock, type VirtualClock } from './clock';
import { FaultService } from './faults';
import { MediaStore } from './media-store';
import type { StartSandboxOptions } from './options';
import { QuotaService } from './quotas';
import { settleReviews } from './review';
import { Timers } from './timers';
import { DEFAULT_TOKEN_RULES, TokenService } from './tokens';
import { createPayState } from './wechatpay/pay-setup';
import type { PayState } from './wechatpay/pay-state';

/** One call to a token endpoint, for the dump (never the secret, never the token). */
export interface TokenCallRecord {
  readonly at: number;
  readonly endpoint: '/cgi-bin/token' | '/cgi-bin/stable_token';
  /** The appid as sent (may be unknown or missing). */
  readonly appid: string | undefined;
  readonly forceRefresh: boolean;
  /** 0 on success. */
  readonly errcode: number;
  /** A new token was minted. */
  readonly issued: boolean;
  /** stable_token force_refresh refused by the 20/day or 30 s rule. */
  readonly forceIgnored: boolean;
  /** Made by handle.rotateTokenExternally ("another machine called cgi-bin/token", §7.1). */
  readonly external?: boolean;
}

/** Everything the running sandbox knows. Handlers read and change it. */
export interface SandboxState {
  readonly clock: VirtualClock;
  readonly accounts: Map<string, AccountState>;
  readonly tokens: TokenService;
  readonly quotas: QuotaService;
  readonly faults: FaultService;
  readonly media: MediaStore;
  readonly timers: Timers;
  readonly endpointCounts: Map<string, number>;
  readonly tokenCalls: TokenCallRecord[];
  /** encrypt_code → the code it hides, per account (card/code/decrypt, §1.15). */
  readonly encryptCodes: Map<string, { appid: string; code: string }>;
  /** The WeChat Pay merchants of the `/v3/` simulator. */
  readonly pay: PayState;
  readonly defaultReview: ReviewPolicy;
  readonly uploadBadFormatErrcode: 40009 | 40137;
  presentedClientIp: string | undefined;
}

/** Builds the state from the start options. */
export function createState(options: StartSandboxOptions): SandboxState {
  const clock = createVirtualClock(options.clock ?? {});
  const defaultReview = options.defaultReview ?? DEFAULT_REVIEW;
  const state: SandboxState = {
    clock,
    accounts: new Map(),
    tokens: new TokenService(clock, { ...DEFAULT_TOKEN_RULES, ...options.tokenRules }),
    quotas: new QuotaService(clock, options.quotas ?? {}),
    faults: new FaultService(options.faultSeed ?? 1, options.faults ?? {}),
    media: new MediaStore(),
    timers: new Timers(),
    endpointCounts: new Map(),
    tokenCalls: [],
    encryptCodes: new Map(),
    pay: createPayState(options, clock.now()),
    defaultReview,
    uploadBadFormatErrcode: options.uploadBadFormatErrcode ?? 40009,
    presentedClientIp: options.presentedClientIp,
  };
  if (options.includeDemoAccount !== false) addAccount(state, DEMO_ACCOUNT);
  for (const account of options.accounts ?? []) addAccount(state, account);
  return state;
}

/** Adds (or replaces) an account; its cards start empty. */
export function addAccount(state: SandboxState, config: SandboxAccountConfig): AccountState {
  const account = createAccountState(resolveAccount(config, state.defaultReview));
  state.accounts.set(config.appid, account);
  return account;
}

/** Lets every account's reviews catch up with the virtual clock. */
export function settleAll(state: SandboxState): void {
  const now = state.clock.now();
  for (const account of state.accounts.values()) settleReviews(account, now);
}
