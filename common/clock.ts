/** Injected time source (milliseconds since the Unix epoch), so rules about "now" are testable. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock fixed at, or moved to, a given instant: for tests, benchmarks and the sandbox. */
export function fixedClock(epochMs: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let current = epochMs;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
