import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../common/clock';
import type { BatchProgress, RunStatus } from '../../common/ipc/channels/batch';
import { err, ok, type Result } from '../../common/result';
import type { DraftsService } from '../drafts/drafts-service';
import type { HistoryStore } from '../history/history-store';
import type { PersistedRun } from '../history/record';
import type { ImageResolver } from '../images/resolve-refs';
import type { Logger } from '../log/logger';
import { realSleep } from '../wechat/options';
import { AccountLane, KeyedMutex } from './account-lane';
import { ensureBaseline } from './baseline';
import { batchError, type BatchError } from './batch-errors';
import type { AccountClient, AccountClients } from './clients';
import type { EngineContext, EngineCounters, EngineHooks } from './engine-context';
import type { PassReport } from './reconcile-pass';
import { Reconciler } from './reconciler';
import { recoverUnfinished, type RecoveryReport } from './recovery';
import { remainingDrafts, RunController } from './run-controller';
import { runStatusOf } from './run-counts';

/** What the engine is built from; everything has a default but the services. */
export interface BatchEngineOptions {
  readonly history: HistoryStore;
  readonly drafts: Pick<DraftsService, 'get'>;
  readonly clients: AccountClients;
  readonly images: ImageResolver;
  readonly clock?: Clock;
  /** Every wait (settle delay, next minute on 45011); tests may advance a virtual clock instead. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Wait after an ambiguous create before reconciling (default 3 s: well past a normal commit). */
  readonly settleDelayMs?: number;
  /** card/create sends per draft per run, each after a confirmed absence (default 3). */
  readonly maxAttempts?: number;
  /** Next-minute waits per call on 45011 (default 5). */
  readonly maxMinuteWaits?: number;
  /** Successes in a row before a halved concurrency gains one slot back (default 8). */
  readonly recoverAfter?: number;
  readonly log?: Logger;
  readonly hooks?: EngineHooks;
}

/** Engine-wide figures (the fault suite's JSON line). */
export interface EngineStats extends EngineCounters {
  readonly reconcilePasses: number;
  readonly reconcileCalls: number;
}

/** The batch engine: runs, their controls, and the reconcile machinery. */
export interface BatchEngine {
  /** Start-up reconciliation of every unfinished create; nothing is sent before it settles. */
  readonly ready: Promise<RecoveryReport>;
  /** Starts a run of a saved batch for its account (drafts already created are skipped). */
  start(batchId: string): Promise<Result<RunStatus, BatchError>>;
  pause(runId: string): Promise<Result<RunStatus, BatchError>>;
  /** A paused run continues; a quota-stopped, stopped or interrupted one runs its remaining drafts. */
  resume(runId: string): Promise<Result<RunStatus, BatchError>>;
  cancel(runId: string): Promise<Result<RunStatus, BatchError>>;
  status(runId: string): RunStatus | undefined;
  /** Every run the journal knows, newest first. */
  runs(): RunStatus[];
  /** Resolves when the run's loop ends (done, cancelled, quota_stopped, stopped). */
  settled(runId: string): Promise<RunStatus | undefined>;
  /** A reconcile pass over an account now (after the settle delay), e.g. from the CLI. */
  reconcileAccount(accountId: string): Promise<Result<PassReport, BatchError>>;
  /** Progress of every run: per draft and per run. */
  subscribe(listener: (progress: BatchProgress) => void): () => void;
  stats(): EngineStats;
  readonly recovering: boolean;
}

