// Merchant-uploaded codes of a MERCHANT_UPLOAD stock: upload, list, read, delete (§2.3, §6.2).
import { canonical, chinaTime, jsonBody, remember, replayed, replayOf, type PayContext } from './pay-context';
import { invalidRequest, notFound, okBody, paramError, type PayReply } from './pay-envelope';
import type { StockCode } from './pay-state';
import { stockOf } from './stock-handlers';

/** 1–32 characters of `0-9a-zA-Z`, space and `- _ \ / = |` (§2.3). */
const CODE = /^[0-9a-zA-Z \-_\\/=|]{1,32}$/;
const MAX_PER_CALL = 200;

/** POST …/couponcodes: ≤ 200 per call, deduplicated, exist/duplicate/fail lists, upload_request_no idempotent. */
export function handleUploadCodes(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const b = parsed.value;
  if (typeof b.upload_request_no !== 'string' || b.upload_request_no === '' || [...b.upload_request_no].length > 128) {
    return paramError('输入源"/body/upload_request_no"映射到字段"请求业务单据号"规则校验失败,必填且不超过 128 个字符');
  }
  const list = b.coupon_code_list;
  if (!Array.isArray(list) || list.length === 0) return paramError('无法将 JSON 输入源"/body/coupon_code_list"映射到多重字段"券code列表"中,此字段需要非空 JSON 数组');
  if (list.length > MAX_PER_CALL) return paramError(`输入源"/body/coupon_code_list"映射到多重字段"券code列表"规则校验失败,个数 ${list.length},大于最大值 ${MAX_PER_CALL}`);
  const key = `upload:${stock.stockId}:${b.upload_request_no}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return earlier.fingerprint === canonical(b) ? replayed(ctx, earlier) : invalidRequest('upload_request_no 已使用,且与原请求参数不一致');
  if (stock.body.coupon_code_mode !== 'MERCHANT_UPLOAD') return invalidRequest('该批次不是商户上传code模式(MERCHANT_UPLOAD),不能上传code');
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const exist: string[] = [];
  const fail: { coupon_code: string; code: string; message: string }[] = [];
  const fresh: string[] = [];
  for (const raw of list) {
    const code = typeof raw === 'string' ? raw : JSON.stringify(raw);
    if (seen.has(code)) {
      duplicates.push(code);
      continue;
    }
    seen.add(code);
    if (typeof raw !== 'string' || !CODE.test(raw)) fail.push({ coupon_code: code, code: 'PARAM_ERROR', message: 'code 须为 1~32 位数字、字母或空格 - _ \\ / = |' });
    else if (stock.codes.has(raw)) exist.push(raw);
    else fresh.push(raw);
  }
  if (stock.codes.size + fresh.length > stock.maxCoupons) {
    return invalidRequest(`上传的code总数不能超过批次总个数 ${stock.maxCoupons}(已上传 ${stock.codes.size} 个)`);
  }
  for (const code of fresh) stock.codes.set(code, { code, status: 'AVAILABLE', uploadTime: ctx.now });
  return remember(
    ctx,
    key,
    canonical(b),
    okBody(ctx.merchant, {
      stock_id: stock.stockId,
      total_count: seen.size,
      success_count: fresh.length,
      success_codes: fresh,
      success_time: chinaTime(ctx.now),
      fail_count: fail.length,
      fail_codes: fail,
      exist_codes: exist,
      duplicate_codes: duplicates,
    }, ctx.requestSerial),
  );
}

function codeEntity(code: StockCode): Record<string, unknown> {
  return {
    code: code.code,
    code_status: code.status,
    upload_time: chinaTime(code.uploadTime),
    ...(code.dispatchedTime === undefined ? {} : { dispatched_time: chinaTime(code.dispatchedTime) }),
    ...(code.openid ? { openid: code.openid } : {}),
  };
}

/** GET …/couponcodes?limit&offset&status (limit 1–100, default 20; decisions table). */
export function handleListCodes(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const limit = Number(ctx.query.get('limit') ?? '20');
  const offset = Number(ctx.query.get('offset') ?? '0');
  const status = ctx.query.get('status');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return paramError('输入源"/query/limit"规则校验失败,取值 1~100', ctx.query.get('limit'));
  if (!Number.isInteger(offset) || offset < 0) return paramError('输入源"/query/offset"规则校验失败,须为非负整数', ctx.query.get('offset'));
  if (status !== null && status !== 'AVAILABLE' && status !== 'DISPATCHED') return paramError('输入源"/query/status"映射到枚举字段规则校验失败,可选 AVAILABLE、DISPATCHED', status);
  const all = [...stock.codes.values()].filter((c) => status === null || c.status === status);
  return okBody(ctx.merchant, { data: all.slice(offset, offset + limit).map(codeEntity), total_count: all.length, limit, offset, stock_id: stock.stockId }, ctx.requestSerial);
}

/** GET …/couponcodes/{coupon_code}. */
export function handleGetCode(ctx: PayContext): PayReply {
  const code = stockOf(ctx)?.codes.get(ctx.params.coupon_code ?? '');
  return code ? okBody(ctx.merchant, codeEntity(code), ctx.requestSerial) : notFound('code不存在');
}

/** DELETE …/couponcodes/{coupon_code} with `delete_request_no`: only a code no user holds (§2.3). */
export function handleDeleteCode(ctx: PayContext): PayReply {
  const stock = stockOf(ctx);
  if (!stock) return notFound('批次不存在');
  const parsed = jsonBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const requestNo = parsed.value.delete_request_no;
  if (typeof requestNo !== 'string' || requestNo === '') return paramError('输入源"/body/delete_request_no"映射到字段"删除请求单据号"必填性规则校验失败,此字段为必填项');
  const key = `delete:${stock.stockId}:${requestNo}`;
  const earlier = replayOf(ctx, key);
  if (earlier) return replayed(ctx, earlier);
  const code = stock.codes.get(ctx.params.coupon_code ?? '');
  if (!code) return notFound('code不存在');
  if (code.status === 'DISPATCHED') return invalidRequest('code已发放给用户,不能删除');
  stock.codes.delete(code.code);
  return remember(ctx, key, canonical(parsed.value), okBody(ctx.merchant, { result: 'MCHCODE_DELETE_SUCCESS', delete_time: chinaTime(ctx.now) }, ctx.requestSerial));
}
