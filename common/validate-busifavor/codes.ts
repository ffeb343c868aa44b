/**
 * Every 商家券 finding code, with the severity and the WeChat Pay error code the rules table in
 * common/validate-busifavor/RULES.md gives it. APIv3 answers a refused body with HTTP 400 and a
 * string code (§2.7): PARAM_ERROR for the body's own mistakes, INVALID_REQUEST for a merchant
 * relation it cannot accept ("批次创建方商户与归属方商户无关系").
 */
export const STOCK_FINDING_CODES = {
  // structure
  json_invalid: { severity: 'error', errcode: 'PARAM_ERROR' },
  body_not_object: { severity: 'error', errcode: 'PARAM_ERROR' },
  unreadable: { severity: 'error', errcode: 'PARAM_ERROR' },
  wrong_type: { severity: 'error', errcode: 'PARAM_ERROR' },
  unknown_key: { severity: 'error', errcode: 'PARAM_ERROR' },
  required: { severity: 'error', errcode: 'PARAM_ERROR' },
  null_ignored: { severity: 'warning' },
  unopened_field: { severity: 'warning' },
  // values
  too_long: { severity: 'error', errcode: 'PARAM_ERROR' },
  enum_invalid: { severity: 'error', errcode: 'PARAM_ERROR' },
  out_of_range: { severity: 'error', errcode: 'PARAM_ERROR' },
  merchant_name_cut: { severity: 'warning' },
  // stock type and its rule object
  rule_missing: { severity: 'error', errcode: 'PARAM_ERROR' },
  rule_extra: { severity: 'error', errcode: 'PARAM_ERROR' },
  amount_over_minimum: { severity: 'warning' },
  // times
  time_invalid: { severity: 'error', errcode: 'PARAM_ERROR' },
  time_no_zone: { severity: 'error', errcode: 'PARAM_ERROR' },
  begin_not_before_end: { severity: 'error', errcode: 'PARAM_ERROR' },
  validity_over_year: { severity: 'error', errcode: 'PARAM_ERROR' },
  end_in_past: { severity: 'error', errcode: 'PARAM_ERROR' },
  wait_days_alone: { severity: 'error', errcode: 'PARAM_ERROR' },
  irregular_outside: { severity: 'warning' },
  // weekly schedule
  day_time_not_list: { severity: 'error', errcode: 'PARAM_ERROR' },
  day_time_too_many: { severity: 'error', errcode: 'PARAM_ERROR' },
  day_time_needs_week_day: { severity: 'error', errcode: 'PARAM_ERROR' },
  day_time_order: { severity: 'error', errcode: 'PARAM_ERROR' },
  week_day_duplicate: { severity: 'warning' },
  // redemption
  self_consume_unsupported: { severity: 'error', errcode: 'PARAM_ERROR' },
  mini_program_missing: { severity: 'error', errcode: 'PARAM_ERROR' },
  mini_program_unused: { severity: 'warning' },
  // issuing
  per_user_over_total: { severity: 'warning' },
  // images
  image_url_invalid: { severity: 'error', errcode: 'PARAM_ERROR' },
  image_host: { severity: 'error', errcode: 'PARAM_ERROR' },
  image_not_uploaded: { severity: 'error', errcode: 'PARAM_ERROR' },
  // merchant relation (needs the account's mchid)
  belong_merchant_other: { severity: 'error', errcode: 'INVALID_REQUEST' },
  // the stocks file (common/busifavor/stocks-file): refused before any body is built, so no API code
  file_not_object: { severity: 'error' },
  file_no_stocks: { severity: 'error' },
  input_amount: { severity: 'error' },
  input_discount: { severity: 'error' },
  input_time: { severity: 'error' },
  input_day_time: { severity: 'error' },
  input_image: { severity: 'error' },
  // coupon code lists for MERCHANT_UPLOAD (common/busifavor/coupon-codes.ts, §2.3)
  codes_empty: { severity: 'error' },
  code_too_long: { severity: 'error', errcode: 'PARAM_ERROR' },
  code_charset: { severity: 'error', errcode: 'PARAM_ERROR' },
  code_duplicate: { severity: 'warning' },
  code_edge_space: { severity: 'warning' },
  codes_over_stock: { severity: 'error', errcode: 'PARAM_ERROR' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; errcode?: StockErrcode }>;

/** The WeChat Pay error codes a finding can predict. */
export type StockErrcode = 'PARAM_ERROR' | 'INVALID_REQUEST';

/** A 商家券 finding code: a stable identifier the UI, CLI and tests key on. */
export type StockFindingCode = keyof typeof STOCK_FINDING_CODES;
