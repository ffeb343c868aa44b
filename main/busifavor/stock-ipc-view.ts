import type { StockView } from '../../common/ipc/channels/stocks';
import type { z } from 'zod';
import type { stockAnswer } from '../wechatpay/schemas';

type StockAnswer = z.infer<typeof stockAnswer>;
type Obj = Record<string, unknown>;

const obj = (value: unknown): Obj => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * GET stocks/{stock_id} as the detail shows it (§2.2, §2.3): the state and counts WeChat Pay
 * answered now, and the modifiable fields read from the same answer (it echoes every create field).
 */
export function stockViewOf(answer: StockAnswer, at: { accountId: string; mchid: string; redeemedHere: number; now: number }): StockView {
  const raw = answer as Obj;
  const useRule = obj(raw.coupon_use_rule);
  const display = obj(raw.display_pattern_info);
  const sendRule = obj(raw.stock_send_rule);
  const end = Date.parse(text(obj(useRule.coupon_available_time).available_end_time));
  return {
    accountId: at.accountId,
    mchid: at.mchid,
    stockId: answer.stock_id,
    name: answer.stock_name,
    stockType: answer.stock_type,
    state: answer.stock_state,
    codeMode: answer.coupon_code_mode,
    maxCoupons: answer.stock_send_rule.max_coupons,
    maxCouponsByDay: answer.stock_send_rule.max_coupons_by_day ?? null,
    maxCouponsPerUser: answer.stock_send_rule.max_coupons_per_user ?? null,
    sent: { total: answer.send_count_information?.total_send_num ?? 0, today: answer.send_count_information?.today_send_num ?? 0 },
    redeemedHere: at.redeemedHere,
    editable: {
      goodsName: text(raw.goods_name),
      comment: text(raw.comment),
      description: text(display.description),
      useMethod: text(useRule.use_method),
      miniProgramsAppid: text(useRule.mini_programs_appid),
      miniProgramsPath: text(useRule.mini_programs_path),
      preventApiAbuse: sendRule.prevent_api_abuse === true,
      backgroundColor: text(display.background_color),
    },
    availableEnd: Number.isFinite(end) ? end : null,
    refreshedAt: at.now,
  };
}
