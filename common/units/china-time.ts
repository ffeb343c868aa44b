import { localized, type Localized } from '../i18n';
import { err, ok, type Result } from '../result';

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so conversions are
 * plain arithmetic and never depend on the computer's time zone (product-landscape.md §2.6:
 * calendars outside UTC+8 showed the previous day). Weixin timestamps are Unix seconds (§4.3).
 */
export const CHINA_OFFSET_SECONDS = 8 * 3600;
const DAY = 86_400;

/** A calendar date as typed by a merchant: `YYYY-MM-DD`. */
export type ChinaDate = string;

export interface ChinaDateTimeParts {
  date: ChinaDate;
  time: string;
  /** 0 = Sunday … 6 = Saturday, in China. */
  weekday: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

const badDate = (text: string): Localized =>
  localized(`“${text}”不是有效日期，请按 YYYY-MM-DD 填写，例如 2026-12-31`, `"${text}" is not a valid date; use YYYY-MM-DD, e.g. 2026-12-31`);
const badTime = (text: string): Localized =>
  localized(`“${text}”不是有效时间，请按 HH:mm 或 HH:mm:ss 填写`, `"${text}" is not a valid time; use HH:mm or HH:mm:ss`);

/** Unix seconds of a China wall-clock date and time (time defaults to 00:00:00). */
export function chinaDateTimeToUnix(date: ChinaDate, time = '00:00:00'): Result<number, Localized> {
  const d = DATE_RE.exec(date);
  if (!d) return err(badDate(date));
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const t = TIME_RE.exec(time);
  if (!t) return err(badTime(time));
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return err(badTime(time));
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utcMs);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches impossible dates.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return err(badDate(date));
  }
  return ok(utcMs / 1000 - CHINA_OFFSET_SECONDS);
}

/** 00:00:00 China time on the given date, in Unix seconds. */
export function startOfChinaDay(date: ChinaDate): Result<number, Localized> {
  return chinaDateTimeToUnix(date, '00:00:00');
}

/** 23:59:59 China time on the given date: the end Weixin recommends for `end_timestamp` (§4.3). */
export function endOfChinaDay(date: ChinaDate): Result<number, Localized> {
  return chinaDateTimeToUnix(date, '23:59:59');
}

/** The China wall-clock date, time and weekday of a Unix timestamp in seconds. */
export function unixToChinaParts(seconds: number): ChinaDateTimeParts {
  const shifted = new Date((Math.floor(seconds) + CHINA_OFFSET_SECONDS) * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    date: `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`,
    weekday: shifted.getUTCDay(),
  };
}

/** `YYYY-MM-DD HH:mm:ss` in China time, the format merchants know from the MP platform. */
export function formatChinaDateTime(seconds: number): string {
  const { date, time } = unixToChinaParts(seconds);
  return `${date} ${time}`;
}

/** True when a timestamp falls on 23:59:59 China time. */
export function isEndOfChinaDay(seconds: number): boolean {
  return (((seconds + CHINA_OFFSET_SECONDS) % DAY) + DAY) % DAY === DAY - 1;
}

/** Today's date in China for an instant in milliseconds (an injected clock's `now()`). */
export function chinaToday(nowMs: number): ChinaDate {
  return unixToChinaParts(Math.floor(nowMs / 1000)).date;
}

/** Adds whole days to a China date (for defaults like "valid for 30 days from today"). */
export function addChinaDays(date: ChinaDate, days: number): Result<ChinaDate, Localized> {
  const start = startOfChinaDay(date);
  if (!start.ok) return start;
  return ok(unixToChinaParts(start.value + days * DAY).date);
}
