// Create, query, modify and budget of busifavor stocks (§2.2, §2.3, §6.2).
import { chinaDayKey } from '../china-time';
import { canonical, chinaTime, jsonBody, remember, replayed, replayOf, type PayContext } from './pay-context';
import { invalidRequest, noContent, notFound, okBody, paramError, type PayReply } from './pay-envelope';
import type { Stock } from './pay-state';
import { checkCreateStock, checkPresentation, checkUseMethod, unboundAppid } from './stock-rules';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ok = (ctx: PayContext, body: Obj) => okBody(ctx.merchant, body, ctx.requestSerial);

function ruleContext(ctx: PayContext) {
  const config = ctx.merchant.config;
  return { mchid: config.mchid, images: ctx.merchant.images, colorCase: config.colorCase, boundAppids: new Set(config.appid ? [config.appid] : []) };
}

/** The stock a path names, if this merchant created it. */
export function stockOf(ctx: PayContext): Stock | undefined {
  return ctx.merchant.stocks.get(ctx.params.stock_id ?? '');
}

function endMs(stock: Stock): number {
  const rule = stock.body.coupon_use_rule as { coupon_available_time: { available_end_time: string } };
  return Date.parse(rule.coupon_available_time.available_end_time);
}

/** UNAUDIT for the merchant's audit window, then RUNNING; STOPED [sic] after the end time (§2.2). */
export function stockState(ctx: Pick<PayContext, 'now' | 'merchant'>, stock: Stock): 'UNAUDIT' | 'RUNNING' | 'STOPED' {
  if (ctx.now < stock.createTime + ctx.merchant.config.auditSeconds * 1000) return 'UNAUDIT';
  return ctx.now >= endMs(stock) ? 'STOPED' : 'RUNNING';
}

/** POST /v3/marketing/busifavor/stocks: validate, then create once per out_request_no (§6.2). */
export function handleCreateStock(ctx: PayContext): PayReply {
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const body = parsed.value;
  const requestNo = typeof body.out_request_no === 'string' ? body.out_request_no : undefined;
  const key = `create:${requestNo ?? ''}`;
  const earlier = requestNo ? replayOf(ctx, key) : undefined;
  if (earlier) {
    if (earlier.fingerprint === canonical(body) || ctx.merchant.config.replayWithOtherBody === 'original-answer') return replayed(ctx, earlier);
    return invalidRequest('商户请求单号 out_request_no 已使用,且与原请求参数不一致');
  }
  const broken = checkCreateStock(body, ruleContext(ctx));
  if (broken) return broken;
  const merchant = ctx.merchant;
  const stockId = `12${merchant.config.mchid.slice(-4)}${String(merchant.nextStockSerial++).padStart(10, '0')}`;
  const send = body.stock_send_rule as Obj;
  merchant.stocks.set(stockId, {
    stockId,
    rawBody: ctx.body.toString('utf8'),
    body: structuredClone(body),
    createTime: ctx.now,
    maxCoupons: send.max_coupons as number,
    maxCouponsByDay: send.max_coupons_by_day as number | undefined,
    codes: new Map(),
    sendsByDay: new Map(),
    totalSent: 0,
  });
  return remember(ctx, key, canonical(body), ok(ctx, { stock_id: stockId, create_time: chinaTime(ctx.now) }));
}

function sentAmount(stock: Stock, count: number): number {
  const rule = stock.body.coupon_use_rule as Obj;
  const normal = rule.fixed_normal_coupon as { discount_amount?: number } | undefined;
  return normal?.discount_amount ? normal.discount_amount * count : 0;
}

/** GET …/stocks/{stock_id}: every create field, the state and the send counts (§2.3). */
export function handleQueryStock(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const { out_request_no: _requestNo, ...fields } = stock.body;
  const today = stock.sendsByDay.get(chinaDayKey(ctx.now)) ?? 0;
  const sendRule = { ...(fields.stock_send_rule as Obj), max_coupons: stock.maxCoupons, ...(stock.maxCouponsByDay === undefined ? {} : { max_coupons_by_day: stock.maxCouponsByDay }) };
  return ok(ctx, {
    ...fields,
    stock_send_rule: sendRule,
    stock_id: stock.stockId,
    stock_state: stockState(ctx, stock),
    send_count_information: {
      total_send_num: stock.totalSent,
      total_send_amount: sentAmount(stock, stock.totalSent),
      today_send_num: today,
      today_send_amount: sentAmount(stock, today),
    },
  });
}

/** What modify may change (§2.3): everything else in the body is refused by name. */
const MODIFIABLE = new Set(['out_request_no', 'custom_entrance', 'comment', 'goods_name', 'display_pattern_info', 'coupon_use_rule', 'stock_send_rule', 'notify_config']);

