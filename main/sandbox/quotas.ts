import type { Clock } from '../../common/clock';
import type { QuotaConfig, QuotaLimit } from './accounts';
import { chinaDayKey, minuteKey } from './china-time';

/**
 * Documented limits (§3.5, §3.6). Card APIs have no published numbers (§6), so every other path gets
 * FALLBACK_LIMIT: generous enough never to trip unless a test configures a lower one.
 */
export const DEFAULT_QUOTAS: QuotaConfig = {
  '/cgi-bin/token': { daily: 2000, perMinute: 10_000 },
  '/cgi-bin/stable_token': { daily: 500_000, perMinute: 10_000 },
};

/** The limit of a path nobody configured. */
export const FALLBACK_LIMIT: Required<QuotaLimit> = { daily: 1_000_000, perMinute: 10_000 };

interface Counter {
  day: number;
  usedToday: number;
  minute: number;
  usedThisMinute: number;
}

/** Daily (45009) and per-minute (45011) counters per account and path, on the virtual clock. */
export class QuotaService {
  private readonly counters = new Map<string, Counter>();
  private readonly overrides = new Map<string, QuotaLimit>();

  constructor(
    private readonly clock: Clock,
    private readonly configured: QuotaConfig = {},
  ) {}

  /** Replaces (or with undefined, removes) the sandbox-wide limit of one path. */
  setLimit(path: string, limit: QuotaLimit | undefined): void {
    if (limit === undefined) this.overrides.delete(path);
    else this.overrides.set(path, limit);
  }

  /** The limit in force for an account and path: account override, then sandbox, then defaults. */
  limitFor(path: string, accountQuotas: QuotaConfig): Required<QuotaLimit> {
    const layers = [FALLBACK_LIMIT, DEFAULT_QUOTAS[path], this.configured[path], this.overrides.get(path), accountQuotas[path]];
    let daily = FALLBACK_LIMIT.daily;
    let perMinute = FALLBACK_LIMIT.perMinute;
    for (const layer of layers) {
      if (layer?.daily !== undefined) daily = layer.daily;
      if (layer?.perMinute !== undefined) perMinute = layer.perMinute;
    }
    return { daily, perMinute };
  }

  /**
   * Counts one call if it is within both limits; otherwise answers the errcode and counts nothing
   * (a refused call does not use quota).
   */
  consume(appid: string, path: string, accountQuotas: QuotaConfig): 0 | 45009 | 45011 {
    const limit = this.limitFor(path, accountQuotas);
    const counter = this.counter(appid, path);
    if (counter.usedToday >= limit.daily) return 45009;
    if (counter.usedThisMinute >= limit.perMinute) return 45011;
    counter.usedToday += 1;
    counter.usedThisMinute += 1;
    return 0;
  }

  /** Calls counted today and this minute. */
  usage(appid: string, path: string): { usedToday: number; usedThisMinute: number } {
    const counter = this.counter(appid, path);
    return { usedToday: counter.usedToday, usedThisMinute: counter.usedThisMinute };
  }

  /** Every path this account has used today. */
  pathsUsed(appid: string): string[] {
    const prefix = `${appid} `;
    return [...this.counters.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  /** clear_quota: zeroes the account's daily counters (§3.7: every API with a quota). */
  clearDaily(appid: string): void {
    for (const path of this.pathsUsed(appid)) this.counter(appid, path).usedToday = 0;
  }

  private counter(appid: string, path: string): Counter {
    const now = this.clock.now();
    const key = `${appid} ${path}`;
    let counter = this.counters.get(key);
    if (!counter) {
      counter = { day: chinaDayKey(now), usedToday: 0, minute: minuteKey(now), usedThisMinute: 0 };
      this.counters.set(key, counter);
    }
    // The day resets at midnight China time (§3.6); the minute at each calendar minute.
    if (counter.day !== chinaDayKey(now)) {
      counter.day = chinaDayKey(now);
      counter.usedToday = 0;
    }
    if (counter.minute !== minuteKey(now)) {
      counter.minute = minuteKey(now);
      counter.usedThisMinute = 0;
    }
    return counter;
  }
}
