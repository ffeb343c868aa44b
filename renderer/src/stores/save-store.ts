import { create } from 'zustand';
import type { DraftBatchSummary } from '../../../common/drafts/draft';
import type { Localized } from '../../../common/i18n';
import { formatChinaDateTime } from '../../../common/units/china-time';
import { builderText } from '../i18n/builder-text';
import { useAppStore } from './app-store';
import { useBuilderStore } from './builder-store';
import { choosePersistence, memoryPersistence, type BatchPersistence, type CloneTarget } from './persistence';

/** The autosave indicator: saved, saving (or waiting to), failed (retrying), or memory-only. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'local';

/** Autosave state and its two actions. */
export interface SaveState {
  status: SaveStatus;
  error: Localized | null;
  lastSavedAt: number | null;
  durable: boolean;
  /** Opens the latest batch and saves every change (debounced); returns the stop function. */
  start(): () => void;
  /** Saves now (after a failure, or from the indicator). */
  retry(): void;
  /**
   * Saves the batch as it is now and waits for it (a batch run reads the stored batch, so pending
   * edits must reach main first); answers the error, or null once main holds every edit.
   */
  saveNow(): Promise<Localized | null>;
  /** Stored batches for the "open batch" menu, newest first. */
  recent: DraftBatchSummary[];
  loadRecent(): Promise<void>;
  /** Saves the current batch, then opens a stored one. */
  openBatch(id: string): Promise<void>;
  /**
   * Saves the current batch, copies it for another account (agencies reuse one design across
   * clients) and opens the copy; answers the error, or null when the copy is open.
   */
  cloneToAccount(target: CloneTarget): Promise<Localized | null>;
}

/** Quiet time after the last keystroke before a save (~600 ms: a save per pause, not per key). */
export const AUTOSAVE_DELAY_MS = 600;
const MAX_RETRY_MS = 30_000;

let persistence: BatchPersistence = memoryPersistence();
let timer: ReturnType<typeof setTimeout> | undefined;
let saving = false;
let again = false;
let retryMs = 0;
/** True while a stored batch is being put into the builder: loading is not an edit to save. */
let opening = false;
/** A change waits for its debounced save. */
let pending = false;
/** The batch is being renamed to main's id: the same batch, nothing to save twice. */
let adopting = false;

/** The save running now, if any (saveNow waits for it before saving the latest batch). */
let inFlight: Promise<void> | undefined;

function schedule(delayMs: number): void {
  pending = true;
  clearTimeout(timer);
  timer = setTimeout(() => void runFlush(), delayMs);
}

function runFlush(): Promise<void> {
  const running = flush().finally(() => {
    if (inFlight === running) inFlight = undefined;
  });
  inFlight = running;
  return running;
}

async function flush(): Promise<void> {
  if (!persistence.durable) return;
  if (saving) {
    again = true;
    return;
  }
  const batch = useBuilderStore.getState().batch;
  pending = false;
  saving = true;
  useSaveStore.setState({ status: 'saving' });
  const result = await persistence.save(batch);
  saving = false;
  if (result.ok) {
    retryMs = 0;
    adopting = true;
    useBuilderStore.getState().adoptBatchId(batch.id, result.value);
    adopting = false;
    const changedMeanwhile = useBuilderStore.getState().batch !== batch;
    useSaveStore.setState({ status: changedMeanwhile ? 'saving' : 'saved', error: null, lastSavedAt: Date.now() });
    if (changedMeanwhile || again) {
      again = false;
      schedule(AUTOSAVE_DELAY_MS);
    }
    return;
  }
  // Nothing is lost: the batch stays in the store; the error is shown and the save retried with backoff.
  again = false;
  retryMs = Math.min(Math.max(2_000, retryMs * 2), MAX_RETRY_MS);
  useSaveStore.setState({ status: 'failed', error: result.error });
  schedule(retryMs);
}

/** The autosave store: the only caller of the persistence layer. */
export const useSaveStore = create<SaveState>()((set, get) => ({
  status: 'idle',
  error: null,
  lastSavedAt: null,
  durable: false,

  start() {
    persistence = choosePersistence();
    set({ durable: persistence.durable, status: persistence.durable ? 'idle' : 'local', error: null });
    let alive = true;
    opening = persistence.durable;
    const builder = useBuilderStore.getState();
    const now = Date.now();
    const name = builderText.defaultBatchName(formatChinaDateTime(Math.floor(now / 1000)).slice(0, 16))[useAppStore.getState().locale];
    if (persistence.durable) {
      void persistence.open(name, now).then((result) => {
        if (!alive) return;
        if (!result.ok) {
          opening = false;
          set({ status: 'failed', error: result.error });
          return;
        }
        // Drafts added while the list was loading win: they are saved into a new batch instead.
        if (useBuilderStore.getState().batch.drafts.length === 0) builder.loadBatch(result.value.batch);
        else schedule(0);
        opening = false;
        set({ status: 'saved', lastSavedAt: Date.now() });
        const [first] = result.value.problems;
        if (first) builder.showNotice('error', first);
      });
    }
    const unsubscribe = useBuilderStore.subscribe((state, previous) => {
      if (!persistence.durable || state.batch === previous.batch || opening || adopting) return;
      // Another batch replaced this one (new batch, undo) before its last edits were saved: save them now.
      if (pending && state.batch.id !== previous.batch.id) void persistence.save(previous.batch);
      set({ status: 'saving' });
      schedule(AUTOSAVE_DELAY_MS);
    });
    return () => {
      alive = false;
      unsubscribe();
      clearTimeout(timer);
    };
  },

  retry() {
    schedule(0);
  },

  async saveNow() {
    if (!persistence.durable) return builderText.draftsUnavailable;
    while (inFlight) await inFlight;
    clearTimeout(timer);
    await runFlush();
    const { status, error } = get();
    return status === 'failed' ? (error ?? builderText.saveFailed) : null;
  },

  recent: [],

  async loadRecent() {
    const listed = await persistence.list();
    if (listed.ok) set({ recent: listed.value });
  },

  async openBatch(id) {
    const builder = useBuilderStore.getState();
    clearTimeout(timer);
    // Whatever was typed is saved first; if that fails the batch stays open and the error shows.
    const saved = await persistence.save(builder.batch);
    if (!saved.ok) {
      set({ status: 'failed', error: saved.error });
      return;
    }
    const got = await persistence.get(id);
    if (!got.ok) {
      builder.showNotice('error', got.error);
      return;
    }
    opening = true;
    builder.loadBatch(got.value);
    opening = false;
    set({ status: 'saved', error: null, lastSavedAt: Date.now() });
  },

  async cloneToAccount(target) {
    const unsaved = await get().saveNow();
    if (unsaved) return unsaved;
    const cloned = await persistence.cloneToAccount(useBuilderStore.getState().batch.id, target);
    if (!cloned.ok) return cloned.error;
    await get().openBatch(cloned.value);
    return get().status === 'failed' ? get().error : null;
  },
}));
