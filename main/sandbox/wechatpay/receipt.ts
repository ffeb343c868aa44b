// A simulated user receiving a coupon, as 支付有礼 or a mini program would hand it out, and the
// COUPON.SEND callback it causes: encrypted and signed, kept for the app to show (§2.6, §6.2).
import { randomInt } from 'node:crypto';
import { err, ok, type Result } from '../../../common/result';
import { sealResource } from './seal';
import { chinaDayKey } from '../china-time';
import { randomHex } from '../random';
import { chinaTime } from './pay-context';
import { signatureHeaders } from './pay-envelope';
import type { MerchantState } from './pay-state';
import { stockState } from './stock-handlers';

/** What the sandbox control asks for. */
export interface ReceiptRequest {
  readonly stockId: string;
  /** Default: a fresh simulated openid. */
  readonly openid?: string;
  /** MERCHANT_API stocks: the code the merchant's channel assigns. */
  readonly couponCode?: string;
  readonly channel?: string;
}

/** Hands one coupon of a RUNNING stock to a user, within the send rules; records the callback. */
export function receiveCoupon(merchant: MerchantState, request: ReceiptRequest, now: number): Result<{ couponCode: string; openid: string }, string> {
  const stock = merchant.stocks.get(request.stockId);
  if (!stock) return err(`unknown stock ${request.stockId}`);
  const state = stockState({ now, merchant }, stock);
  if (state !== 'RUNNING') return err(`stock ${stock.stockId} is ${state}`);
  if (stock.totalSent >= stock.maxCoupons) return err('max_coupons reached');
  const day = chinaDayKey(now);
  if (stock.maxCouponsByDay !== undefined && (stock.sendsByDay.get(day) ?? 0) >= stock.maxCouponsByDay) return err('max_coupons_by_day reached');
  const openid = request.openid ?? `oSandbox${randomHex(20)}`;
  const perUser = (stock.body.stock_send_rule as { max_coupons_per_user: number }).max_coupons_per_user;
  const held = [...merchant.coupons.values()].filter((c) => c.stockId === stock.stockId && c.openid === openid).length;
  if (held >= perUser) return err('max_coupons_per_user reached');
  let couponCode: string;
  if (stock.body.coupon_code_mode === 'MERCHANT_UPLOAD') {
    const code = [...stock.codes.values()].find((c) => c.status === 'AVAILABLE');
    if (!code) return err('no uploaded code left');
    code.status = 'DISPATCHED';
    code.dispatchedTime = now;
    code.openid = openid;
    couponCode = code.code;
  } else if (stock.body.coupon_code_mode === 'MERCHANT_API') {
    if (!request.couponCode || merchant.coupons.has(request.couponCode)) return err('MERCHANT_API stocks need a new couponCode');
    couponCode = request.couponCode;
  } else {
    do couponCode = Array.from({ length: 22 }, () => randomInt(10)).join('');
    while (merchant.coupons.has(couponCode));
  }
  merchant.coupons.set(couponCode, { code: couponCode, stockId: stock.stockId, openid, sendTime: now, state: 'SENDED' });
  stock.totalSent += 1;
  stock.sendsByDay.set(day, (stock.sendsByDay.get(day) ?? 0) + 1);
  recordCallback(merchant, { stockId: stock.stockId, couponCode, openid, channel: request.channel ?? 'BUSICOUPON_SEND_CHANNEL_PAYGIFT' }, now);
  return ok({ couponCode, openid });
}

function recordCallback(merchant: MerchantState, sent: { stockId: string; couponCode: string; openid: string; channel: string }, now: number): void {
  const plain = JSON.stringify({
    event_type: 'EVENT_TYPE_BUSICOUPON_SEND',
    coupon_code: sent.couponCode,
    stock_id: sent.stockId,
    send_time: chinaTime(now),
    openid: sent.openid,
    unionid: '',
    send_channel: sent.channel,
    send_merchant: merchant.config.mchid,
    attach_info: {},
  });
  const body = JSON.stringify({
    id: `${randomHex(8)}-${randomHex(4)}-${randomHex(4)}-${randomHex(4)}-${randomHex(12)}`,
    create_time: chinaTime(now),
    event_type: 'COUPON.SEND',
    resource_type: 'encrypt-resource',
    summary: '商家券用户领券通知',
    resource: { original_type: 'coupon', ...sealResource(plain, merchant.config.apiv3Key, 'coupon') },
  });
  // Migrating merchants' callbacks switch between the two keys (§3.3); here they alternate.
  const migratingPick = merchant.callbacks.length % 2 === 0 ? merchant.config.wechatpayPublicKeyId : undefined;
  const serial = merchant.config.mode === 'migrating' ? migratingPick : undefined;
  merchant.callbacks.push({ notifyUrl: merchant.notify?.url, headers: signatureHeaders(merchant, serial, body, now), body });
}
