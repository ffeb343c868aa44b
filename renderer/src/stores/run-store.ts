import { create } from 'zustand';
import type { BatchProgress, DraftPhase, DraftProgress, PreflightAnswer, RunStatus, RunStatusName } from '../../../common/ipc/channels/batch';
import type { HistoryRecord, HistoryState } from '../../../common/ipc/channels/history';
import { localized, type Localized } from '../../../common/i18n';
import { getApi } from '../api';
import { getBatchApi, getHistoryApi } from '../api/domains';
import { runText } from '../i18n/run-text';
import { setDraftLock, useBuilderStore } from './builder-store';
import { useSaveStore } from './save-store';

/** Where one draft of the open batch stands: the latest progress event, or its history record. */
export interface DraftRunInfo {
  phase: DraftPhase;
  state: HistoryState | null;
  cardId: string | null;
  attempts: number;
  errcode: number | null;
  message: Localized | null;
}

/** Which control waits for main. */
export type RunBusy = 'start' | 'pause' | 'resume' | 'cancel' | null;

/** The open batch's run as the builder shows it. */
export interface RunState {
  /** The batch (and account) the state belongs to; progress of other batches is ignored. */
  batchId: string | null;
  accountId: string | null;
  /** The latest run of this batch for its account (live, or the last one's summary). */
  run: RunStatus | null;
  /** By draft id. */
  drafts: Record<string, DraftRunInfo>;
  busy: RunBusy;
  error: Localized | null;
  /** The merchant closed the finished run's summary. */
  summaryHidden: boolean;
  /** False when main offers no batch domain. */
  available: boolean;
  /** Drafts of the batch already on Weixin: the merchant links them (default) or makes copies. */
  duplicates: PreflightAnswer | null;

  /** Follows batch:progress and the open batch; returns the unsubscribe. */
  start(): () => void;
  /** Saves pending edits, then starts a run of the open batch for its account. */
  startRun(): Promise<void>;
  /** After the duplicates confirmation: start, linking the existing cards or (copies) sending anyway. */
  confirmStart(allowDuplicates: boolean): Promise<void>;
  /** Closes the duplicates confirmation without starting. */
  dismissDuplicates(): void;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  dismissSummary(): void;
  dismissError(): void;
}

/** Statuses in which a run's loop is alive (controls instead of the start button). */
const LIVE: ReadonlySet<RunStatusName> = new Set(['running', 'paused', 'cancelling']);

/** True while the run is being worked on. */
export function isLiveRun(run: RunStatus | null | undefined): boolean {
  return run !== null && run !== undefined && LIVE.has(run.status);
}

/** Drafts this run works on: the batch minus the cards an earlier run already created (skipped at once). */
export function runTotal(run: RunStatus): number {
  return Math.max(0, run.total - run.counts.alreadyCreated);
}

/** Drafts of this run that reached an outcome (everything but queued, in flight and created before). */
export function processedCount(run: RunStatus): number {
  return Math.max(0, runTotal(run) - run.counts.queued - run.counts.inFlight);
}

const infoOfRecord = (r: HistoryRecord): DraftRunInfo => ({
  phase: 'done',
  state: r.state,
  cardId: r.cardId,
  attempts: r.attempts,
  errcode: r.error?.errcode ?? null,
  message: r.error?.message ?? null,
});

const infoOfProgress = (p: DraftProgress): DraftRunInfo => ({
  phase: p.phase,
  state: p.state,
  cardId: p.cardId,
  attempts: p.attempts,
  errcode: p.errcode,
  message: p.message,
});

/** How far a run has come: every outcome, with what is in flight counted half. */
const progressOf = (run: RunStatus) => 2 * (run.total - run.counts.queued) - run.counts.inFlight;

/**
 * Whether a status should replace the one shown. Events and answers travel separately (SSE and
 * HTTP in the harness), so a start's answer can land after the run already finished: the later
 * status change (updatedAt) wins, and between two of the same status change, the further progress.
 */
function newer(current: RunStatus | null, next: RunStatus): boolean {
  if (!current) return true;
  if (current.runId !== next.runId) return next.startedAt >= current.startedAt;
  if (next.updatedAt !== current.updatedAt) return next.updatedAt > current.updatedAt;
  return progressOf(next) >= progressOf(current);
}

