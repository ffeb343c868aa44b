import { localized, type Localized } from '../i18n';
import { err, ok, type Result } from '../result';
import { CHINA_OFFSET_SECONDS, chinaDateTimeToUnix, unixToChinaParts } from '../units/china-time';

/**
 * WeChat Pay times are RFC 3339 with a zone, e.g. `2026-05-01T00:00:00+08:00` (§2.2). Merchants
 * pick China wall-clock times; the app always sends them with `+08:00` (China has no daylight
 * saving), so the text sent reads the same as the time picked.
 */

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Why a text is not an RFC 3339 time with a zone. */
export type Rfc3339Problem = 'format' | 'no_zone' | 'invalid';

// A batch repeats the same few times thousands of times: the answers are cached (bounded).
const parsedCache = new Map<string, Result<number, Rfc3339Problem>>();

/** Unix seconds (fractions dropped) of an RFC 3339 date-time; the zone is required. */
export function parseRfc3339(text: string): Result<number, Rfc3339Problem> {
  let result = parsedCache.get(text);
  if (result === undefined) {
    if (parsedCache.size >= 1024) parsedCache.clear();
    result = parseUncached(text);
    parsedCache.set(text, result);
  }
  return result;
}

function parseUncached(text: string): Result<number, Rfc3339Problem> {
  const m = RFC3339.exec(text);
  if (!m) return err(/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? 'no_zone' : 'format');
  const [date = '', time = ''] = [m[1], m[2]];
  const local = chinaDateTimeToUnix(date, time);
  if (!local.ok) return err('invalid');
  if (m[4] !== undefined) return ok(local.value + CHINA_OFFSET_SECONDS);
  const [hours, minutes] = [Number(m[6]), Number(m[7])];
  if (hours > 23 || minutes > 59) return err('invalid');
  const offset = (m[5] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  // chinaDateTimeToUnix read the wall clock as +08:00; shift to the written offset.
  return ok(local.value + CHINA_OFFSET_SECONDS - offset);
}

/** The RFC 3339 text of an instant in China time: `2026-05-01T00:00:00+08:00`. */
export function toChinaRfc3339(seconds: number): string {
  const { date, time } = unixToChinaParts(seconds);
  return `${date}T${time}+08:00`;
}

const WALL = /^(\d{4}-\d{2}-\d{2})(?:[ Tt](\d{2}:\d{2}(?::\d{2})?))?$/;

/**
 * A China wall-clock time as merchants write it (`2026-05-01`, `2026-05-01 09:30`,
 * `2026-05-01 09:30:00`), or an RFC 3339 text with any zone, as Unix seconds. A bare date means
 * the start of that day, or its last second when `endOfDay` (an end date includes its day).
 */
export function parseChinaTimeInput(text: string, endOfDay = false): Result<number, Localized> {
  const trimmed = text.trim();
  const wall = WALL.exec(trimmed);
  if (wall) {
    const time = wall[2] ?? (endOfDay ? '23:59:59' : '00:00:00');
    const parsed = chinaDateTimeToUnix(wall[1] ?? '', time);
    return parsed.ok ? parsed : err(badTime(text));
  }
  const rfc = parseRfc3339(trimmed);
  return rfc.ok ? rfc : err(badTime(text));
}

const badTime = (text: string): Localized =>
  localized(
    `“${text}”不是有效的北京时间：请写成 2026-05-01 或 2026-05-01 09:30:00`,
    `"${text}" is not a valid China time: write 2026-05-01 or 2026-05-01 09:30:00`,
  );
