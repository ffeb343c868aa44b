import type { Clock } from '../../common/clock';
import type { AfterCreate, DraftBatch } from '../../common/drafts/draft';
import type { DraftProgress } from '../../common/ipc/channels/batch';
import type { HistoryError } from '../../common/ipc/channels/history';
import type { HistoryStore } from '../history/history-store';
import type { KnownCardsStore } from '../history/known-cards-store';
import type { ImageResolver } from '../images/resolve-refs';
import type { Logger } from '../log/logger';
import type { AccountLane, KeyedMutex } from './account-lane';
import type { BatchBackEnd, SendOutcome } from './back-end';
import type { AccountClient } from './clients';
import type { FoundCards } from './found-cards';
import type { Reconciler } from './reconciler';
import type { ReconcileTarget } from './reconcile-pass';
import type { WeixinClient } from '../wechat';

/**
 * Points where a test can stop the engine as a killed process would (the returned promise never
 * settles) or look at what happened. Production passes none.
 */
export interface EngineHooks {
  /** After `pending` is on disk, before `unknown` is written. */
  readonly beforeSend?: (recordId: string) => Promise<void> | void;
  /** After the create answered (or failed), before the outcome is journaled. */
  readonly afterSend?: (recordId: string, result: SendOutcome) => Promise<void> | void;
}

/** Counters across every run of an engine (the fault suite's JSON line reads them). */
export interface EngineCounters {
  creates: number;
  ambiguous: number;
  minuteQuota: number;
  resends: number;
}

/** What every draft's processing shares. */
export interface EngineContext<C = WeixinClient> {
  /** What is created and how (the Weixin card path by default): the protocol here is the same for all. */
  readonly backEnd: BatchBackEnd<C>;
  readonly history: HistoryStore;
  /** The accounts' existing cards on Weixin, cached between runs. */
  readonly knownCards: KnownCardsStore;
  /** The last preflight's lookup per account, taken (once) by the start that follows it. */
  readonly recentLookups: Map<string, { readonly at: number; readonly found: FoundCards }>;
  readonly images: ImageResolver;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly log: Logger | undefined;
  readonly reconciler: Reconciler<ReconcileTarget<C>>;
  readonly recordLocks: KeyedMutex;
  readonly fingerprintLocks: KeyedMutex;
  /** Create sends per operation per run before giving up (reconcile confirmed absence each time). */
  readonly maxAttempts: number;
  /** Next-minute waits per call on 45011. */
  readonly maxMinuteWaits: number;
  readonly hooks: EngineHooks;
  readonly counters: EngineCounters;
}

/** What a run gives the drafts it processes. */
export interface RunScope<C = WeixinClient> {
  readonly runId: string;
  readonly batch: DraftBatch;
  readonly account: AccountClient<C>;
  readonly lane: AccountLane;
  /** Aborted by cancel: calls not yet sent are dropped; a create already sent still reconciles. */
  readonly signal: AbortSignal;
  /** The account's existing cards, for linking identical drafts; undefined when copies were asked for. */
  readonly found: FoundCards | undefined;
  emit(progress: Omit<DraftProgress, 'scope' | 'runId' | 'batchId'>): void;
  /** 45009: stop starting drafts, keep the rest queued for tomorrow. */
  stopForQuota(error: HistoryError): void;
  /** An account-wide refusal (AppSecret, IP whitelist, 48001…): stop, keep the rest queued. */
  stopForAccount(error: HistoryError): void;
  /** A reconcile was needed in this run: sweep once more at its end. */
  noteAmbiguous(): void;
}

/** How one draft ended in a run. */
export type DraftOutcome = 'created' | 'found' | 'alreadyCreated' | 'failed' | 'invalid' | 'queued' | 'cancelled' | 'unknown';

/** What a draft asked for after creation, as the pipeline reads it. */
export type AfterWishes = AfterCreate;
