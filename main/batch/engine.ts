import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../common/clock';
import type { BatchProgress, RunStatus } from '../../common/ipc/channels/batch';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import { err, ok, type Result } from '../../common/result';
import type { DraftBatch } from '../../common/drafts/draft';
import type { DraftsService } from '../drafts/drafts-service';
import type { HistoryStore } from '../history/history-store';
import type { KnownCardsStore } from '../history/known-cards-store';
import type { PersistedRun } from '../history/record';
import type { ImageResolver } from '../images/resolve-refs';
import type { Logger } from '../log/logger';
import { realSleep } from '../wechat/options';
import { AccountLane, KeyedMutex } from './account-lane';
import { batchError, type BatchError } from './batch-errors';
import type { BatchBackEnd } from './back-end';
import { cardBackEnd } from './card-back-end';
import type { AccountClient, AccountClients } from './clients';
import type { EngineContext, EngineCounters, EngineHooks } from './engine-context';
import type { PassReport, ReconcileTarget } from './reconcile-pass';
import { Reconciler } from './reconciler';
import type { Preflight, PreflightInput } from './preflight';
import { opIdOf } from './ids';
import { recoverUnfinished, type RecoveryReport } from './recovery';
import { remainingDrafts, RunController } from './run-controller';
import { runStatusOf } from './run-counts';
import type { FoundCards } from './found-cards';

