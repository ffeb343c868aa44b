import type { Clock } from '../../common/clock';

/**
 * The sandbox's time source. It follows real time by default; tests freeze it and move it to
 * make token expiry (§3.2), quotas (§6) and review results reproducible without sleeping.
 */
export interface VirtualClock extends Clock {
  /** Stops the clock at the current virtual instant. */
  freeze(): void;
  /** Lets the clock run again with real time, continuing from the current virtual instant. */
  follow(): void;
  /** Moves the virtual instant forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Jumps to a given virtual instant (ms since the epoch). */
  set(ms: number): void;
  /** True while frozen. */
  readonly frozen: boolean;
}

/** Options for {@link createVirtualClock}. */
export interface VirtualClockOptions {
  /** Virtual instant to start at; defaults to the real time. */
  startAt?: number;
  /** Start frozen instead of following real time. */
  frozen?: boolean;
  /** Real time source (injectable for the clock's own tests). */
  realNow?: () => number;
}

/** Builds a {@link VirtualClock}. */
export function createVirtualClock(options: VirtualClockOptions = {}): VirtualClock {
  const realNow = options.realNow ?? (() => Date.now());
  const start = options.startAt ?? realNow();
  let frozenAt: number | undefined = options.frozen ? start : undefined;
  let offset = start - realNow();
  const now = (): number => frozenAt ?? realNow() + offset;
  return {
    now,
    freeze() {
      frozenAt = now();
    },
    follow() {
      if (frozenAt === undefined) return;
      offset = frozenAt - realNow();
      frozenAt = undefined;
    },
    advance(ms) {
      if (frozenAt !== undefined) frozenAt += ms;
      else offset += ms;
    },
    set(ms) {
      if (frozenAt !== undefined) frozenAt = ms;
      else offset = ms - realNow();
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
