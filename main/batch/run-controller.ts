import type { Draft, DraftBatch } from '../../common/drafts/draft';
import type { BatchProgress, RunStatus, RunStatusName } from '../../common/ipc/channels/batch';
import type { HistoryError } from '../../common/ipc/channels/history';
import type { PersistedRun } from '../history/record';
import type { AccountLane } from './account-lane';
import type { AccountClient } from './clients';
import type { WeixinClient } from '../wechat';
import type { FoundCards } from './found-cards';
import { processDraft } from './draft-pipeline';
import type { EngineContext, RunScope } from './engine-context';
import { opIdOf } from './ids';
import { runStatusOf } from './run-counts';
import { isTransient } from './transient';

/** Statuses in which the run's loop is alive. */
const LIVE: ReadonlySet<RunStatusName> = new Set(['running', 'paused', 'cancelling']);
/** Least time between two batch-progress events while counts change (status changes go at once). */
const THROTTLE_MS = 150;

/** What a controller needs besides the engine context. */
export interface RunSetup<C = WeixinClient> {
  readonly run: PersistedRun;
  readonly batch: DraftBatch;
  readonly account: AccountClient<C>;
  readonly lane: AccountLane;
  /** Drafts to process (a resumed run skips what it already finished). */
  readonly drafts: readonly Draft[];
  /** The account's existing cards (undefined: the run makes copies, `allowDuplicates`). */
  readonly found: FoundCards | undefined;
  readonly emit: (progress: BatchProgress) => void;
  /** This process's lease on the run (history run_leases): once lost, another process drives it. */
  readonly lease?: { readonly held: boolean };
}

/**
 * Drives one run: takes drafts in batch order, each when the account lane has a slot and the run
 * is not paused; stops starting new ones on cancel, 45009 or an account-wide refusal (the rest
 * stay queued); waits for what is in flight; sweeps the account once more if anything was
 * ambiguous; persists every status change in the journal.
 */
export class RunController<C = WeixinClient> {
  private run: PersistedRun;
  private readonly inFlight = new Set<string>();
  private readonly abort = new AbortController();
  private readonly resumeWaiters: (() => void)[] = [];
  private ambiguous = false;
  private reconcilesAtStart: number;
  private lastEmit = 0;
  private pendingEmit: ReturnType<typeof setTimeout> | undefined;
  /** Resolves when the loop has ended (done, cancelled, quota_stopped, stopped). */
  readonly finished: Promise<RunStatus>;

  constructor(
    private readonly ctx: EngineContext<C>,
    private readonly setup: RunSetup<C>,
  ) {
    this.run = setup.run;
    this.reconcilesAtStart = ctx.reconciler.passes;
    this.finished = this.drive();
  }

  get runId(): string {
    return this.run.runId;
  }

  get persisted(): PersistedRun {
    return this.run;
  }

  get live(): boolean {
    return LIVE.has(this.run.status);
  }

  status(): RunStatus {
    return runStatusOf(this.ctx.history, this.run, {
      inFlight: this.inFlight,
      lookup: this.setup.found?.report,
      concurrency: { current: this.setup.lane.current, max: this.setup.lane.maximum },
      reconciles: this.ctx.reconciler.passes - this.reconcilesAtStart,
    });
  }

  async pause(): Promise<RunStatus> {
    if (this.run.status === 'running') await this.setStatus('paused');
    return this.status();
  }

  async resume(): Promise<RunStatus> {
    if (this.run.status === 'paused') {
      await this.setStatus('running');
      for (const wake of this.resumeWaiters.splice(0)) wake();
    }
    return this.status();
  }

  async cancel(): Promise<RunStatus> {
    if (this.run.status === 'running' || this.run.status === 'paused') {
      await this.setStatus('cancelling');
      this.abort.abort();
      for (const wake of this.resumeWaiters.splice(0)) wake();
    }
    return this.status();
  }

  private get leaseLost(): boolean {
    return this.setup.lease !== undefined && !this.setup.lease.held;
  }

  private get stopping(): boolean {
    return this.run.status !== 'running' && this.run.status !== 'paused';
  }

  private async waitWhilePaused(): Promise<void> {
    while (this.run.status === 'paused') await new Promise<void>((resolve) => this.resumeWaiters.push(resolve));
  }

