import { chinaDayKey } from '../china-time';
import { wxError, type WxError } from '../errors';
import { isInt, objectAt, own } from './access';
import { nodePath, type CardHead, type CheckOptions } from './context';
import { dateKind } from './date-kind';

const APP_ENTRIES = ['center', 'custom', 'promotion'] as const;
// §4.2: "原始id@app" — a Mini Program's original ID (gh_…), then @app.
const APP_USER_NAME = /^gh_[0-9A-Za-z]+@app$/;
const DAY_S = 86_400;
const CST_OFFSET_S = 8 * 3600;

/**
 * The creation guide's rules that used to pass (issue 8 §3; decisions table): CODE_TYPE_NONE is for
 * online redemption only (§4.2), so without a "use now" entry (center_url or a Mini Program) the
 * coupon could never be redeemed (40097); a Mini Program user name is `gh_…@app` and a page path
 * needs one (40097); use_condition.least_cost ≥ 0 (40097); a FIX_TERM card that would start only on
 * or after its common end_timestamp has no valid day (40079).
 */
export function checkGuideRules(head: CardHead, options: CheckOptions): WxError | undefined {
  const at = nodePath(head);
  const base = objectAt(head.node, 'base_info') ?? {};
  const text = (key: string) => {
    const value = own(base, key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  if (own(base, 'code_type') === 'CODE_TYPE_NONE' && !text('center_url') && !text('center_app_brand_user_name')) {
    return wxError(40097, `${at}.base_info.code_type`);
  }
  for (const entry of APP_ENTRIES) {
    const user = text(`${entry}_app_brand_user_name`);
    if (user !== undefined && !APP_USER_NAME.test(user)) return wxError(40097, `${at}.base_info.${entry}_app_brand_user_name`);
    if (user === undefined && text(`${entry}_app_brand_pass`) !== undefined) return wxError(40097, `${at}.base_info.${entry}_app_brand_pass`);
  }
  const leastCost = own(objectAt(objectAt(head.node, 'advanced_info'), 'use_condition') ?? {}, 'least_cost');
  if (isInt(leastCost) && leastCost < 0) return wxError(40097, `${at}.advanced_info.use_condition.least_cost`);
  const dateInfo = objectAt(base, 'date_info');
  if (dateInfo && dateKind(own(dateInfo, 'type')) === 'term') {
    const beginTerm = own(dateInfo, 'fixed_begin_term');
    const end = own(dateInfo, 'end_timestamp');
    // An end already past is the dates step's 40079; here only the days in between count.
    if (isInt(beginTerm) && beginTerm >= 0 && isInt(end) && end * 1000 > options.nowMs) {
      const firstDay = chinaDayKey(options.nowMs) * DAY_S - CST_OFFSET_S + beginTerm * DAY_S;
      if (firstDay >= end) return wxError(40079, `${at}.base_info.date_info.fixed_begin_term`);
    }
  }
  return undefined;
}
