import type { PayCellEvent } from '../../common/ipc/channels/sandbox';
import type { ResolvedAccount } from './accounts';
import { CardStore } from './card-store';
import type { WxError } from './errors';

/** A review decision pushed as an event (§5: card_pass_check / card_not_pass_check). */
export interface ReviewEvent {
  readonly event: 'card_pass_check' | 'card_not_pass_check';
  readonly cardId: string;
  readonly refuseReason?: string;
  /** Virtual ms. */
  readonly at: number;
}

/** A card/create the sandbox refused, for differential tests. */
export interface CreateRejection {
  readonly errcode: number;
  readonly path: string | undefined;
  readonly at: number;
}

/** A QR code created by card/qrcode/create. */
export interface QrCodeRecord {
  readonly ticket: string;
  readonly actionName: 'QR_CARD' | 'QR_MULTIPLE_CARD';
  readonly cardIds: readonly string[];
  readonly expireSeconds: number;
  readonly url: string;
  readonly at: number;
}

/** Everything the sandbox keeps for one account besides tokens and quota counters. */
export interface AccountState {
  config: ResolvedAccount;
  readonly cards: CardStore;
  readonly rejections: CreateRejection[];
  readonly reviewEvents: ReviewEvent[];
  /** Payments through pay cells (paycell-payment.ts), oldest first. */
  readonly payCellEvents: PayCellEvent[];
  testWhitelist: { openid: string[]; username: string[] };
  readonly qrcodes: QrCodeRecord[];
  /** clear_quota uses per China month (§3.7). */
  clearQuota: { monthKey: number; used: number };
}

/** A fresh state for an account. */
export function createAccountState(config: ResolvedAccount): AccountState {
  return {
    config,
    cards: new CardStore(),
    rejections: [],
    reviewEvents: [],
    payCellEvents: [],
    testWhitelist: { openid: [], username: [] },
    qrcodes: [],
    clearQuota: { monthKey: -1, used: 0 },
  };
}

/** Records a refused card/create. */
export function recordRejection(account: AccountState, error: WxError, at: number): void {
  account.rejections.push({ errcode: error.errcode, path: error.path, at });
}
