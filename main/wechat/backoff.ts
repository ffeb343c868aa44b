import type { RetryPolicy } from './options';

/**
 * Full-jitter exponential backoff (security-reliability.md §5.3, §6.1: additive jitter is not
 * enough): a uniform delay in [0, min(max, base × 2^(retry−1))). `retry` counts from 1.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(clampUnit(random()) * ceiling);
}

/** The margin past the minute boundary, so the retry lands in the new minute. */
const MINUTE_MARGIN_MS = 250;
/** Spread of the wake-up after a 45011, so every waiting call does not fire at the same instant. */
const MINUTE_JITTER_MS = 1_000;

/**
 * 45011 "retry next minute" (§2, §6): the wait until just after the next minute boundary of `now`,
 * plus up to a second of jitter.
 */
export function delayToNextMinute(now: number, random: () => number): number {
  const intoMinute = ((now % 60_000) + 60_000) % 60_000;
  return 60_000 - intoMinute + MINUTE_MARGIN_MS + Math.floor(clampUnit(random()) * MINUTE_JITTER_MS);
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 0.999_999) : 0;
}
