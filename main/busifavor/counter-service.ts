import { isStockType } from '../../common/busifavor/record-kind';
import type { CounterRedeemResult, CounterRedemptionView } from '../../common/ipc/channels/counter';
import type { HistoryStore } from '../history/history-store';
import type { RedemptionRow } from '../history/redemptions-store';
import { couponValue, reasonLine, reasonOf } from './counter-words';
import type { MerchantClient } from './merchant-clients';
import { createRedeemService } from './redeem-service';

/** What the counter works with: the history (redemption log, uploaded codes, stocks) and a clock. */
export interface CounterServiceDeps {
  readonly history: HistoryStore;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly replayDelayMs?: number;
}

type Coupon = NonNullable<Extract<CounterRedeemResult, { kind: 'used' }>['coupon']>;

/**
 * The 核销台 over the redeem service (which commits use_request_no before the call, §2.3):
 * redemptions of one code run one after another, so a code scanned twice waits for the first
 * answer and is then told "already redeemed" — never sent twice; the stock of a scanned code is
 * found in the uploaded codes when the cashier chose none.
 */
export function createCounterService(deps: CounterServiceDeps) {
  const redeemer = createRedeemService({ store: deps.history, now: deps.now, sleep: deps.sleep, ...(deps.replayDelayMs === undefined ? {} : { replayDelayMs: deps.replayDelayMs }) });
  const inFlight = new Map<string, Promise<unknown>>();
  const coupons = new Map<string, Coupon>();

  /** Runs `work` after every earlier redemption of the same merchant and code has settled. */
  function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = inFlight.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const tail = run.catch(() => undefined);
    inFlight.set(key, tail);
    void tail.then(() => {
      if (inFlight.get(key) === tail) inFlight.delete(key);
    });
    return run;
  }

  /** The stock's name and value (GET stocks/{stock_id}, once per stock); null when it cannot be read. */
  async function couponOf(merchant: MerchantClient, stockId: string): Promise<Coupon | null> {
    if (!stockId) return null;
    const known = coupons.get(`${merchant.mchid}/${stockId}`);
    if (known) return known;
    const read = await merchant.pay.getStock(stockId);
    const title = deps.history.byCardId(stockId)?.title ?? null;
    if (!read.ok) return title ? { stockId, name: title, value: couponValue({}) } : null;
    const coupon = { stockId, name: read.value.stock_name, value: couponValue(read.value) };
    coupons.set(`${merchant.mchid}/${stockId}`, coupon);
    return coupon;
  }

  /** The stock to send: the chosen one, an open redemption's, an uploaded code's, or none (WECHATPAY_MODE). */
  function stockFor(merchant: MerchantClient, code: string, chosen: string | undefined): { stockId: string } | { otherMchid: string } {
    if (chosen) return { stockId: chosen };
    const open = deps.history.redemptionsOf(merchant.mchid, code).find((r) => r.state === 'pending');
    if (open) return { stockId: open.stockId };
    const uploaded = deps.history.stocksOfCode(code);
    const ours = uploaded.find((u) => u.mchid === merchant.mchid);
    if (ours) return { stockId: ours.stockId };
    const other = uploaded[0];
    // Uploaded from here to another merchant only: not this shop's coupon, nothing is sent.
    if (other) return { otherMchid: other.mchid };
    return { stockId: '' };
  }

  async function redeemNow(merchant: MerchantClient, code: string, chosen: string | undefined): Promise<CounterRedeemResult> {
    const stock = stockFor(merchant, code, chosen);
    if ('otherMchid' in stock) {
      const message = reasonLine('not_this_shop', code, { 'zh-CN': '', en: '' }, { otherMchid: stock.otherMchid });
      return { kind: 'refused', code, reason: 'not_this_shop', at: null, coupon: null, message, detail: null };
    }
    const result = await redeemer.redeem(merchant, stock.stockId, code);
    switch (result.kind) {
      case 'used':
        return { kind: 'used', code, at: result.row.wechatpayUseTime, coupon: await couponOf(merchant, result.row.stockId), message: result.message };
      case 'already_used':
        return { kind: 'refused', code, reason: 'already_used', at: result.at, coupon: result.row ? await couponOf(merchant, result.row.stockId) : null, message: result.message, detail: null };
      case 'unknown':
        return { kind: 'unknown', code, message: result.message };
      case 'refused': {
        // The settled row holds WeChat Pay's code and message (the result carries the row as committed).
        const settled = result.row ? deps.history.redemptionsOf(merchant.mchid, code).find((r) => r.useRequestNo === result.row?.useRequestNo) : undefined;
        const detail = settled?.error ?? null;
        const reason = reasonOf(detail ?? result.message['zh-CN'], result.account);
        return { kind: 'refused', code, reason, at: null, coupon: null, message: reasonLine(reason, code, result.message), detail };
      }
    }
  }

  const keyOf = (merchant: MerchantClient, code: string) => `${merchant.mchid}\u0000${code}`;

  return {
    /** Redeems a scanned code (a scanner's line end and spaces around it are not part of it). */
    redeem(merchant: MerchantClient, scanned: string, stockId?: string): Promise<CounterRedeemResult> {
      const code = scanned.replace(/[\r\n]+$/, '').trim();
      return serial(keyOf(merchant, code), () => redeemNow(merchant, code, stockId));
    },
    /** The merchant's redemption log, newest first, with each stock's name from the history. */
    recent(merchant: MerchantClient, limit = 50): CounterRedemptionView[] {
      return deps.history.redemptionLog({ mchid: merchant.mchid, limit }).map((r: RedemptionRow) => ({
        useRequestNo: r.useRequestNo,
        code: r.code,
        stockId: r.stockId,
        stockName: (r.stockId ? deps.history.byCardId(r.stockId)?.title : null) ?? coupons.get(`${merchant.mchid}/${r.stockId}`)?.name ?? null,
        state: r.state,
        at: r.wechatpayUseTime ?? r.useTime,
        error: r.error,
      }));
    },
    /** The stocks this merchant account created, newest first. */
    stocks(accountId: string): { stockId: string; name: string | null }[] {
      const seen = new Set<string>();
      const out: { stockId: string; name: string | null }[] = [];
      for (const r of deps.history.matching({ accountId }, 'newest')) {
        if (!isStockType(r.cardType) || !r.cardId || seen.has(r.cardId)) continue;
        seen.add(r.cardId);
        out.push({ stockId: r.cardId, name: r.title });
      }
      return out;
    },
    /** Replays every redemption left without an answer, each under its own number. */
    async reconcile(merchant: MerchantClient): Promise<{ settled: number; stillUnknown: number }> {
      const open = deps.history.openRedemptions(merchant.mchid);
      for (const row of open) await serial(keyOf(merchant, row.code), () => redeemer.redeem(merchant, row.stockId, row.code));
      const stillUnknown = deps.history.openRedemptions(merchant.mchid).length;
      return { settled: open.length - stillUnknown, stillUnknown };
    },
  };
}

/** The service's type. */
export type CounterService = ReturnType<typeof createCounterService>;
