import { hashString, seededRng } from './random';

/**
 * One call's injected behaviour (security-reliability.md §7.1). Before-commit kinds never touch state;
 * after-commit kinds run the endpoint first, so the card really exists when the client sees a failure.
 */
export type FaultOutcome =
  | { readonly kind: 'none' }
  /** Waits, then answers normally; if the client gave up meanwhile, nothing is committed. */
  | { readonly kind: 'latency'; readonly ms: number }
  /** Answers `{errcode, errmsg}` without doing anything (-1, 45009, 45011 or any code). */
  | { readonly kind: 'errcode'; readonly errcode: number; readonly errmsg?: string }
  /** An nginx 502 page before doing anything. */
  | { readonly kind: 'http502' }
  /** Destroys the socket before doing anything. */
  | { readonly kind: 'reset' }
  /** Commits, then destroys the socket. */
  | { readonly kind: 'reset-after-commit' }
  /** Commits, then holds the answer for holdMs (default: until stop()), then sends it if the socket lives. */
  | { readonly kind: 'timeout-after-commit'; readonly holdMs?: number }
  /** Commits, then answers with a 502 page. */
  | { readonly kind: '502-after-commit' }
  /** The commit itself lands only after delayMs, even if the client has gone; the answer follows it. */
  | { readonly kind: 'slow-commit'; readonly delayMs: number }
  /** WeChat Pay paths: an APIv3 error (500 SYSTEM_ERROR, 429 FREQUENCY_LIMITED…) without doing anything. Card paths: errcode -1. */
  | { readonly kind: 'pay-error'; readonly status: number; readonly code: string; readonly message?: string }
  /** WeChat Pay paths: commits, then answers with a signature the client must refuse (§6.2 of the WeChat Pay sheet). Card paths: no effect. */
  | { readonly kind: 'answer-signature'; readonly variant: AnswerSignatureFault };

/** How an injected WeChat Pay answer signature is wrong. */
export type AnswerSignatureFault = 'wrong-key' | 'stale-timestamp' | 'unknown-serial' | 'signtest' | 'unsigned';

/** Every fault kind except `none`. */
export type FaultKind = Exclude<FaultOutcome['kind'], 'none'>;

/** All fault kinds, for counters. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  'errcode',
  'http502',
  'reset',
  'reset-after-commit',
  'timeout-after-commit',
  '502-after-commit',
  'slow-commit',
  'pay-error',
  'answer-signature',
];

/**
 * Faults of one endpoint: a script (consumed one outcome per call, first) and/or a probability with
 * the kinds to draw from uniformly, using an RNG seeded per path so runs replay exactly.
 */
export interface FaultConfig {
  readonly script?: readonly FaultOutcome[];
  readonly probability?: number;
  readonly kinds?: readonly FaultOutcome[];
}

/** Counts of injected faults. */
export interface FaultCounts {
  total: number;
  byKind: Record<FaultKind, number>;
  byPath: Record<string, Partial<Record<FaultKind, number>>>;
}

interface PathFaults {
  script: FaultOutcome[];
  probability: number;
  kinds: readonly FaultOutcome[];
  rng: () => number;
}

/** The key that applies to every path without its own configuration. */
export const ANY_PATH = '*';

/** Decides each call's fault and counts what it injected. */
export class FaultService {
  private readonly paths = new Map<string, PathFaults>();
  private counts: FaultCounts = emptyCounts();

  constructor(
    private readonly seed: number,
    initial: Readonly<Record<string, FaultConfig>> = {},
  ) {
    for (const [path, config] of Object.entries(initial)) this.set(path, config);
  }

  /** Replaces one path's configuration (undefined removes it). The RNG restarts from the seed. */
  set(path: string, config: FaultConfig | undefined): void {
    if (config === undefined) {
      this.paths.delete(path);
      return;
    }
    this.paths.set(path, {
      script: [...(config.script ?? [])],
      probability: config.probability ?? 0,
      kinds: config.kinds ?? [],
      rng: seededRng(this.seed ^ hashString(path)),
    });
  }

  /** Appends outcomes to a path's script, keeping any probability already set. */
  script(path: string, outcomes: readonly FaultOutcome[]): void {
    const existing = this.paths.get(path);
    if (existing) existing.script.push(...outcomes);
    else this.set(path, { script: outcomes });
  }

  /** Removes every configuration (counts are kept). */
  clear(): void {
    this.paths.clear();
  }

  /** The outcome for the next call to `path`; counted if it is a fault. */
  next(path: string): FaultOutcome {
    const config = this.paths.get(path) ?? this.paths.get(ANY_PATH);
    if (!config) return { kind: 'none' };
    let outcome: FaultOutcome = { kind: 'none' };
    const scripted = config.script.shift();
    if (scripted) outcome = scripted;
    else if (config.probability > 0 && config.kinds.length > 0 && config.rng() < config.probability) {
      const index = Math.floor(config.rng() * config.kinds.length);
      outcome = config.kinds[index] ?? { kind: 'none' };
    }
    if (outcome.kind !== 'none') this.count(path, outcome.kind);
    return outcome;
  }

  /** A copy of the counters. */
  snapshot(): FaultCounts {
    return structuredClone(this.counts);
  }

  private count(path: string, kind: FaultKind): void {
    this.counts.total += 1;
    this.counts.byKind[kind] += 1;
    const perPath = (this.counts.byPath[path] ??= {});
    perPath[kind] = (perPath[kind] ?? 0) + 1;
  }
}

function emptyCounts(): FaultCounts {
  const byKind = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  return { total: 0, byKind, byPath: {} };
}