/** The store: the only caller of couponStudio.batch (and of history:query for the drafts' chips). */
export const useRunStore = create<RunState>()((set, get) => {
  let loadSeq = 0;

  /** Reads the batch's latest run and its drafts' records (chips survive a restart). */
  async function loadFor(batchId: string, accountId: string | null): Promise<void> {
    const seq = ++loadSeq;
    set({ batchId, accountId, run: null, drafts: {}, error: null, summaryHidden: false });
    const batch = getBatchApi();
    const history = getHistoryApi();
    if (!batch || !accountId) return;
    const [status, records] = await Promise.all([batch.status({ batchId }), history?.query({ batchId, accountId, limit: 500 })]);
    if (seq !== loadSeq) return;
    const latest = status.ok ? status.data.runs.find((r) => r.accountId === accountId) : undefined;
    if (latest && newer(get().run, latest)) set({ run: latest });
    if (records?.ok) {
      const known = get().drafts;
      // While a run is live, an older outcome would mislabel a draft it has not reached yet.
      const live = isLiveRun(get().run);
      const fromHistory: Record<string, DraftRunInfo> = {};
      for (const record of records.data.records) {
        if (record.kind !== 'op' || !record.draftId || known[record.draftId] || (live && record.state !== 'created')) continue;
        fromHistory[record.draftId] = infoOfRecord(record);
      }
      set({ drafts: { ...fromHistory, ...get().drafts } });
    }
  }

  function onProgress(progress: BatchProgress): void {
    if (progress.scope === 'batch') {
      if (progress.run.batchId !== get().batchId || progress.run.accountId !== get().accountId) return;
      if (newer(get().run, progress.run)) set({ run: progress.run });
      return;
    }
    if (progress.batchId !== get().batchId) return;
    const current = get().run;
    if (current && current.runId !== progress.runId && isLiveRun(current)) return;
    set((s) => ({ drafts: { ...s.drafts, [progress.draftId]: infoOfProgress(progress) } }));
  }

  async function control(kind: 'pause' | 'resume' | 'cancel'): Promise<void> {
    const batch = getBatchApi();
    const run = get().run;
    if (!batch || !run) return;
    set({ busy: kind, error: null });
    const answer = await batch[kind]({ runId: run.runId });
    if (!answer.ok) set({ busy: null, error: answer.error.message });
    else set({ busy: null, ...(newer(get().run, answer.data) ? { run: answer.data } : {}), summaryHidden: false });
  }

  /** Starts the run of a saved batch (copies of cards already on Weixin only when `allowDuplicates`). */
  async function launch(batchId: string, allowDuplicates: boolean): Promise<void> {
    const batch = getBatchApi();
    if (!batch) return;
    // A new run replaces the chips of drafts it will process; cards already created keep theirs.
    set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, info]) => info.state === 'created')) }));
    const answer = await batch.start(allowDuplicates ? { batchId, allowDuplicates } : { batchId });
    if (!answer.ok) {
      set({ busy: null, error: withTitle(answer.error.message) });
      return;
    }
    set({ busy: null, ...(newer(get().run, answer.data) ? { run: answer.data } : {}) });
  }

  return {
    batchId: null,
    accountId: null,
    run: null,
    drafts: {},
    busy: null,
    error: null,
    duplicates: null,
    summaryHidden: false,
    available: true,

    start() {
      const api = getApi();
      if (!api || !getBatchApi()) {
        set({ available: false });
        return () => undefined;
      }
      set({ available: true });
      const { batch } = useBuilderStore.getState();
      void loadFor(batch.id, batch.accountId);
      const stopProgress = api.on('batch:progress', onProgress);
      const stopBuilder = useBuilderStore.subscribe((state, previous) => {
        if (state.batch.id !== previous.batch.id || state.batch.accountId !== previous.batch.accountId) void loadFor(state.batch.id, state.batch.accountId);
      });
      return () => {
        loadSeq++;
        stopProgress();
        stopBuilder();
      };
    },

    async startRun() {
      const batch = getBatchApi();
      if (!batch) return;
      set({ busy: 'start', error: null, summaryHidden: false });
      // The engine reads the stored batch: every edit must be in main before the run starts.
      const saveError = await useSaveStore.getState().saveNow();
      if (saveError) {
        set({ busy: null, error: withTitle(saveError) });
        return;
      }
      const { id: batchId, accountId } = useBuilderStore.getState().batch;
      if (get().batchId !== batchId || get().accountId !== accountId) await loadFor(batchId, accountId);
      // Drafts already on Weixin: ask before anything starts (linking them is the default).
      const checked = await batch.preflight({ batchId });
      if (!checked.ok) {
        set({ busy: null, error: withTitle(checked.error.message) });
        return;
      }
      if (checked.data.matches.length > 0) {
        set({ busy: null, duplicates: checked.data });
        return;
      }
      await launch(batchId, false);
    },

    async confirmStart(allowDuplicates) {
      const { id: batchId } = useBuilderStore.getState().batch;
      set({ duplicates: null, busy: 'start', error: null });
      await launch(batchId, allowDuplicates);
    },

    dismissDuplicates() {
      set({ duplicates: null });
    },

    pause: () => control('pause'),
    resume: () => control('resume'),
    cancel: () => control('cancel'),

    dismissSummary() {
      set({ summaryHidden: true });
    },

    dismissError() {
      set({ error: null });
    },
  };
});

function withTitle(message: Localized): Localized {
  return localized(`${runText.startFailed['zh-CN']}：${message['zh-CN']}`, `${runText.startFailed.en}: ${message.en}`);
}

/** True when Weixin holds a card made from the draft (a record or progress event with its card_id). */
export function hasCreatedCard(info: DraftRunInfo | undefined): boolean {
  return info !== undefined && info.cardId !== null;
}

setDraftLock((draftId) => hasCreatedCard(useRunStore.getState().drafts[draftId]));
