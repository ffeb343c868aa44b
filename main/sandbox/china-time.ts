// Weixin's daily quotas reset at midnight China Standard Time (UTC+8, no daylight saving), whatever
// the machine's time zone (§3.6). Kept local to the sandbox so it shares no code with the client.
const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

/** A number that changes exactly at each midnight China time. */
export function chinaDayKey(epochMs: number): number {
  return Math.floor((epochMs + CST_OFFSET_MS) / DAY_MS);
}

/** A number that changes at the start of each calendar month in China time (clear_quota, §3.7). */
export function chinaMonthKey(epochMs: number): number {
  const shifted = new Date(epochMs + CST_OFFSET_MS);
  return shifted.getUTCFullYear() * 12 + shifted.getUTCMonth();
}

/** A number that changes at each calendar minute: 45011 says "retry next minute" (§2). */
export function minuteKey(epochMs: number): number {
  return Math.floor(epochMs / 60_000);
}

/** 23:59:59 China time, `days` days after the China date of `epochMs`, in Unix seconds. */
export function chinaEndOfDaySeconds(epochMs: number, days: number): number {
  const dayStartUtcMs = (chinaDayKey(epochMs) + days) * DAY_MS - CST_OFFSET_MS;
  return Math.floor(dayStartUtcMs / 1000) + 86_399;
}
