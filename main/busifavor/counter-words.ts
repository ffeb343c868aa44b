import type { CounterReason } from '../../common/ipc/channels/counter';
import { localized, type Localized } from '../../common/i18n';

/**
 * A refusal's reason from WeChat Pay's answer (§2.3, §2.7: the 400/404 message is the only
 * classifier the API gives), for the counter's one line and its colour.
 */
export function reasonOf(error: string | null, account: boolean): CounterReason {
  if (account) return 'account';
  const text = error ?? '';
  if (/已被?核销|已使用/.test(text)) return 'already_used';
  if (/可核销时间|已过期|已失效/.test(text)) return 'expired';
  if (/不属于该批次/.test(text)) return 'wrong_stock';
  if (/\/body\/stock_id|批次号/.test(text)) return 'stock_required';
  if (/不存在|未被用户领取|RESOURCE_NOT_EXISTS|NOT_FOUND/.test(text)) return 'unknown_code';
  return 'other';
}

/** The one line a cashier reads for a refusal (the WeChat Pay text goes to the developer detail). */
export function reasonLine(reason: CounterReason, code: string, fallback: Localized, extra: { otherMchid?: string } = {}): Localized {
  switch (reason) {
    case 'already_used':
      return fallback;
    case 'expired':
      return localized(`券码 ${code} 不在可用时间内（已过期、未到开始时间或已失效），不能核销。`, `Code ${code} is outside its valid time (expired, not yet valid or invalidated); it cannot be redeemed.`);
    case 'not_this_shop':
      return localized(
        `券码 ${code} 是商户号 ${extra.otherMchid ?? '—'} 的券，不是本店的券：请换成对应的商户号再核销。`,
        `Code ${code} belongs to merchant ${extra.otherMchid ?? '—'}, not this shop: switch to that merchant to redeem it.`,
      );
    case 'wrong_stock':
      return localized(`券码 ${code} 不属于所选的批次：请改选“按券码自动识别”或券所属的批次。`, `Code ${code} is not from the chosen stock: choose "find by code" or the coupon's own stock.`);
    case 'stock_required':
      return localized(
        `券码 ${code} 不是本机上传的，需要先选择它所属的批次（商户上传或指定券码的批次核销时必须指明批次）。`,
        `Code ${code} was not uploaded from this computer: choose its stock first (stocks with merchant-uploaded or merchant-assigned codes need the stock to redeem).`,
      );
    case 'unknown_code':
      return localized(
        `查不到券码 ${code}：可能输错了、不是本店的券，或顾客还没有领取这张券。`,
        `Code ${code} was not found: it may be mistyped, from another shop, or not yet received by the customer.`,
      );
    case 'account':
    case 'other':
      return fallback;
  }
}

/** 分 → "20" / "9.9" 元. */
const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.?0+$/, '');

/** The coupon's value in merchant words, from the stock's coupon_use_rule (§2.2). */
export function couponValue(stock: Record<string, unknown>): Localized {
  const rule = (stock.coupon_use_rule ?? {}) as Record<string, Record<string, number> | undefined>;
  const fixed = rule.fixed_normal_coupon;
  const discount = rule.discount_coupon;
  const exchange = rule.exchange_coupon;
  const min = (r: Record<string, number>) => r.transaction_minimum ?? 0;
  if (fixed) {
    const amount = yuan(fixed.discount_amount ?? 0);
    return min(fixed) > 0 ? localized(`满 ${yuan(min(fixed))} 元减 ${amount} 元`, `¥${amount} off orders of ¥${yuan(min(fixed))} or more`) : localized(`减 ${amount} 元`, `¥${amount} off`);
  }
  if (discount) {
    const zhe = ((discount.discount_percent ?? 100) / 10).toString();
    const off = 100 - (discount.discount_percent ?? 100);
    return min(discount) > 0 ? localized(`满 ${yuan(min(discount))} 元打 ${zhe} 折`, `${off}% off orders of ¥${yuan(min(discount))} or more`) : localized(`打 ${zhe} 折`, `${off}% off`);
  }
  if (exchange) return localized(`${yuan(exchange.exchange_price ?? 0)} 元换购`, `Exchange for ¥${yuan(exchange.exchange_price ?? 0)}`);
  return localized('商家券', 'Merchant coupon');
}
