import type { CouponStudioApi } from '../../../common/ipc/api';

export type { CouponStudioApi } from '../../../common/ipc/api';
export type { IpcError, IpcResult } from '../../../common/ipc/envelope';

declare global {
  interface Window {
    /** Installed by the preload (Electron) or the harness shim (web); absent in a plain browser. */
    readonly couponStudio?: CouponStudioApi;
  }
}

/** The bridge to main, or null when the page runs without one; the only reader of window.couponStudio. */
export function getApi(): CouponStudioApi | null {
  return window.couponStudio ?? null;
}
