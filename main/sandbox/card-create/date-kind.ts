/**
 * date_info.type: the two strings, or the legacy numbers 1 and 2 that "依然生效" (§4.3).
 * DATE_TYPE_PERMANENT (member cards only) and anything else is not a coupon date type.
 */
export function dateKind(type: unknown): 'range' | 'term' | undefined {
  if (type === 'DATE_TYPE_FIX_TIME_RANGE' || type === 1) return 'range';
  if (type === 'DATE_TYPE_FIX_TERM' || type === 2) return 'term';
  return undefined;
}

/** The string name of a date type, as card/get reports it. */
export function dateTypeName(type: unknown): unknown {
  const kind = dateKind(type);
  return kind === 'range' ? 'DATE_TYPE_FIX_TIME_RANGE' : kind === 'term' ? 'DATE_TYPE_FIX_TERM' : type;
}
