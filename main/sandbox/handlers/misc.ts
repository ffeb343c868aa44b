import { COUPON_COLORS } from '../../../common/coupon/colors';
import { isAbsent, isInt, isMissing, own } from '../card-create/access';
import { chinaMonthKey } from '../china-time';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';

/** §1.16: limit is at most 50. */
const MAX_POI_PAGE = 50;
/** §3.7: 10 clears per account per month. */
const CLEARS_PER_MONTH = 10;

/** `GET /card/getcolors` (§4.5): the 14 colours with their current hex values. */
export function handleGetColors(): Reply {
  return ok({ colors: COUPON_COLORS.map((c) => ({ name: c.name, value: c.hex })) });
}

/**
 * `POST /cgi-bin/poi/getpoilist` (§1.16): begin ≥ 0, limit 1..50 (40097); total_count is a
 * string, as in the documented sample; stores in review or rejected have an empty poi_id.
 */
export function handlePoiList(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const begin = own(body.value, 'begin') ?? 0;
  const limit = own(body.value, 'limit') ?? 20;
  if (!isInt(begin)) return fail(47001, 'begin');
  if (!isInt(limit)) return fail(47001, 'limit');
  if (begin < 0) return fail(40097, 'begin');
  if (limit < 1 || limit > MAX_POI_PAGE) return fail(40097, 'limit');
  const stores = ctx.account.config.stores;
  return ok({
    business_list: stores.slice(begin, begin + limit).map((s) => ({ base_info: { ...s } })),
    total_count: String(stores.length),
  });
}

/** `POST /cgi-bin/openapi/quota/get` (§1.17): today's use of one API path and its minute limit. */
export function makeQuotaGet(knownPaths: () => ReadonlySet<string>): (ctx: AuthedContext) => Reply {
  return (ctx) => {
    const body = readJsonObject(ctx);
    if (!body.ok) return body.reply;
    const cgiPath = own(body.value, 'cgi_path');
    if (isMissing(cgiPath)) return fail(41011, 'cgi_path');
    if (typeof cgiPath !== 'string') return fail(47001, 'cgi_path');
    if (!knownPaths().has(cgiPath)) return fail(40097, 'cgi_path');
    const { appid, quotas } = ctx.account.config;
    const limit = ctx.state.quotas.limitFor(cgiPath, quotas);
    const used = ctx.state.quotas.usage(appid, cgiPath).usedToday;
    return ok({
      quota: { daily_limit: limit.daily, used, remain: Math.max(0, limit.daily - used) },
      rate_limit: { call_count: limit.perMinute, refresh_second: 60 },
      component_rate_limit: { call_count: limit.perMinute, refresh_second: 60 },
    });
  };
}

/**
 * `POST /cgi-bin/clear_quota` `{"appid"}` (§1.17, §3.7): zeroes today's counters of the token's
 * account; 10 per China month, then 48006. Another account's appid → 40013.
 */
export function handleClearQuota(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const appid = own(body.value, 'appid');
  if (isAbsent(appid) || appid === '') return fail(41002, 'appid');
  if (appid !== ctx.account.config.appid) return fail(40013, 'appid');
  const month = chinaMonthKey(ctx.now);
  const usage = ctx.account.clearQuota;
  if (usage.monthKey !== month) {
    usage.monthKey = month;
    usage.used = 0;
  }
  if (usage.used >= CLEARS_PER_MONTH) return fail(48006);
  usage.used += 1;
  ctx.state.quotas.clearDaily(ctx.account.config.appid);
  return ok();
}
