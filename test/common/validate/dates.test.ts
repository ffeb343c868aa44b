import { describe, expect, it } from 'vitest';
import { endOfChinaDay, isEndOfChinaDay } from '../../../common/units/china-time';
import { validateCoupon } from '../../../common/validate';
import { NOW_MS, NOW_S, coupon, errors, expectNoErrors, expectOnlyError, warnings } from './fixtures';

const DATE = 'card.cash.base_info.date_info';
const range = (begin: number, end: number) => coupon('CASH', (h) => Object.assign(h.date, { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin, end_timestamp: end }));
const term = (fields: Record<string, unknown>) => coupon('CASH', (h) => (h.base.date_info = { type: 'DATE_TYPE_FIX_TERM', fixed_term: 30, fixed_begin_term: 0, ...fields }));
const endOfDay = (date: string) => {
  const r = endOfChinaDay(date);
  if (!r.ok) throw new Error(date);
  return r.value;
};
const END = endOfDay('2026-06-30');

describe('date_info.type (40079)', () => {
  it('accepts both string types', () => {
    expectNoErrors(range(NOW_S - 10, END));
    expectNoErrors(term({}));
  });

  it('accepts the legacy numbers 1 and 2 with a warning to write the string', () => {
    const one = coupon('CASH', (h) => (h.date.type = 1));
    expectNoErrors(one);
    expect(warnings(one).map((f) => [f.path, f.code])).toEqual([[`${DATE}.type`, 'date_type_legacy']]);
    expectNoErrors(term({ type: 2 }));
  });

  it.each(['DATE_TYPE_PERMANENT', 'DATE_TYPE_FIX_TIME', 'date_type_fix_term', 3, 0, true])('refuses %j', (type) => {
    expectOnlyError(coupon('CASH', (h) => (h.date.type = type)), `${DATE}.type`, 'date_type_invalid', 40079);
  });

  it('explains that permanent validity is for member cards', () => {
    const [f] = errors(coupon('CASH', (h) => (h.date.type = 'DATE_TYPE_PERMANENT')));
    expect(f?.message['zh-CN']).toContain('会员卡');
  });
});

describe('timestamps (seconds, before 2038)', () => {
  it('refuses milliseconds with the seconds value to use (40079)', () => {
    const f = expectOnlyError(range(NOW_S - 10, END * 1000), `${DATE}.end_timestamp`, 'timestamp_ms', 40079);
    expect(f.message['zh-CN']).toContain(String(END));
    expectOnlyError(range((NOW_S - 10) * 1000, END), `${DATE}.begin_timestamp`, 'timestamp_ms', 40079);
  });

  it('accepts 2038-01-18 23:59:59 China time (2147443199) and refuses the next second (40079): "earlier than 2038-01-19"', () => {
    expectNoErrors(range(NOW_S, 2_147_443_199));
    const f = expectOnlyError(range(NOW_S, 2_147_443_200), `${DATE}.end_timestamp`, 'timestamp_2038', 40079);
    expect(f).toMatchObject({ limit: 2_147_443_199, actual: 2_147_443_200 });
    expectOnlyError(range(NOW_S, 2_147_483_647), `${DATE}.end_timestamp`, 'timestamp_2038', 40079);
  });

  it.each([-1, 1.5, 1_780_000_000.5])('refuses %j as not a whole number of seconds ≥ 0 (40079)', (v) => {
    expectOnlyError(range(v, END), `${DATE}.begin_timestamp`, 'timestamp_invalid', 40079);
  });

  it('accepts a begin of 0', () => {
    expectNoErrors(range(0, END));
  });
});

describe('fixed date range', () => {
  it('needs begin before end: begin == end is 40100, begin = end - 1 passes', () => {
    const f = expectOnlyError(range(END, END), `${DATE}.begin_timestamp`, 'begin_not_before_end', 40100);
    expect(f.message.en).toContain('not before the end');
    expectOnlyError(range(END + 1, END), `${DATE}.begin_timestamp`, 'begin_not_before_end', 40100);
    expectNoErrors(range(END - 1, END));
  });

  it('needs an end after the injected now: end == now is 40079, end = now + 1 passes', () => {
    expectOnlyError(range(NOW_S - 100, NOW_S), `${DATE}.end_timestamp`, 'end_in_past', 40079);
    expectOnlyError(range(NOW_S - 100, NOW_S - 1), `${DATE}.end_timestamp`, 'end_in_past', 40079);
    expectNoErrors(range(NOW_S - 100, NOW_S + 1));
  });

  it('compares with a fractional now exactly', () => {
    const body = range(NOW_S - 100, NOW_S + 1);
    expect(errors(body, { nowMs: NOW_MS + 999 })).toEqual([]);
    expect(errors(body, { nowMs: NOW_MS + 1000 }).map((f) => f.code)).toEqual(['end_in_past']);
  });

  it('requires begin and end (41011)', () => {
    expectOnlyError(coupon('CASH', (h) => delete h.date.begin_timestamp), `${DATE}.begin_timestamp`, 'required', 41011);
    expectOnlyError(coupon('CASH', (h) => delete h.date.end_timestamp), `${DATE}.end_timestamp`, 'required', 41011);
  });

  it('warns when the end is not 23:59:59 China time', () => {
    expect(isEndOfChinaDay(END)).toBe(true);
    expect(warnings(range(NOW_S, END))).toEqual([]);
    const off = warnings(range(NOW_S, END - 1));
    expect(off.map((f) => [f.path, f.code])).toEqual([[`${DATE}.end_timestamp`, 'end_not_end_of_day']]);
    expect(off[0]?.message['zh-CN']).toContain('2026-06-30 23:59:59');
  });
});

describe('days after receipt', () => {
  it('needs fixed_term ≥ 1: 0 is 40079, 1 passes', () => {
    expectOnlyError(term({ fixed_term: 0 }), `${DATE}.fixed_term`, 'fixed_term_min', 40079);
    expectOnlyError(term({ fixed_term: -3 }), `${DATE}.fixed_term`, 'fixed_term_min', 40079);
    expectNoErrors(term({ fixed_term: 1 }));
  });

  it('needs fixed_begin_term ≥ 0', () => {
    expectNoErrors(term({ fixed_begin_term: 0 }));
    expectOnlyError(term({ fixed_begin_term: -1 }), `${DATE}.fixed_begin_term`, 'fixed_begin_term_min', 40079);
  });

  it('requires both numbers (41011) but not begin or end', () => {
    expectOnlyError(term({ fixed_term: undefined }), `${DATE}.fixed_term`, 'required', 41011);
    expectOnlyError(term({ fixed_begin_term: undefined }), `${DATE}.fixed_begin_term`, 'required', 41011);
  });

  it('checks an optional common end: in the past is 40079, in the future passes', () => {
    expectNoErrors(term({ end_timestamp: END }));
    expectOnlyError(term({ end_timestamp: NOW_S }), `${DATE}.end_timestamp`, 'end_in_past', 40079);
  });

  it('still refuses a millisecond end in FIX_TERM', () => {
    expectOnlyError(term({ end_timestamp: END * 1000 }), `${DATE}.end_timestamp`, 'timestamp_ms', 40079);
  });

  it('reports nothing about dates for a validity type it cannot use', () => {
    const findings = validateCoupon(coupon('CASH', (h) => (h.base.date_info = { type: 'DATE_TYPE_PERMANENT' })), { nowMs: NOW_MS });
    expect(findings.map((f) => f.code)).toEqual(['date_type_invalid']);
  });
});
