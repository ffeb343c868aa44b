/**
 * Every finding code, with the severity and errcode the rules table in common/validate/RULES.md gives
 * it. The sandbox follows the same table, so an error here is a card/create refusal there with
 * the same errcode (wechat-card-api.md §2 for the codes' meanings). Warnings carry the errcode of
 * the LATER call they would break (paycell/selfconsumecell, §1.10, §1.11) when there is one.
 */
export const FINDING_CODES = {
  // structure
  json_invalid: { severity: 'error', errcode: 47001 },
  body_not_object: { severity: 'error', errcode: 47001 },
  unreadable: { severity: 'error', errcode: 47001 },
  wrong_type: { severity: 'error', errcode: 47001 },
  unknown_key: { severity: 'error', errcode: 47001 },
  card_not_object: { severity: 'error', errcode: 41011 },
  // null = absent (aligned with the sandbox): a null optional field is ignored, with this hint
  null_ignored: { severity: 'warning' },
  // keys beside `card` are not read by card/create (aligned with the sandbox)
  body_key_ignored: { severity: 'warning' },
  // a key written twice in one object: JSON (and Weixin) keep the last, the validator says where both are
  duplicate_key: { severity: 'warning' },
  required: { severity: 'error', errcode: 41011 },
  card_type_invalid: { severity: 'error', errcode: 40071 },
  type_object_missing: { severity: 'error', errcode: 40071 },
  type_key_mismatch: { severity: 'error', errcode: 40071 },
  extra_type_key: { severity: 'error', errcode: 40071 },
  // lengths and enums
  too_long: { severity: 'error', errcode: 45021 },
  enum_invalid: { severity: 'error', errcode: 40097 },
  // dates
  date_type_invalid: { severity: 'error', errcode: 40079 },
  date_type_legacy: { severity: 'warning' },
  timestamp_invalid: { severity: 'error', errcode: 40079 },
  timestamp_ms: { severity: 'error', errcode: 40079 },
  timestamp_2038: { severity: 'error', errcode: 40079 },
  end_in_past: { severity: 'error', errcode: 40079 },
  begin_not_before_end: { severity: 'error', errcode: 40100 },
  fixed_term_min: { severity: 'error', errcode: 40079 },
  fixed_begin_term_min: { severity: 'error', errcode: 40079 },
  end_not_end_of_day: { severity: 'warning' },
  // sku, limits and stores
  quantity_range: { severity: 'error', errcode: 40122 },
  deposit_quantity: { severity: 'error', errcode: 40122 },
  deposit_needs_custom_code: { severity: 'error', errcode: 40097 },
  limit_min: { severity: 'error', errcode: 40097 },
  locations_exclusive: { severity: 'error', errcode: 40097 },
  location_id_positive: { severity: 'error', errcode: 40097 },
  // type fields
  discount_range: { severity: 'error', errcode: 40097 },
  reduce_cost_min: { severity: 'error', errcode: 40097 },
  least_cost_min: { severity: 'error', errcode: 40097 },
  text_image_required: { severity: 'error', errcode: 41011 },
  // advanced info and images
  text_image_incomplete: { severity: 'error', errcode: 41026 },
  abstract_icon_required: { severity: 'error', errcode: 41011 },
  abstract_icon_too_many: { severity: 'error', errcode: 45020 },
  image_url_invalid: { severity: 'error', errcode: 40141 },
  image_host: { severity: 'error', errcode: 40141 },
  image_not_uploaded: { severity: 'error', errcode: 40141 },
  logo_host: { severity: 'warning' },
  // the creation guide's rules applied on both sides (issue 8 §3; RULES.md)
  int_out_of_range: { severity: 'error', errcode: 47001 },
  lone_surrogate: { severity: 'error', errcode: 47001 },
  code_none_without_entry: { severity: 'error', errcode: 40097 },
  app_brand_user_name: { severity: 'error', errcode: 40097 },
  app_brand_pass_without_user: { severity: 'error', errcode: 40097 },
  use_condition_least_cost_min: { severity: 'error', errcode: 40097 },
  fixed_begin_term_no_valid_day: { severity: 'error', errcode: 40079 },
  share_friends_needs_images: { severity: 'error', errcode: 45043 },
  time_limit_hour: { severity: 'error', errcode: 40097 },
  time_limit_minute: { severity: 'error', errcode: 40097 },
  // cross-field hints: card/create accepts these
  center_url_conflict: { severity: 'warning' },
  cells_conflict: { severity: 'warning', errcode: 45046 },
  needs_stores: { severity: 'warning', errcode: 43017 },
  use_condition_wrong_type: { severity: 'warning' },
  least_cost_below_reduce: { severity: 'warning' },
  get_limit_over_quantity: { severity: 'warning' },
  bind_openid_with_share: { severity: 'warning' },
  // member cards (RULES.md "Member cards"; wechatpay-merchant-coupons-and-member-cards.md §1.3, §1.4)
  custom_fields_too_many: { severity: 'error', errcode: 40124 },
  custom_field_name_missing: { severity: 'error', errcode: 41011 },
  custom_field_name_both: { severity: 'error', errcode: 40097 },
  custom_cell_link_missing: { severity: 'error', errcode: 41011 },
  activation_missing: { severity: 'error', errcode: 41011 },
  activation_conflict: { severity: 'error', errcode: 40097 },
  activation_after_submit_needs_wx: { severity: 'error', errcode: 40097 },
  activation_after_submit_url_missing: { severity: 'error', errcode: 41011 },
  activation_app_brand_incomplete: { severity: 'error', errcode: 41011 },
  wx_activate_ignored: { severity: 'warning' },
  activation_needs_web_page: { severity: 'warning' },
  activation_form_needed: { severity: 'warning' },
  bonus_fields_missing: { severity: 'error', errcode: 41011 },
  bonus_rule_incomplete: { severity: 'error', errcode: 40097 },
  bonus_rule_range: { severity: 'error', errcode: 40097 },
  balance_rules_missing: { severity: 'error', errcode: 41011 },
  balance_needs_permission: { severity: 'warning', errcode: 43010 },
  supply_off_fields_unused: { severity: 'warning' },
  member_discount_range: { severity: 'error', errcode: 40097 },
} as const satisfies Record<string, { severity: 'error' | 'warning'; errcode?: number }>;

/** A finding code: a stable identifier the UI, CLI and tests key on. */
export type FindingCode = keyof typeof FINDING_CODES;