/** Builds the engine and starts reconciling what a previous process left unfinished. */
export function createBatchEngine(options: BatchEngineOptions): BatchEngine {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const listeners = new Set<(progress: BatchProgress) => void>();
  const recordLocks = new KeyedMutex();
  const counters: EngineCounters = { creates: 0, ambiguous: 0, minuteQuota: 0, resends: 0 };
  const reconciler = new Reconciler({ history: options.history, recordLocks, clock, sleep, settleDelayMs: options.settleDelayMs ?? 3_000, log: options.log });
  const ctx: EngineContext = {
    history: options.history,
    images: options.images,
    clock,
    sleep,
    random: options.random ?? Math.random,
    log: options.log,
    reconciler,
    recordLocks,
    fingerprintLocks: new KeyedMutex(),
    maxAttempts: options.maxAttempts ?? 3,
    maxMinuteWaits: options.maxMinuteWaits ?? 5,
    hooks: options.hooks ?? {},
    counters,
  };
  const controllers = new Map<string, RunController>();
  const lanes = new Map<string, AccountLane>();
  const emit = (progress: BatchProgress) => {
    for (const listener of listeners) {
      try {
        listener(progress);
      } catch (error) {
        options.log?.error('batch: progress listener failed', { error });
      }
    }
  };
  let recovering = true;
  const ready = recoverUnfinished(ctx, options.clients).finally(() => {
    recovering = false;
  });

  const laneFor = (account: AccountClient): AccountLane => {
    let lane = lanes.get(account.accountId);
    if (!lane) lanes.set(account.accountId, (lane = new AccountLane(account.concurrency, options.recoverAfter ?? 8)));
    else lane.setMax(account.concurrency);
    return lane;
  };

  /** Settles the account's leftovers first (§4.3 rule 6); refuses while any stay unknown. */
  async function accountReady(accountId: string): Promise<Result<AccountClient, BatchError>> {
    await ready;
    const account = await options.clients.clientFor(accountId);
    if (!account.ok) return err(batchError('account_unavailable', account.error.message));
    // Operations of a live run on this account are in its workers' hands, not leftovers.
    const live = new Set([...controllers.values()].filter((c) => c.live).map((c) => c.runId));
    // Nor those of a run another process drives (it holds the run's lease and reconciles them).
    const leftover = (r: { accountId: string; runId: string | null }) => r.accountId === accountId && !live.has(r.runId ?? '') && !(r.runId && options.history.leasedElsewhere(r.runId));
    const open = () => options.history.unfinishedOps().some(leftover);
    if (open()) await recoverUnfinished(ctx, options.clients, leftover);
    if (open()) return err(batchError('recovery_pending'));
    const baseline = await ensureBaseline(ctx, account.value);
    if (!baseline.ok) return err(baseline.error);
    return ok(account.value);
  }

  const launching = new Set<string>();

  async function launch(run: PersistedRun, accountId: string): Promise<Result<RunStatus, BatchError>> {
    // Checked and claimed before any await: two quick starts of one batch cannot both pass.
    if (launching.has(run.batchId) || [...controllers.values()].some((c) => c.live && c.persisted.batchId === run.batchId)) {
      return err(batchError('run_already_active'));
    }
    launching.add(run.batchId);
    try {
      return await launchClaimed(run, accountId);
    } finally {
      launching.delete(run.batchId);
    }
  }

  async function launchClaimed(run: PersistedRun, accountId: string): Promise<Result<RunStatus, BatchError>> {
    const batch = await options.drafts.get(run.batchId);
    if (!batch.ok) return err(batchError('batch_not_found'));
    const account = await accountReady(accountId);
    if (!account.ok) return account;
    // Two processes (the app and a CLI) never drive one run: the lease is taken under SQLite's write lock.
    const lease = options.history.leaseRun(run.runId);
    if (!lease.ok) return err(batchError('run_already_active', lease.error.message));
    const present = new Set(batch.value.drafts.map((d) => d.id));
    const persisted: PersistedRun = { ...run, draftIds: run.draftIds.filter((id) => present.has(id)), status: 'running', updatedAt: clock.now(), finishedAt: null, stopReason: null };
    const saved = await options.history.saveRun(persisted);
    if (!saved.ok) {
      lease.value.release();
      return err(batchError('storage_failed', saved.error.message));
    }
    const drafts = remainingDrafts(ctx, persisted, batch.value);
    const controller = new RunController(ctx, { run: persisted, batch: batch.value, account: account.value, lane: laneFor(account.value), drafts, emit, lease: lease.value });
    controllers.set(persisted.runId, controller);
    void controller.finished.then(
      () => lease.value.release(),
      () => lease.value.release(),
    );
    return ok(controller.status());
  }

  const statusOf = (runId: string): RunStatus | undefined => {
    const controller = controllers.get(runId);
    if (controller) return controller.status();
    const run = options.history.run(runId);
    return run && runStatusOf(options.history, run, undefined);
  };

  const control = async (runId: string, act: (c: RunController) => Promise<RunStatus>): Promise<Result<RunStatus, BatchError>> => {
    const controller = controllers.get(runId);
    if (controller?.live) return ok(await act(controller));
    const status = statusOf(runId);
    return status ? ok(status) : err(batchError('run_not_found'));
  };

  return {
    ready,
    get recovering() {
      return recovering;
    },
    async start(batchId) {
      const batch = await options.drafts.get(batchId);
      if (!batch.ok) return err(batchError('batch_not_found'));
      const accountId = batch.value.accountId;
      if (!accountId) return err(batchError('batch_has_no_account'));
      const account = await options.clients.clientFor(accountId);
      if (!account.ok) return err(batchError('account_unavailable', account.error.message));
      const now = clock.now();
      const run: PersistedRun = {
        runId: randomUUID(),
        batchId,
        batchName: batch.value.name,
        accountId,
        appid: account.value.appid,
        draftIds: batch.value.drafts.map((d) => d.id),
        status: 'running',
        startedAt: now,
        updatedAt: now,
        finishedAt: null,
        stopReason: null,
      };
      return launch(run, accountId);
    },
    pause: (runId) => control(runId, (c) => c.pause()),
    cancel: (runId) => control(runId, (c) => c.cancel()),
    async resume(runId) {
      const controller = controllers.get(runId);
      if (controller?.live) return ok(await controller.resume());
      const run = options.history.run(runId);
      if (!run) return err(batchError('run_not_found'));
      if (run.status === 'done' || run.status === 'cancelled') return err(batchError('run_not_resumable'));
      return launch(run, run.accountId);
    },
    status: statusOf,
    runs: () =>
      options.history
        .runs()
        .map((run) => statusOf(run.runId))
        .filter((s): s is RunStatus => s !== undefined)
        .sort((a, b) => b.startedAt - a.startedAt),
    async settled(runId) {
      const controller = controllers.get(runId);
      return controller ? controller.finished : statusOf(runId);
    },
    async reconcileAccount(accountId) {
      await ready;
      const account = await options.clients.clientFor(accountId);
      if (!account.ok) return err(batchError('account_unavailable', account.error.message));
      const { appid, accountName, client } = account.value;
      return ok(await reconciler.request({ accountId, appid, accountName, client }));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: () => ({ ...counters, reconcilePasses: reconciler.passes, reconcileCalls: reconciler.calls }),
  };
}
