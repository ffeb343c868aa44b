import { CHINA_OFFSET_SECONDS, formatChinaDateTime } from '../units/china-time';
import { labelFor } from './labels';
import { ruleText } from './messages-input';
import { has, isInt, isObj, type Obj, type Reporter } from './report';

/** The three entries that can open a Mini Program (§4.2): user name and path, per entry. */
export const APP_BRAND_ENTRIES = ['center', 'custom', 'promotion'] as const;

/** A Mini Program original ID as card/create wants it: `gh_…@app` (§4.2 "原始id@app"). */
export const APP_BRAND_USER_NAME = /^gh_[0-9A-Za-z]+@app$/;

const DAY = 86_400;

/**
 * Rules the creation guide states that the validator and the sandbox both apply (issue 8 §3,
 * RULES.md): a CODE_TYPE_NONE coupon needs a "use now" entry or it can never be redeemed (40097);
 * Mini Program user names are `gh_…@app` and a page path needs one (40097); use_condition.least_cost
 * is not negative (40097); a FIX_TERM card whose fixed_begin_term starts after the common
 * end_timestamp has no valid day (40079).
 */
export function checkGuideRules(node: Obj, path: string, r: Reporter): void {
  const base = isObj(node.base_info) ? node.base_info : undefined;
  if (base) {
    const basePath = `${path}.base_info`;
    if (base.code_type === 'CODE_TYPE_NONE' && !filled(base.center_url) && !filled(base.center_app_brand_user_name)) {
      r.add(`${basePath}.code_type`, 'code_none_without_entry', ruleText.codeNoneWithoutEntry());
    }
    for (const entry of APP_BRAND_ENTRIES) checkAppBrand(base, basePath, entry, r);
    if (isObj(base.date_info)) checkTermDays(base.date_info, `${basePath}.date_info`, r);
  }
  const condition = isObj(node.advanced_info) && isObj(node.advanced_info.use_condition) ? node.advanced_info.use_condition : undefined;
  if (condition && isInt(condition.least_cost) && condition.least_cost < 0) {
    const at = `${path}.advanced_info.use_condition.least_cost`;
    r.add(at, 'use_condition_least_cost_min', ruleText.useConditionLeastCostMin(condition.least_cost), { limit: 0, actual: condition.least_cost });
  }
}

function checkAppBrand(base: Obj, basePath: string, entry: (typeof APP_BRAND_ENTRIES)[number], r: Reporter): void {
  const userKey = `${entry}_app_brand_user_name`;
  const passKey = `${entry}_app_brand_pass`;
  const user = base[userKey];
  if (typeof user === 'string' && user !== '' && !APP_BRAND_USER_NAME.test(user)) {
    r.add(`${basePath}.${userKey}`, 'app_brand_user_name', ruleText.appBrandUserName(labelFor(`${basePath}.${userKey}`), user));
  }
  if (filled(base[passKey]) && !filled(user)) {
    r.add(`${basePath}.${passKey}`, 'app_brand_pass_without_user', ruleText.appBrandPassWithoutUser(labelFor(`${basePath}.${passKey}`), labelFor(`${basePath}.${userKey}`)));
  }
}

/** FIX_TERM: a card received today starts at China midnight + fixed_begin_term days; it must start before the common end. */
function checkTermDays(info: Obj, path: string, r: Reporter): void {
  const type = info.type;
  if (type !== 'DATE_TYPE_FIX_TERM' && type !== 2) return;
  const beginTerm = info.fixed_begin_term;
  const end = info.end_timestamp;
  if (!isInt(beginTerm) || beginTerm < 0 || !isInt(end) || !has(info, 'end_timestamp')) return;
  const nowSeconds = Math.floor(r.nowMs / 1000);
  // An end already past (or not a timestamp) is the date rules' finding; this one is about the days between.
  if (end * 1000 <= r.nowMs) return;
  const firstDay = firstValidDay(nowSeconds, beginTerm);
  if (firstDay >= end) {
    r.add(`${path}.fixed_begin_term`, 'fixed_begin_term_no_valid_day', ruleText.noValidDay(beginTerm, formatChinaDateTime(firstDay), formatChinaDateTime(end)), { actual: beginTerm });
  }
}

/** China midnight of the day a card received at `nowSeconds` becomes valid. */
export function firstValidDay(nowSeconds: number, beginTerm: number): number {
  const todayStart = Math.floor((nowSeconds + CHINA_OFFSET_SECONDS) / DAY) * DAY - CHINA_OFFSET_SECONDS;
  return todayStart + beginTerm * DAY;
}

const filled = (value: unknown): boolean => typeof value === 'string' && value !== '';
