/**
 * date_info.type: the two strings, or the legacy numbers 1 and 2 that "依然生效" (§4.3).
 * DATE_TYPE_PERMANENT is a date type of member cards only ("会员卡类型专用", §4.3): pass `memberCard`.
 */
export function dateKind(type: unknown, memberCard = false): 'range' | 'term' | 'permanent' | undefined {
  if (type === 'DATE_TYPE_FIX_TIME_RANGE' || type === 1) return 'range';
  if (type === 'DATE_TYPE_FIX_TERM' || type === 2) return 'term';
  if (type === 'DATE_TYPE_PERMANENT' && memberCard) return 'permanent';
  return undefined;
}

/** The string name of a date type, as card/get reports it. */
export function dateTypeName(type: unknown): unknown {
  const kind = dateKind(type);
  return kind === 'range' ? 'DATE_TYPE_FIX_TIME_RANGE' : kind === 'term' ? 'DATE_TYPE_FIX_TERM' : type;
}
