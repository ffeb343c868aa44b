import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { ResolvedMerchant } from './merchants';

/** An uploaded merchant code (§2.3 couponcodes). */
export interface StockCode {
  readonly code: string;
  status: 'AVAILABLE' | 'DISPATCHED';
  readonly uploadTime: number;
  dispatchedTime?: number;
  openid?: string;
}

/** A coupon a simulated user holds (§6.2 "simulated receipt"). */
export interface HeldCoupon {
  readonly code: string;
  readonly stockId: string;
  readonly openid: string;
  readonly sendTime: number;
  state: 'SENDED' | 'USED' | 'DEACTIVATED';
  useTime?: number;
  deactivateTime?: number;
}

/** One stock as created, with what changed since. */
export interface Stock {
  readonly stockId: string;
  /** The create body as received (raw text) and as it stands after modifications. */
  readonly rawBody: string;
  body: Record<string, unknown>;
  readonly createTime: number;
  maxCoupons: number;
  maxCouponsByDay: number | undefined;
  readonly codes: Map<string, StockCode>;
  /** Sends per China day (`YYYY-MM-DD`) and in total. */
  readonly sendsByDay: Map<number, number>;
  totalSent: number;
}

/** A request-number's first answer, replayed to a repeat (out_request_no, upload_request_no…). */
export interface Replay {
  /** The request body as compared for "same request": its canonical JSON. */
  readonly fingerprint: string;
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
}

/** A COUPON.SEND callback the simulator would have posted, kept for the app to show (§2.6, §6.2). */
export interface CallbackRecord {
  readonly notifyUrl: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body bytes signed, as UTF-8 text. */
  readonly body: string;
}

/** Everything the simulator knows about one merchant. */
export interface MerchantState {
  config: ResolvedMerchant;
  /** The merchant certificate's public key: request signatures are checked with it. */
  merchantPublicKey: KeyObject;
  wechatpayPrivateKey: KeyObject;
  readonly stocks: Map<string, Stock>;
  /** Replays keyed by `kind:number`, e.g. `create:1900…0001`, `upload:<stock>:<no>`. */
  readonly replays: Map<string, Replay>;
  readonly coupons: Map<string, HeldCoupon>;
  /** media_url values this merchant's image uploads returned. */
  readonly images: Set<string>;
  notify: { url: string; updateTime: number } | undefined;
  readonly callbacks: CallbackRecord[];
  nextStockSerial: number;
}

/** A fresh merchant state with its keys loaded. */
export function createMerchantState(config: ResolvedMerchant): MerchantState {
  return {
    config,
    ...keysOf(config),
    stocks: new Map(),
    replays: new Map(),
    coupons: new Map(),
    images: new Set(),
    notify: undefined,
    callbacks: [],
    nextStockSerial: 1,
  };
}

/** The key objects of a configuration (again after a change of keys). */
export function keysOf(config: ResolvedMerchant): { merchantPublicKey: KeyObject; wechatpayPrivateKey: KeyObject } {
  return {
    merchantPublicKey: createPublicKey(config.merchantCertificate.certificatePem),
    wechatpayPrivateKey: createPrivateKey(config.wechatpayKey.privateKeyPem),
  };
}

/** The simulator's part of the sandbox state. */
export interface PayState {
  readonly merchants: Map<string, MerchantState>;
}