  private async drive(): Promise<RunStatus> {
    await Promise.resolve();
    this.emitStatus(true);
    const tasks = new Set<Promise<void>>();
    let dispatched = 0;
    for (const draft of this.setup.drafts) {
      let release: (() => void) | undefined;
      while (!this.stopping) {
        await this.waitWhilePaused();
        if (this.stopping) break;
        release = await this.setup.lane.acquire();
        if (this.run.status === 'running') break;
        release();
        release = undefined;
      }
      if (!release) break;
      if (this.leaseLost) {
        release();
        break;
      }
      dispatched++;
      const slot = release;
      this.inFlight.add(draft.id);
      const task = processDraft(this.ctx, this.scope(), draft)
        .catch((error: unknown) => this.ctx.log?.error('batch: draft processing threw', { draftId: draft.id, error }))
        .then(() => {
          slot();
          this.inFlight.delete(draft.id);
          tasks.delete(task);
          this.emitStatus(false);
        });
      tasks.add(task);
    }
    await Promise.all([...tasks]);
    if (this.ambiguous) {
      // Late cards (slow commits) land after the run's own reconciles: one last look finds them.
      const report = await this.ctx.reconciler.request(this.target());
      if (report.conclusive) await this.requeueAbsent();
    }
    // Taken over after our lease lapsed: the run's status is the new owner's to write, not ours.
    if (this.leaseLost) return this.status();
    const completed = dispatched === this.setup.drafts.length;
    const status = this.run.status;
    const final: RunStatusName = status === 'cancelling' ? 'cancelled' : status === 'running' || (status === 'paused' && completed) ? 'done' : status;
    await this.setStatus(final, undefined, true);
    return this.status();
  }

  /**
   * This run's operations still `unknown` after a conclusive last sweep (their reconcile had
   * failed earlier): the card is confirmed absent, so they go back to the queue, never resent blind.
   */
  private async requeueAbsent(): Promise<void> {
    const { accountId, batchId, runId } = this.run;
    for (const draftId of this.run.draftIds) {
      const id = opIdOf(accountId, batchId, draftId);
      const release = await this.ctx.recordLocks.lock(id);
      try {
        const record = this.ctx.history.get(id);
        if (record?.runId !== runId || record.state !== 'unknown') continue;
        await this.ctx.history.write(id, 'absent', { state: 'queued' });
      } finally {
        release();
      }
    }
  }

  private target() {
    const { accountId, appid, accountName, client } = this.setup.account;
    return { accountId, appid, accountName, client };
  }

  private scope(): RunScope<C> {
    const { batch, account, lane } = this.setup;
    return {
      runId: this.run.runId,
      batch,
      account,
      lane,
      signal: this.abort.signal,
      found: this.setup.found,
      emit: (progress) => this.setup.emit({ scope: 'draft', runId: this.run.runId, batchId: batch.id, ...progress }),
      stopForQuota: (error) => void this.stop('quota_stopped', error),
      stopForAccount: (error) => void this.stop('stopped', error),
      noteAmbiguous: () => {
        this.ambiguous = true;
      },
    };
  }

  private async stop(status: 'quota_stopped' | 'stopped', error: HistoryError): Promise<void> {
    if (this.stopping) return;
    await this.setStatus(status, error);
    for (const wake of this.resumeWaiters.splice(0)) wake();
  }

  private async setStatus(status: RunStatusName, stopReason?: HistoryError, final = false): Promise<void> {
    const now = this.ctx.clock.now();
    this.run = {
      ...this.run,
      status,
      updatedAt: now,
      finishedAt: final ? now : this.run.finishedAt,
      stopReason: stopReason ?? (status === 'running' ? null : this.run.stopReason),
    };
    const saved = await this.ctx.history.saveRun(this.run);
    if (!saved.ok) this.ctx.log?.error('batch: run state not saved', { runId: this.run.runId });
    this.emitStatus(true);
  }

  /** Batch progress: at once for status changes, else at most every THROTTLE_MS. */
  private emitStatus(now: boolean): void {
    const send = () => {
      this.pendingEmit = undefined;
      this.lastEmit = Date.now();
      this.setup.emit({ scope: 'batch', run: this.status() });
    };
    if (now) {
      if (this.pendingEmit) clearTimeout(this.pendingEmit);
      send();
      return;
    }
    if (this.pendingEmit) return;
    const wait = THROTTLE_MS - (Date.now() - this.lastEmit);
    if (wait <= 0) send();
    else this.pendingEmit = setTimeout(send, wait);
  }
}

/**
 * Drafts of a run still to process: not created, and not finished by this same run — except a
 * failure for a transient reason (network, timeout, busy Weixin), which a resume tries again.
 */
export function remainingDrafts<C>(ctx: EngineContext<C>, run: PersistedRun, batch: DraftBatch): Draft[] {
  const wanted = new Set(run.draftIds);
  return batch.drafts.filter((draft) => {
    if (!wanted.has(draft.id)) return false;
    const record = ctx.history.get(opIdOf(run.accountId, run.batchId, draft.id));
    if (!record) return true;
    if (record.state === 'created') return false;
    const finishedHere = record.runId === run.runId && ((record.state === 'failed' && !isTransient(record.error)) || record.state === 'invalid' || record.state === 'cancelled');
    return !finishedHere;
  });
}
