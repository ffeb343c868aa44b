import { randomBytes } from 'node:crypto';
import { toChinaRfc3339 } from '../../common/busifavor/rfc3339';
import { localized, type Localized } from '../../common/i18n';
import type { RedemptionRow, RedemptionsStore } from '../history/redemptions-store';
import type { PayFailure } from '../wechatpay';
import type { MerchantClient } from './merchant-clients';
import { payMessage, verdictOf } from './pay-outcome';

/** Replays of a redemption whose answer was lost, with the same use_request_no, before giving up for now. */
const MAX_REPLAYS = 4;

/** What a redemption came to, in words a cashier reads; `row` is the log entry. */
export type Redemption =
  | { readonly kind: 'used'; readonly row: RedemptionRow; readonly message: Localized }
  /** Redeemed before (here, at `at`, or elsewhere): explained, not an error. */
  | { readonly kind: 'already_used'; readonly row: RedemptionRow | undefined; readonly at: string | null; readonly message: Localized }
  | { readonly kind: 'refused'; readonly row: RedemptionRow | undefined; readonly message: Localized; readonly account: boolean }
  /** No answer even after replays: kept `pending`, replayed first by the next redemption of the code. */
  | { readonly kind: 'unknown'; readonly row: RedemptionRow; readonly message: Localized };

/** What the service works with. */
export interface RedeemDeps {
  readonly store: RedemptionsStore;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly replayDelayMs?: number;
}

/** "2026-01-15T12:01:00+08:00" as a cashier reads it. */
const shown = (rfc3339: string | null) => (rfc3339 ? rfc3339.replace('T', ' ').replace(/\+08:00$/, '') : null);

/** WeChat Pay's refusal of a coupon already redeemed (§2.3: "券已被核销"). */
const ALREADY_USED = /已被?核销|已使用|USED/;

function alreadyUsed(code: string, at: string | null): Localized {
  const when = shown(at);
  return when
    ? localized(`券码 ${code} 已于 ${when} 核销，不能再次核销。`, `Code ${code} was already redeemed at ${when}; it cannot be redeemed again.`)
    : localized(`券码 ${code} 已经核销过（不是在本机核销的），不能再次核销。`, `Code ${code} was already redeemed (not on this computer); it cannot be redeemed again.`);
}

/**
 * Counter redemption of 商家券 (wechatpay-merchant-coupons-and-member-cards.md §2.3 coupons/use),
 * for the CLI now and the renderer's counter over IPC later. The use_request_no and use_time are
 * committed to the redemption log before the call; a lost answer is replayed with both unchanged,
 * so a coupon is never redeemed twice by a retry; a redemption left without an answer is replayed
 * before the same code is redeemed again.
 */
export function createRedeemService(deps: RedeemDeps) {
  const { store } = deps;

  /** Sends (or replays) a committed redemption until it has an answer or the replays run out. */
  async function send(merchant: MerchantClient, row: RedemptionRow, appid: string): Promise<Redemption> {
    let failure: PayFailure | undefined;
    for (let replay = 0; replay <= MAX_REPLAYS; replay++) {
      if (replay > 0) await deps.sleep(deps.replayDelayMs ?? 300);
      // stock_id is required only for MERCHANT_UPLOAD / MERCHANT_API stocks (§2.3): '' sends none.
      const stock = row.stockId ? { stock_id: row.stockId } : {};
      const answer = await merchant.pay.useCoupon({ coupon_code: row.code, ...stock, appid, use_time: row.useTime, use_request_no: row.useRequestNo });
      if (answer.ok) {
        const settled = { state: 'used' as const, wechatpayUseTime: answer.value.wechatpay_use_time, openid: answer.value.openid ?? null, error: null };
        const stockId = row.stockId || answer.value.stock_id;
        await store.settleRedemption(row.useRequestNo, { ...settled, stockId }, deps.now());
        const done = { ...row, ...settled, stockId };
        return { kind: 'used', row: done, message: localized(`券码 ${row.code} 核销成功（${shown(settled.wechatpayUseTime)}）。`, `Code ${row.code} redeemed (${shown(settled.wechatpayUseTime)}).`) };
      }
      failure = answer.error;
      const verdict = verdictOf(failure);
      if (verdict !== 'maybe' && verdict !== 'retry') break;
    }
    if (!failure || verdictOf(failure) === 'maybe' || verdictOf(failure) === 'retry') {
      return { kind: 'unknown', row, message: localized(`券码 ${row.code} 的核销没有收到应答：结果未知，稍后再核销这个券码时会先用原单号核对，不会重复核销。`, `No answer for the redemption of code ${row.code}: the outcome is unknown. Redeeming the code again first checks under the original number, never twice.`) };
    }
    const message = failure.kind === 'api' ? failure.message : '';
    if (failure.kind === 'api' && ALREADY_USED.test(message)) {
      await store.settleRedemption(row.useRequestNo, { state: 'already_used', wechatpayUseTime: null, openid: null, error: `${failure.code}: ${message}` }, deps.now());
      const earlier = store.redemptionsOf(row.mchid, row.code).find((r) => r.state === 'used');
      return { kind: 'already_used', row: earlier, at: earlier?.wechatpayUseTime ?? null, message: alreadyUsed(row.code, earlier?.wechatpayUseTime ?? null) };
    }
    const account = verdictOf(failure) === 'account';
    if (!account) await store.settleRedemption(row.useRequestNo, { state: 'refused', wechatpayUseTime: null, openid: null, error: failure.kind === 'api' ? `${failure.code}: ${message}` : failure.code }, deps.now());
    return { kind: 'refused', row, message: payMessage(failure), account };
  }

  return {
    /** Redeems `code` of `stockId` (typed or scanned; surrounding whitespace is the scanner's, not the code's). */
    async redeem(merchant: MerchantClient, stockId: string, scanned: string): Promise<Redemption> {
      const code = scanned.replace(/[\r\n]+$/, '').trim();
      const appid = merchant.appid;
      if (!appid) {
        return { kind: 'refused', row: undefined, account: true, message: localized('这个商户号没有绑定 AppID，无法核销：请在商户账号中填写与商户号绑定的 AppID。', 'This merchant has no bound AppID, so nothing can be redeemed: enter the AppID bound to the mchid in the merchant account.') };
      }
      const earlier = store.redemptionsOf(merchant.mchid, code);
      // An earlier redemption without an answer is settled first, with its own number.
      const open = earlier.find((r) => r.state === 'pending' && r.stockId === stockId);
      if (open) return send(merchant, open, appid);
      const used = earlier.find((r) => r.state === 'used');
      if (used) return { kind: 'already_used', row: used, at: used.wechatpayUseTime, message: alreadyUsed(code, used.wechatpayUseTime) };
      const now = deps.now();
      const row: RedemptionRow = {
        useRequestNo: `${merchant.mchid}R${randomBytes(12).toString('hex')}`,
        accountId: merchant.accountId,
        mchid: merchant.mchid,
        stockId,
        code,
        state: 'pending',
        requestedAt: now,
        useTime: toChinaRfc3339(Math.floor(now / 1000)),
        answeredAt: null,
        wechatpayUseTime: null,
        openid: null,
        error: null,
      };
      const committed = await store.beginRedemption(row);
      if (!committed.ok) return { kind: 'refused', row: undefined, account: false, message: committed.error.message };
      return send(merchant, row, appid);
    },
    /** The log, newest first (`search`: part of a code or a stock id). */
    log: (query: { mchid?: string; search?: string; limit?: number }) => store.redemptionLog(query),
  };
}

/** The service's type. */
export type RedeemService = ReturnType<typeof createRedeemService>;
