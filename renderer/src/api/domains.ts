import { getApi, type CouponStudioApi } from './index';

/** `couponStudio.drafts`: batches saved by main. */
export type DraftsApi = CouponStudioApi['drafts'];
/** `couponStudio.images`: image intake and thumbnails. */
export type ImagesApi = CouponStudioApi['images'];
/** `couponStudio.accounts`: profiles, write-only secrets, test connection, stores. */
export type AccountsApi = CouponStudioApi['accounts'];
/** `couponStudio.sandbox`: the embedded simulator's control panel. */
export type SandboxApi = CouponStudioApi['sandbox'];
/** `couponStudio.batch`: runs of a saved batch (start, pause, resume, cancel, status). */
export type BatchApi = CouponStudioApi['batch'];
/** `couponStudio.history`: the card history (query, export, review refresh, cells). */
export type HistoryApi = CouponStudioApi['history'];
/** `couponStudio.console`: the API console (endpoints, send). */
export type ConsoleApi = CouponStudioApi['console'];
/** `couponStudio.merchants`: WeChat Pay merchant accounts (write-only keys, test connection). */
export type MerchantsApi = CouponStudioApi['merchants'];

/**
 * A domain of the bridge, or null when the page has no bridge or the bridge lacks it (an older
 * host); the builder then falls back to memory saves and "image intake unavailable".
 */
function domain<K extends 'drafts' | 'images' | 'accounts' | 'sandbox' | 'batch' | 'history' | 'console' | 'merchants'>(name: K): CouponStudioApi[K] | null {
  const api = getApi();
  const found: unknown = api?.[name];
  return typeof found === 'object' && found !== null ? (found as CouponStudioApi[K]) : null;
}

/** The drafts domain, or null when main does not offer it. */
export function getDraftsApi(): DraftsApi | null {
  return domain('drafts');
}

/** The images domain, or null when main does not offer it. */
export function getImagesApi(): ImagesApi | null {
  return domain('images');
}

/** The accounts domain, or null when main does not offer it. */
export function getAccountsApi(): AccountsApi | null {
  return domain('accounts');
}

/** The sandbox control domain, or null when main does not offer it. */
export function getSandboxApi(): SandboxApi | null {
  return domain('sandbox');
}

/** The batch-run domain, or null when main does not offer it. */
export function getBatchApi(): BatchApi | null {
  return domain('batch');
}

/** The history domain, or null when main does not offer it. */
export function getHistoryApi(): HistoryApi | null {
  return domain('history');
}

/** The API console domain, or null when main does not offer it. */
export function getConsoleApi(): ConsoleApi | null {
  return domain('console');
}

/** The merchant-accounts domain, or null when main does not offer it. */
export function getMerchantsApi(): MerchantsApi | null {
  return domain('merchants');
}
