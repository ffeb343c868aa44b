import type { Clock } from '../../common/clock';
import { delayToNextMinute } from '../wechat/backoff';
import type { WeixinResult } from '../wechat';

/** What waiting out a 45011 needs. */
export interface MinuteQuotaContext {
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** How many next-minute waits one call may make. */
  readonly maxWaits: number;
  /** Told of each 45011 (the engine halves the account's concurrency). */
  readonly onMinuteQuota: () => void;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Runs a call, and on 45011 "api minute-quota reach limit, must slower, retry next minute" (§2, §6)
 * waits until just after the next minute and sends it again. 45011 means the call was refused,
 * not executed, so resending is safe even for card/create.
 */
export async function withMinuteQuota<T>(call: () => Promise<WeixinResult<T>>, ctx: MinuteQuotaContext): Promise<WeixinResult<T>> {
  for (let waits = 0; ; waits++) {
    const result = await call();
    if (result.ok || result.error.kind !== 'weixin' || result.error.errcode !== 45011) return result;
    ctx.onMinuteQuota();
    if (waits >= ctx.maxWaits || ctx.signal?.aborted) return result;
    await ctx.sleep(delayToNextMinute(ctx.clock.now(), ctx.random));
  }
}
