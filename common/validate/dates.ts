import { LEGACY_DATE_TYPES } from '../coupon/enums';
import { DATE_TYPE_PERMANENT } from '../coupon/limits-member-card';
import { MAX_TIMESTAMP, MILLISECONDS_FLOOR, MIN_FIXED_BEGIN_TERM, MIN_FIXED_TERM } from '../coupon/limits';
import { isEndOfChinaDay } from '../units/china-time';
import { dateText, structureText } from './messages';
import { labelFor } from './labels';
import { has, isInt, isObj, type Obj, type Reporter } from './report';

type Kind = 'range' | 'term' | 'permanent';

/**
 * date_info (wechat-card-api.md §4.3; decisions table). Types: the two strings or the legacy 1/2
 * (a warning); DATE_TYPE_PERMANENT for member cards only (§4.3 "会员卡类型专用"); anything else is 40079. Timestamps are Unix SECONDS:
 * milliseconds (≥ 10^11) and values past 2038-01-19 are 40079. A range needs begin < end (40100)
 * and an end after the injected now (40079); FIX_TERM needs fixed_term ≥ 1, fixed_begin_term ≥ 0.
 */
export function checkDates(base: Obj, basePath: string, r: Reporter, memberCard = false): void {
  const info = base.date_info;
  if (!isObj(info)) return;
  const path = `${basePath}.date_info`;
  const kind = dateKind(info, path, r, memberCard);
  const begin = validStamp(info, 'begin_timestamp', path, r);
  const end = validStamp(info, 'end_timestamp', path, r);
  const endPath = `${path}.end_timestamp`;

  if (kind === 'range') {
    requireKey(info, 'begin_timestamp', path, r);
    requireKey(info, 'end_timestamp', path, r);
    if (begin !== undefined && end !== undefined && begin >= end) {
      r.add(`${path}.begin_timestamp`, 'begin_not_before_end', dateText.beginNotBeforeEnd(begin, end), { limit: end, actual: begin });
    }
  } else if (kind === 'term') {
    requireKey(info, 'fixed_term', path, r);
    requireKey(info, 'fixed_begin_term', path, r);
    const term = info.fixed_term;
    if (isInt(term) && term < MIN_FIXED_TERM) {
      r.add(`${path}.fixed_term`, 'fixed_term_min', dateText.fixedTermMin(term, MIN_FIXED_TERM), { limit: MIN_FIXED_TERM, actual: term });
    }
    const beginTerm = info.fixed_begin_term;
    if (isInt(beginTerm) && beginTerm < MIN_FIXED_BEGIN_TERM) {
      r.add(`${path}.fixed_begin_term`, 'fixed_begin_term_min', dateText.fixedBeginTermMin(beginTerm), { limit: MIN_FIXED_BEGIN_TERM, actual: beginTerm });
    }
  }
  if (kind !== undefined && end !== undefined) {
    // "截止日期必须大于当前时间" (§4.3): compare in ms so a fractional injected now is exact.
    if (end * 1000 <= r.nowMs) {
      r.add(endPath, 'end_in_past', dateText.endInPast(labelFor(endPath), end, Math.floor(r.nowMs / 1000)), { limit: Math.floor(r.nowMs / 1000), actual: end });
    } else if (!isEndOfChinaDay(end)) {
      r.add(endPath, 'end_not_end_of_day', dateText.notEndOfDay(end), { actual: end });
    }
  }
}

function dateKind(info: Obj, path: string, r: Reporter, memberCard: boolean): Kind | undefined {
  const type = info.type;
  if (type === undefined || type === '') return undefined; // missing: the structure walk reported it
  if (type === 'DATE_TYPE_FIX_TIME_RANGE') return 'range';
  if (type === 'DATE_TYPE_FIX_TERM') return 'term';
  if (type === DATE_TYPE_PERMANENT && memberCard) return 'permanent';
  if (type === 1 || type === 2) {
    r.add(`${path}.type`, 'date_type_legacy', dateText.typeLegacy(type, LEGACY_DATE_TYPES[type]));
    return type === 1 ? 'range' : 'term';
  }
  r.add(`${path}.type`, 'date_type_invalid', dateText.typeInvalid(typeof type === 'string' ? type : safeJson(type)));
  return undefined;
}

/** The timestamp if it is a usable seconds value; reports 40079 for numbers that are not. */
function validStamp(info: Obj, key: 'begin_timestamp' | 'end_timestamp', path: string, r: Reporter): number | undefined {
  const value = info[key];
  if (typeof value !== 'number') return undefined; // absent, or a wrong JSON type (47001 already)
  const at = `${path}.${key}`;
  const label = labelFor(at);
  if (!Number.isInteger(value) || value < 0) r.add(at, 'timestamp_invalid', dateText.timestampInvalid(label, value), { actual: value });
  else if (value >= MILLISECONDS_FLOOR) r.add(at, 'timestamp_ms', dateText.timestampMs(label, value), { limit: MAX_TIMESTAMP, actual: value });
  else if (value > MAX_TIMESTAMP) r.add(at, 'timestamp_2038', dateText.timestamp2038(label, value, MAX_TIMESTAMP), { limit: MAX_TIMESTAMP, actual: value });
  else return value;
  return undefined;
}

function requireKey(info: Obj, key: string, path: string, r: Reporter): void {
  if (!has(info, key)) r.add(`${path}.${key}`, 'required', structureText.required(labelFor(`${path}.${key}`)));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}