/** PATCH …/stocks/{stock_id}: the modifiable fields only, before the end time; 204 (§2.3, §6.2). */
export function handleModifyStock(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const patch = parsed.value;
  if (typeof patch.out_request_no !== 'string' || patch.out_request_no === '') return paramError('输入源"/body/out_request_no"映射到字段"商户请求单号"必填性规则校验失败,此字段为必填项');
  const key = `modify:${stock.stockId}:${patch.out_request_no}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return replayed(ctx, earlier);
  const refused = Object.keys(patch).find((k) => !MODIFIABLE.has(k));
  if (refused) return invalidRequest(`${refused} 不可修改`);
  if (ctx.now >= endMs(stock)) return invalidRequest('批次已过可核销结束时间,不可修改');
  const display = patch.display_pattern_info;
  if (isObj(display) && (display.merchant_logo_url !== undefined || display.merchant_name !== undefined)) return invalidRequest('商户logo和商户名称不可修改');
  const entrance = patch.custom_entrance;
  if (isObj(entrance) && entrance.store_id !== undefined) return invalidRequest('custom_entrance.store_id 不可修改');
  const useRule = patch.coupon_use_rule;
  if (isObj(useRule) && Object.keys(useRule).some((k) => !['use_method', 'mini_programs_appid', 'mini_programs_path'].includes(k))) return invalidRequest('coupon_use_rule 只可修改核销方式和核销小程序');
  const sendRule = patch.stock_send_rule;
  if (isObj(sendRule) && Object.keys(sendRule).some((k) => k !== 'prevent_api_abuse')) return invalidRequest('stock_send_rule 只可修改 prevent_api_abuse,库存请用修改批次预算');
  const merged = mergeStock(stock.body, patch);
  const rules = ruleContext(ctx);
  const broken = checkPresentation(merged, rules) ?? checkUseMethod(merged.coupon_use_rule as Obj) ?? unboundAppid(merged, rules);
  if (broken) return broken;
  for (const [field, label, max] of [['comment', '批次备注', 20], ['goods_name', '适用商品范围', 15]] as const) {
    const value = merged[field];
    if (value !== undefined && (typeof value !== 'string' || [...value].length > max)) return paramError(`输入源"/body/${field}"映射到字符串字段"${label}"规则校验失败,大于最大值 ${max}`, value);
  }
  stock.body = merged;
  return remember(ctx, key, canonical(patch), noContent(ctx.merchant, ctx.requestSerial));
}

function mergeStock(body: Obj, patch: Obj): Obj {
  const merged: Obj = structuredClone(body);
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'out_request_no') continue;
    merged[key] = isObj(value) && isObj(merged[key]) ? { ...(merged[key] as Obj), ...value } : value;
  }
  return merged;
}

/** PATCH …/budget: one dimension per call, with its current value (optimistic concurrency, §2.3). */
export function handleBudget(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const b = parsed.value;
  if (typeof b.modify_budget_request_no !== 'string' || b.modify_budget_request_no === '') {
    return paramError('输入源"/body/modify_budget_request_no"映射到字段"修改预算请求单据号"必填性规则校验失败,此字段为必填项');
  }
  const key = `budget:${stock.stockId}:${b.modify_budget_request_no}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return replayed(ctx, earlier);
  const total = b.target_max_coupons !== undefined;
  const byDay = b.target_max_coupons_by_day !== undefined;
  if (total === byDay) return invalidRequest('target_max_coupons 与 target_max_coupons_by_day 须且仅须填写一个');
  if (ctx.now >= endMs(stock)) return invalidRequest('批次已过可核销结束时间,不可修改预算');
  const target = total ? b.target_max_coupons : b.target_max_coupons_by_day;
  const current = total ? b.current_max_coupons : b.current_max_coupons_by_day;
  const field = total ? 'target_max_coupons' : 'target_max_coupons_by_day';
  if (typeof target !== 'number' || !Number.isInteger(target) || target < 1 || target > 1_000_000_000) return paramError(`输入源"/body/${field}"映射到数值字段规则校验失败,取值 1~1000000000`, target);
  if (current !== (total ? stock.maxCoupons : stock.maxCouponsByDay)) return invalidRequest('批次库存的当前值错误,请获取批次详情查看最新值');
  if (total && target < Math.max(stock.totalSent, stock.codes.size)) return invalidRequest('批次总个数不能小于已发放个数或已上传的code个数');
  if (total) stock.maxCoupons = target;
  else stock.maxCouponsByDay = target;
  return remember(ctx, key, canonical(b), ok(ctx, { max_coupons: stock.maxCoupons, ...(stock.maxCouponsByDay === undefined ? {} : { max_coupons_by_day: stock.maxCouponsByDay }) }));
}
