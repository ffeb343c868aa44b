/**
 * Real-time waits (latency, held answers, slow commits) that stop() can cut short, so stopping
 * never waits for a fault to play out.
 */
export class Timers {
  private readonly pending = new Set<(elapsed: boolean) => void>();
  private stopped = false;

  /**
   * Resolves true after `ms`, or false as soon as stop() runs or `cancel` aborts. `undefined` waits
   * for stop() (or `cancel`) only.
   */
  sleep(ms: number | undefined, cancel?: AbortSignal): Promise<boolean> {
    if (this.stopped || cancel?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = (): void => done(false);
      const done = (elapsed: boolean): void => {
        if (timer) clearTimeout(timer);
        cancel?.removeEventListener('abort', onAbort);
        this.pending.delete(done);
        resolve(elapsed);
      };
      this.pending.add(done);
      cancel?.addEventListener('abort', onAbort);
      if (ms !== undefined) timer = setTimeout(() => done(true), Math.max(0, ms));
    });
  }

  /** Ends every wait (each resolves false) and refuses new ones. */
  stopAll(): void {
    this.stopped = true;
    for (const done of [...this.pending]) done(false);
  }

  get isStopped(): boolean {
    return this.stopped;
  }
}
