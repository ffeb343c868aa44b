import type { PassContext, PassReport, ReconcileTarget } from './reconcile-pass';

/** What the reconciler adds to a pass: the settle wait and the counters. */
export interface ReconcilerOptions<T extends ReconcileTarget<unknown> = ReconcileTarget> extends PassContext {
  /** The back end's pass (the card path: card/batchget + fingerprints). */
  readonly pass: (ctx: PassContext, target: T) => Promise<PassReport>;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * How long to wait after an ambiguous create before looking: longer than the server may take to
   * commit, or a late card is found only by a later pass (then flagged, never lost: §7.2 caveat).
   */
  readonly settleDelayMs: number;
  readonly onPass?: (appid: string, report: PassReport) => void;
}

interface Waiter<T> {
  readonly target: T;
  readonly resolve: (report: PassReport) => void;
}

interface AccountQueue<T> {
  waiting: Waiter<T>[];
  running: boolean;
}

/**
 * Coalesces reconcile requests per account: every request made before a round starts waits one
 * settle delay, then one pass answers them all (one scan of the account instead of one per timeout).
 * Passes of one account never overlap.
 */
export class Reconciler<T extends ReconcileTarget<unknown> = ReconcileTarget> {
  private readonly queues = new Map<string, AccountQueue<T>>();
  passes = 0;
  calls = 0;

  constructor(private readonly options: ReconcilerOptions<T>) {}

  /** Waits a settle delay, then the next pass over the account; answers its report. */
  request(target: T): Promise<PassReport> {
    return new Promise((resolve) => {
      const queue = this.queueOf(target.appid);
      queue.waiting.push({ target, resolve });
      void this.drain(target.appid, queue);
    });
  }

  private queueOf(appid: string): AccountQueue<T> {
    let queue = this.queues.get(appid);
    if (!queue) this.queues.set(appid, (queue = { waiting: [], running: false }));
    return queue;
  }

  private async drain(appid: string, queue: AccountQueue<T>): Promise<void> {
    if (queue.running) return;
    queue.running = true;
    try {
      while (queue.waiting.length > 0) {
        // Only those waiting when the round starts are served by it: each has waited a full delay.
        const round = queue.waiting.splice(0);
        await this.options.sleep(this.options.settleDelayMs);
        const first = round[0] as Waiter<T>;
        let report: PassReport;
        try {
          report = await this.options.pass(this.options, first.target);
        } catch (error) {
          this.options.log?.error('reconcile: pass failed', { appid, error });
          report = { conclusive: false, calls: 0, listed: 0, adopted: [], orphans: [], duplicates: [], failure: undefined };
        }
        this.passes++;
        this.calls += report.calls;
        this.options.onPass?.(appid, report);
        for (const waiter of round) waiter.resolve(report);
      }
    } finally {
      queue.running = false;
    }
  }
}
