/**
 * The creates one account may have in flight: at most `max` (the account's concurrency setting),
 * halved on each 45011 "minute quota" answer (§6) and raised by one after every `recoverAfter`
 * successes in a row, back up to `max`. Shared by every run on the account.
 */
export class AccountLane {
  private active = 0;
  private limit: number;
  private streak = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private max: number,
    private readonly recoverAfter: number,
    private readonly onChange: (current: number) => void = () => undefined,
  ) {
    this.limit = max;
  }

  /** The limit now. */
  get current(): number {
    return this.limit;
  }

  get maximum(): number {
    return this.max;
  }

  /** Follows a changed concurrency setting. */
  setMax(max: number): void {
    if (max === this.max) return;
    this.max = Math.max(1, max);
    this.limit = Math.min(this.limit, this.max);
    this.onChange(this.limit);
    this.wake();
  }

  /** Waits for a slot; the returned function gives it back (once). */
  async acquire(): Promise<() => void> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.wake();
    };
  }

  /** A 45011: halve (never below 1). */
  slowDown(): void {
    this.streak = 0;
    const next = Math.max(1, Math.floor(this.limit / 2));
    if (next !== this.limit) {
      this.limit = next;
      this.onChange(next);
    }
  }

  /** A create went through: after enough in a row, one more slot. */
  succeeded(): void {
    if (this.limit >= this.max) return;
    if (++this.streak < this.recoverAfter) return;
    this.streak = 0;
    this.limit++;
    this.onChange(this.limit);
    this.wake();
  }

  /** Lets every waiter re-check (a handful at most: one per run worker). */
  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/**
 * One holder at a time per key: identical drafts (same account, same fingerprint) are created one
 * after the other, so reconcile can always tell whose card it found (security-reliability.md §4.3).
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for the key; the returned function releases it. */
  async lock(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
