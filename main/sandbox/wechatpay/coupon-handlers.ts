// Redemption, deactivation, server-side send and the notify URL (§2.3, §2.6, §6.2).
import { canonical, chinaTime, jsonBody, remember, replayed, replayOf, type PayContext } from './pay-context';
import { invalidRequest, notFound, okBody, paramError, payError, type PayReply } from './pay-envelope';

const requiredText = (body: Record<string, unknown>, key: string, label: string): PayReply | undefined =>
  typeof body[key] === 'string' && body[key] !== '' ? undefined : paramError(`输入源"/body/${key}"映射到字段"${label}"必填性规则校验失败,此字段为必填项`);

/** POST coupons/use: the coupon must be held by a user, in this stock, unused and in its window; use_request_no idempotent. */
export function handleUseCoupon(ctx: PayContext): PayReply {
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const b = parsed.value;
  const missing = requiredText(b, 'coupon_code', '券code') ?? requiredText(b, 'appid', '公众账号ID') ?? requiredText(b, 'use_time', '请求核销时间') ?? requiredText(b, 'use_request_no', '核销请求单据号');
  if (missing) return missing;
  if (b.appid !== ctx.merchant.config.appid) return invalidRequest('appid 与商户号不存在绑定关系');
  const key = `use:${String(b.use_request_no)}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return earlier.fingerprint === canonical(b) ? replayed(ctx, earlier) : invalidRequest('核销请求单据号 use_request_no 已使用,且与原请求参数不一致');
  const coupon = ctx.merchant.coupons.get(String(b.coupon_code));
  const stockId = typeof b.stock_id === 'string' ? b.stock_id : undefined;
  const stock = coupon ? ctx.merchant.stocks.get(coupon.stockId) : undefined;
  if (!coupon || !stock) return notFound('券不存在或未被用户领取');
  if (stock.body.coupon_code_mode !== 'WECHATPAY_MODE' && stockId === undefined) return paramError('输入源"/body/stock_id"映射到字段"批次号"必填性规则校验失败,商户上传或API指定code的批次必填');
  if (stockId !== undefined && stockId !== coupon.stockId) return invalidRequest('券不属于该批次');
  if (coupon.state === 'USED') return invalidRequest('券已被核销,不能重复核销');
  if (coupon.state === 'DEACTIVATED') return invalidRequest('券已失效,不能核销');
  const rule = (stock.body.coupon_use_rule as { coupon_available_time: { available_begin_time: string; available_end_time: string } }).coupon_available_time;
  if (ctx.now < Date.parse(rule.available_begin_time) || ctx.now >= Date.parse(rule.available_end_time)) return invalidRequest('券不在可核销时间内');
  coupon.state = 'USED';
  coupon.useTime = ctx.now;
  return remember(ctx, key, canonical(b), okBody(ctx.merchant, { stock_id: coupon.stockId, openid: coupon.openid, wechatpay_use_time: chinaTime(ctx.now) }, ctx.requestSerial));
}

/** POST coupons/deactivate: an unused coupon becomes invalid; deactivate_request_no idempotent. */
export function handleDeactivate(ctx: PayContext): PayReply {
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const b = parsed.value;
  const missing = requiredText(b, 'coupon_code', '券code') ?? requiredText(b, 'deactivate_request_no', '失效请求单据号');
  if (missing) return missing;
  const key = `deactivate:${String(b.deactivate_request_no)}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return replayed(ctx, earlier);
  const coupon = ctx.merchant.coupons.get(String(b.coupon_code));
  if (!coupon) return notFound('券不存在或未被用户领取');
  if (typeof b.stock_id === 'string' && b.stock_id !== coupon.stockId) return invalidRequest('券不属于该批次');
  if (coupon.state !== 'SENDED') return invalidRequest(coupon.state === 'USED' ? '券已被核销,不能失效' : '券已失效');
  coupon.state = 'DEACTIVATED';
  coupon.deactivateTime = ctx.now;
  return remember(ctx, key, canonical(b), okBody(ctx.merchant, { wechatpay_deactivate_time: chinaTime(ctx.now) }, ctx.requestSerial));
}

/** POST coupons/send: NO_AUTH for ordinary merchants (§2.3 [OBS wechatpay-go#265]). */
export function handleSendByApi(ctx: PayContext): PayReply {
  if (!ctx.merchant.config.canSendByApi) return payError(403, 'NO_AUTH', '发券商户无权限使用此API');
  return invalidRequest('沙盒不模拟服务端发券;请用沙盒的“模拟用户领券”');
}

/** POST callbacks: set the HTTPS notify_url (§2.3). */
export function handleSetCallback(ctx: PayContext): PayReply {
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const url = parsed.value.notify_url;
  if (typeof url !== 'string' || !/^https:\/\/[^\s/]+/.test(url) || url.length > 256) return paramError('输入源"/body/notify_url"映射到字段"通知URL地址"规则校验失败,须为 HTTPS 地址', url);
  const mchid = parsed.value.mchid;
  if (mchid !== undefined && mchid !== ctx.merchant.config.mchid) return invalidRequest('mchid 与调用方商户号不一致');
  ctx.merchant.notify = { url, updateTime: ctx.now };
  return okBody(ctx.merchant, { update_time: chinaTime(ctx.now), notify_url: url, mchid: ctx.merchant.config.mchid }, ctx.requestSerial);
}

/** GET callbacks: the notify URL, if one was set. */
export function handleGetCallback(ctx: PayContext): PayReply {
  // Unset: 200 with an empty notify_url (decisions table), so any merchant has a signed read to probe.
  const notify = ctx.merchant.notify;
  return okBody(ctx.merchant, { notify_url: notify?.url ?? '', mchid: ctx.merchant.config.mchid }, ctx.requestSerial);
}
