import { DEMO_MERCHANT, resolveMerchant, type SandboxMerchantConfig } from './merchants';
import { createMerchantState, type MerchantState, type PayState } from './pay-state';

/** How the WeChat Pay part of a sandbox starts. */
export interface PayOptions {
  /** Merchants besides (or, with includeDemoMerchant: false, instead of) the demo merchant. */
  readonly merchants?: readonly SandboxMerchantConfig[];
  /** Default true: DEMO_MERCHANT exists. */
  readonly includeDemoMerchant?: boolean;
}

/** The simulator's state with its merchants. */
export function createPayState(options: PayOptions, now: number): PayState {
  const pay: PayState = { merchants: new Map() };
  if (options.includeDemoMerchant !== false) addMerchant(pay, DEMO_MERCHANT, now);
  for (const merchant of options.merchants ?? []) addMerchant(pay, merchant, now);
  return pay;
}

/** Adds (or replaces, dropping its stocks) a merchant. */
export function addMerchant(pay: PayState, config: SandboxMerchantConfig, now: number): MerchantState {
  const merchant = createMerchantState(resolveMerchant(config, now));
  pay.merchants.set(config.mchid, merchant);
  return merchant;
}
