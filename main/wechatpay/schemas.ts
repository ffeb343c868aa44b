import { z } from 'zod';

// Answer shapes of the busifavor endpoints (wechatpay-merchant-coupons-and-member-cards.md §2.2–§2.5,
// §3.4). Objects are loose: WeChat Pay adds fields, and an added field must not fail a call.

/** POST stocks. */
export const createStockAnswer = z.looseObject({ stock_id: z.string().min(1), create_time: z.string() });

/** GET stocks/{stock_id}: the create fields plus state and counts. */
export const stockAnswer = z.looseObject({
  stock_id: z.string(),
  stock_name: z.string(),
  stock_type: z.string(),
  stock_state: z.enum(['UNAUDIT', 'RUNNING', 'STOPED', 'PAUSED']),
  coupon_code_mode: z.string(),
  stock_send_rule: z.looseObject({ max_coupons: z.number().int(), max_coupons_per_user: z.number().int().optional(), max_coupons_by_day: z.number().int().optional() }),
  send_count_information: z
    .looseObject({ total_send_num: z.number().int(), total_send_amount: z.number().int(), today_send_num: z.number().int(), today_send_amount: z.number().int() })
    .optional(),
});

/** PATCH stocks/{stock_id}/budget. */
export const budgetAnswer = z.looseObject({ max_coupons: z.number().int().optional(), max_coupons_by_day: z.number().int().optional() });

/** POST favor/media/image-upload. */
export const imageAnswer = z.looseObject({ media_url: z.string().url() });

/** POST stocks/{stock_id}/couponcodes. */
export const uploadCodesAnswer = z.looseObject({
  stock_id: z.string(),
  total_count: z.number().int(),
  success_count: z.number().int(),
  success_codes: z.array(z.string()).default([]),
  success_time: z.string().optional(),
  fail_count: z.number().int().default(0),
  fail_codes: z.array(z.looseObject({ coupon_code: z.string(), code: z.string(), message: z.string() })).default([]),
  exist_codes: z.array(z.string()).default([]),
  duplicate_codes: z.array(z.string()).default([]),
});

const codeEntity = z.looseObject({ code: z.string(), code_status: z.string(), upload_time: z.string().optional(), dispatched_time: z.string().optional(), openid: z.string().optional() });

/** GET stocks/{stock_id}/couponcodes. */
export const listCodesAnswer = z.looseObject({ data: z.array(codeEntity).default([]), total_count: z.number().int(), limit: z.number().int(), offset: z.number().int(), stock_id: z.string() });

/** GET stocks/{stock_id}/couponcodes/{code}. */
export const codeAnswer = codeEntity;

/** DELETE stocks/{stock_id}/couponcodes/{code}. */
export const deleteCodeAnswer = z.looseObject({ result: z.string().optional(), delete_time: z.string().optional() });

/** POST coupons/use. */
export const useAnswer = z.looseObject({ stock_id: z.string(), openid: z.string().optional(), wechatpay_use_time: z.string() });

/** POST coupons/deactivate. */
export const deactivateAnswer = z.looseObject({ wechatpay_deactivate_time: z.string() });

/** POST / GET callbacks. */
export const callbackAnswer = z.looseObject({ notify_url: z.string(), mchid: z.string().optional(), update_time: z.string().optional() });

const encrypted = z.looseObject({ algorithm: z.string(), nonce: z.string(), associated_data: z.string().optional(), ciphertext: z.string() });

/** GET /v3/certificates. */
export const certificatesAnswer = z.looseObject({
  data: z.array(z.looseObject({ serial_no: z.string(), effective_time: z.string(), expire_time: z.string(), encrypt_certificate: encrypted })),
});