/** What the engine is built from; everything has a default but the services. */
export interface BatchEngineOptions {
  /** What the engine creates (default: Weixin cards, card-back-end.ts). */
  readonly backEnd?: BatchBackEnd;
  readonly history: HistoryStore;
  /** The accounts' existing cards on Weixin, cached between runs (main/history/known-cards-store.ts). */
  readonly knownCards: KnownCardsStore;
  readonly drafts: Pick<DraftsService, 'get'>;
  readonly clients: AccountClients;
  readonly images: ImageResolver;
  readonly clock?: Clock;
  /** Every wait (settle delay, next minute on 45011); tests may advance a virtual clock instead. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Wait after an ambiguous create before reconciling (default 3 s: well past a normal commit). */
  readonly settleDelayMs?: number;
  /** Create sends per draft per run, each after a confirmed absence (default 3). */
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
  /**
   * Starts a run of a saved batch for its account (drafts already created are skipped). A draft
   * whose identical card is already on Weixin is linked to it, not sent — unless `allowDuplicates`
   * (a deliberate copy, confirmed by the user).
   */
  start(batchId: string, options?: RunOptions): Promise<Result<RunStatus, BatchError>>;
  /**
   * What a start would find on Weixin, sending nothing: the batch's drafts (not created yet) whose
   * identical card already exists — the app asks before making copies of them.
   */
  preflight(batchId: string): Promise<Result<Preflight, BatchError>>;
  /** The same for drafts not saved yet (the CLI, before importing a file). */
  preflightDrafts(accountId: string, drafts: readonly PreflightInput[]): Promise<Result<Preflight, BatchError>>;
  pause(runId: string): Promise<Result<RunStatus, BatchError>>;
  /**
   * A paused run continues; a quota-stopped, stopped or interrupted one runs its remaining drafts;
   * a done one retries the drafts that failed for a transient reason (network, timeout, -1).
   */
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

/** How a run is started. */
export interface RunOptions {
  /** Send drafts even when an identical card already exists on Weixin (a deliberate copy). */
  readonly allowDuplicates?: boolean;
}

/** What an engine over another back end is built from: that back end and accounts holding its own client. */
export type EngineOptionsFor<C> = Omit<BatchEngineOptions, 'backEnd' | 'clients'> & { readonly backEnd: BatchBackEnd<C>; readonly clients: AccountClients<C> };

/** Builds the card engine (Weixin clients) and starts reconciling what a previous process left unfinished. */
export function createBatchEngine(options: BatchEngineOptions): BatchEngine {
  return createEngineFor({ ...options, backEnd: options.backEnd ?? cardBackEnd });
}

/**
 * Builds an engine over any back end whose lanes hold that back end's client (a 商家券 lane holds
 * only a WeChat Pay client); the protocol, locks and journal are the same for all.
 */
export function createEngineFor<C>(options: EngineOptionsFor<C>): BatchEngine {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const listeners = new Set<(progress: BatchProgress) => void>();
  const recordLocks = new KeyedMutex();
  const counters: EngineCounters = { creates: 0, ambiguous: 0, minuteQuota: 0, resends: 0 };
  const { backEnd } = options;
  const reconciler = new Reconciler<ReconcileTarget<C>>({ pass: backEnd.reconcile, history: options.history, recordLocks, clock, sleep, settleDelayMs: options.settleDelayMs ?? 3_000, log: options.log });
  const ctx: EngineContext<C> = {
    backEnd,
    history: options.history,
    knownCards: options.knownCards,
    recentLookups: new Map(),
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
  const controllers = new Map<string, RunController<C>>();
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

  const laneFor = (account: AccountClient<C>): AccountLane => {
    let lane = lanes.get(account.accountId);
    if (!lane) lanes.set(account.accountId, (lane = new AccountLane(account.concurrency, options.recoverAfter ?? 8)));
    else lane.setMax(account.concurrency);
    return lane;
  };

  /** Settles the account's leftovers first (§4.3 rule 6); refuses while any stay unknown. The baseline follows the lookup. */
  async function accountReady(accountId: string): Promise<Result<AccountClient<C>, BatchError>> {
    await ready;
    const account = await options.clients.clientFor(accountId);
    if (!account.ok) return err(batchError('account_unavailable', account.error.message));
    // Operations of a live run on this account are in its workers' hands, not leftovers.
    const live = new Set([...controllers.values()].filter((c) => c.live).map((c) => c.runId));
    // Nor those of a run another process drives (it holds the run's lease and reconciles them).
    const leftover = (r: HistoryRecord) => backEnd.owns(r) && r.accountId === accountId && !live.has(r.runId ?? '') && !(r.runId && options.history.leasedElsewhere(r.runId));
    const open = () => options.history.unfinishedOps().some(leftover);
    if (open()) await recoverUnfinished(ctx, options.clients, leftover);
    if (open()) return err(batchError('recovery_pending'));
    return ok(account.value);
  }

  const launching = new Set<string>();

  /** A back end that cannot list what exists links nothing: its preflight finds no match. */
  const preflightWith = (account: AccountClient<C>, drafts: readonly PreflightInput[], taken: ReadonlySet<string>): Promise<Result<Preflight, BatchError>> =>
    backEnd.existing
      ? backEnd.existing.preflight(ctx, account, drafts, taken)
      : Promise.resolve(ok({ accountId: account.accountId, existingCards: { cards: 0, listCalls: 0, getCalls: 0, cached: 0, fromHistory: 0, removed: 0, cold: false }, drafts: drafts.length, matches: [], linked: 0 }));

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
    const drafts = remainingDrafts(ctx, persisted, batch.value);
    // Before the run's first create: what the account already has, so a draft already there is linked, not sent.
    let found: FoundCards | undefined;
    if (drafts.length > 0 && persisted.allowDuplicates !== true && backEnd.existing) {
      const looked = await backEnd.existing.lookUp(ctx, account.value, 'take');
      if (!looked.ok) {
        lease.value.release();
        return err(looked.error);
      }
      found = looked.value;
    }
    const baseline = await backEnd.prepareAccount(ctx, account.value, found);
    if (!baseline.ok) {
      lease.value.release();
      return err(baseline.error);
    }
    const saved = await options.history.saveRun(persisted);
    if (!saved.ok) {
      lease.value.release();
      return err(batchError('storage_failed', saved.error.message));
    }
    const controller = new RunController(ctx, { run: persisted, batch: batch.value, account: account.value, lane: laneFor(account.value), drafts, found, emit, lease: lease.value });
    controllers.set(persisted.runId, controller);
    void controller.finished.then(
      () => lease.value.release(),
      () => lease.value.release(),
    );
    return ok(controller.status());
  }

  /** A saved batch and the client of its account. */
  async function batchAndAccount(batchId: string): Promise<Result<{ batch: DraftBatch; account: AccountClient<C>; accountId: string }, BatchError>> {
    const batch = await options.drafts.get(batchId);
    if (!batch.ok) return err(batchError('batch_not_found'));
    const accountId = batch.value.accountId;
    if (!accountId) return err(batchError('batch_has_no_account'));
    const account = await options.clients.clientFor(accountId);
    if (!account.ok) return err(batchError('account_unavailable', account.error.message));
    return ok({ batch: batch.value, account: account.value, accountId });
  }

  const statusOf = (runId: string): RunStatus | undefined => {
    const controller = controllers.get(runId);
    if (controller) return controller.status();
    const run = options.history.run(runId);
    return run && runStatusOf(options.history, run, undefined);
  };

  const control = async (runId: string, act: (c: RunController<C>) => Promise<RunStatus>): Promise<Result<RunStatus, BatchError>> => {
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
    async start(batchId, runOptions) {
      const found = await batchAndAccount(batchId);
      if (!found.ok) return found;
      const { batch, account, accountId } = found.value;
      const now = clock.now();
      const run: PersistedRun = {
        runId: randomUUID(),
        batchId,
        batchName: batch.name,
        accountId,
        appid: account.appid,
        draftIds: batch.drafts.map((d) => d.id),
        status: 'running',
        startedAt: now,
        updatedAt: now,
        finishedAt: null,
        stopReason: null,
        ...(runOptions?.allowDuplicates === true ? { allowDuplicates: true } : {}),
      };
      return launch(run, accountId);
    },
    async preflight(batchId) {
      await ready;
      const found = await batchAndAccount(batchId);
      if (!found.ok) return found;
      const { batch, account, accountId } = found.value;
      const records = batch.drafts.map((draft) => options.history.get(opIdOf(accountId, batchId, draft.id)));
      const taken = new Set(records.map((r) => r?.cardId).filter((id): id is string => typeof id === 'string'));
      const open = batch.drafts.filter((_, i) => records[i]?.state !== 'created');
      return preflightWith(account, open, taken);
    },
    async preflightDrafts(accountId, drafts) {
      await ready;
      const account = await options.clients.clientFor(accountId);
      if (!account.ok) return err(batchError('account_unavailable', account.error.message));
      return preflightWith(account.value, drafts, new Set());
    },
    pause: (runId) => control(runId, (c) => c.pause()),
    cancel: (runId) => control(runId, (c) => c.cancel()),
    async resume(runId) {
      const controller = controllers.get(runId);
      if (controller?.live) return ok(await controller.resume());
      const run = options.history.run(runId);
      if (!run) return err(batchError('run_not_found'));
      if (run.status === 'cancelled') return err(batchError('run_not_resumable'));
      if (run.status === 'done' && runStatusOf(options.history, run, undefined).counts.retryable === 0) return err(batchError('run_not_resumable'));
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
