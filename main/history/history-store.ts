import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../common/clock';
import type { HistoryPage, HistoryRecord } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
export type { HistoryProblem } from './problems';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';
import { toStorageFailure } from '../storage/busy-retry';
import type { StorageFailure } from '../storage/document-store';
import { CommitQueue } from './commit-queue';
import { HistoryIndex } from './history-index';
import { JournalFile, type SyncMode } from './journal-file';
import { acquireJournalLock, type JournalLock, type LockHolder } from './lock';
import { badFieldsProblem, badLinesProblem, lockedMessage, saveAside, tornProblem, type HistoryProblem } from './problems';
import { queryHistory, type HistoryQuery } from './query';
import { encodeEntry, readEntry, snapshotPatch, type JournalEntry, type PersistedRun, type RecordPatch } from './record';

/** Where the history lives inside the data directory (beside drafts/, images/: storage/layout.ts). */
export function historyPaths(dataDir: string): { dir: string; journal: string; lock: string } {
  const dir = join(dataDir, 'history');
  return { dir, journal: join(dir, 'journal.jsonl'), lock: join(dir, 'journal.lock') };
}

/** Why the history could not be opened. */
export type HistoryOpenError =
  | { readonly code: 'history_locked'; readonly holder: LockHolder; readonly message: Localized }
  | (StorageFailure & { readonly holder?: undefined });

/** Options of {@link openHistoryStore}. */
export interface HistoryStoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly log?: Logger;
  readonly syncMode?: SyncMode;
  /** Compact when the file holds this many more lines than live entries (default 50,000). */
  readonly compactSlack?: number;
}

/** Sizes, for the UI and the benchmark. */
export interface HistoryStats {
  readonly records: number;
  readonly lines: number;
  readonly bytes: number;
  readonly flushes: number;
  readonly compactions: number;
}

/** The card history: an fsync'd append-only journal folded in memory (security-reliability.md §4.4). */
export interface HistoryStore {
  readonly path: string;
  readonly problems: readonly HistoryProblem[];
  get(id: string): HistoryRecord | undefined;
  byCardId(cardId: string): HistoryRecord | undefined;
  /** In the history, or on the account before this app first created a card there. */
  isKnownCard(appid: string, cardId: string): boolean;
  cardIdsOf(appid: string): string[];
  hasBaseline(appid: string): boolean;
  withFingerprint(appid: string, fingerprint: string): HistoryRecord[];
  /** Operations left `pending` or `unknown`. */
  unfinishedOps(): HistoryRecord[];
  /** Every record, oldest first. */
  all(): HistoryRecord[];
  readonly size: number;
  /** Journals one transition of a record and folds it; resolves once it is on disk. */
  write(id: string, event: string, patch: RecordPatch): Promise<Result<HistoryRecord, StorageFailure>>;
  /** Records the card_ids an account had before this app created any (they are never orphans). */
  setBaseline(appid: string, cardIds: readonly string[]): Promise<Result<void, StorageFailure>>;
  runs(): PersistedRun[];
  run(runId: string): PersistedRun | undefined;
  saveRun(run: PersistedRun): Promise<Result<void, StorageFailure>>;
  query(query: HistoryQuery): HistoryPage;
  /** The folded state, for exports and the batch engine's scans. */
  readonly index: HistoryIndex;
  /** Rewrites the journal as one line per record, baseline and run (atomic). */
  compact(): Promise<Result<HistoryStats, StorageFailure>>;
  stats(): HistoryStats;
  /** Called with the ids of records each flush changed. */
  onChange(listener: (recordIds: readonly string[]) => void): () => void;
  close(): Promise<void>;
  /** Drops the store as a killed process would: no more writes, nothing flushed, lock left behind. */
  abandon(): void;
}

/**
 * Opens the history of a data directory: takes the lock, reads the journal (a torn last line is
 * cut off, saved aside and reported; unreadable lines are skipped and reported), folds it, and
 * compacts it when it has grown well past its live content.
 */
export async function openHistoryStore(options: HistoryStoreOptions): Promise<Result<HistoryStore, HistoryOpenError>> {
  const clock = options.clock ?? systemClock;
  const paths = historyPaths(options.dataDir);
  let lock: JournalLock;
  let file: JournalFile;
  let lines: string[];
  const problems: HistoryProblem[] = [];
  try {
    await mkdir(paths.dir, { recursive: true });
    const locked = await acquireJournalLock(paths.lock, clock.now());
    if (!locked.ok) return err({ code: 'history_locked', holder: locked.holder, message: lockedMessage(locked.holder) });
    lock = locked.lock;
    try {
      const opened = await JournalFile.open(paths.journal, options.syncMode);
      file = opened.file;
      lines = opened.lines;
      if (opened.torn) problems.push(tornProblem(opened.torn.bytes, opened.torn.savedTo));
    } catch (error) {
      await lock.release();
      throw error;
    }
  } catch (error) {
    return err(toStorageFailure(paths.journal, error, false));
  }
  const index = new HistoryIndex();
  const bad: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = readEntry(line);
    if (entry) index.apply(entry);
    else bad.push(line);
  }
  // Compaction will not carry unreadable lines over, so they are kept aside first, never lost.
  if (bad.length > 0) problems.push(badLinesProblem(bad.length, await saveAside(`${paths.journal}.unreadable-${clock.now()}`, bad.join('\n'))));
  if (index.droppedFields > 0) problems.push(badFieldsProblem(index.droppedFields));
  for (const problem of problems) options.log?.warn('history: journal problem', { code: problem.code, count: problem.count, savedTo: problem.savedTo });
  const store = createStore({ options, clock, paths, lock, file, index, problems, initialLines: lines.length });
  if (lines.length > liveEntries(index) + (options.compactSlack ?? DEFAULT_SLACK)) await store.compact();
  return ok(store);
}

const DEFAULT_SLACK = 50_000;

function liveEntries(index: HistoryIndex): number {
  return index.records.size + index.runs.size + index.allBaselines().length;
}

interface StoreParts {
  readonly options: HistoryStoreOptions;
  readonly clock: Clock;
  readonly paths: ReturnType<typeof historyPaths>;
  readonly lock: JournalLock;
  readonly file: JournalFile;
  readonly index: HistoryIndex;
  readonly problems: HistoryProblem[];
  readonly initialLines: number;
}

function createStore(parts: StoreParts): HistoryStore {
  const { clock, paths, lock, file, index, options } = parts;
  const queue = new CommitQueue(() => file);
  const listeners = new Set<(ids: readonly string[]) => void>();
  let baseLines = parts.initialLines;
  let compactions = 0;
  let compacting = false;
  let closed = false;
  let halted = false;
  const slack = options.compactSlack ?? DEFAULT_SLACK;

  const lineCount = () => baseLines + queue.linesWritten;
  const notify = (ids: readonly string[]) => {
    for (const listener of listeners) {
      try {
        listener(ids);
      } catch (error) {
        options.log?.error('history: change listener failed', { error });
      }
    }
  };
  const invariantFailure = (id: string): StorageFailure => ({
    code: 'storage_refused',
    path: paths.journal,
    message: localized(`记录 ${id} 已有卡券ID，不能被覆盖。`, `Record ${id} already has a card_id; it cannot be overwritten.`),
  });
  const closedFailure = (): StorageFailure => ({
    code: 'storage_refused',
    path: paths.journal,
    message: localized('卡券历史已关闭，无法再写入。', 'The card history is closed and cannot be written to.'),
  });

  async function commit(entries: readonly JournalEntry[], changed: readonly string[]): Promise<Result<void, StorageFailure>> {
    // After abandon() the process is "dead": callers never hear back, as after a SIGKILL.
    if (halted) return new Promise(() => undefined);
    if (closed) return err(closedFailure());
    try {
      await queue.append(entries.map(encodeEntry).join(''), () => {
        for (const entry of entries) index.apply(entry);
        if (changed.length > 0) notify(changed);
      });
    } catch (error) {
      options.log?.error('history: journal write failed', { path: paths.journal, error });
      return err(toStorageFailure(paths.journal, error, false));
    }
    if (!compacting && lineCount() > liveEntries(index) + slack) void store.compact();
    return ok(undefined);
  }

  function* snapshotLines(at: number): Generator<string> {
    let chunk = '';
    let n = 0;
    for (const id of index.order) {
      const record = index.records.get(id);
      if (!record) continue;
      chunk += encodeEntry({ v: 1, e: 'rec', at, id, ev: 'snapshot', p: snapshotPatch(record) });
      if (++n % 1000 === 0) {
        yield chunk;
        chunk = '';
      }
    }
    for (const [appid, ids] of index.allBaselines()) chunk += encodeEntry({ v: 1, e: 'baseline', at, appid, ids });
    for (const run of index.runs.values()) chunk += encodeEntry({ v: 1, e: 'run', at, run });
    yield chunk;
  }

  const store: HistoryStore = {
    path: paths.journal,
    problems: parts.problems,
    index,
    get: (id) => index.records.get(id),
    byCardId: (cardId) => index.byCardId(cardId),
    isKnownCard: (appid, cardId) => index.isKnownCard(appid, cardId),
    cardIdsOf: (appid) => index.cardIdsOf(appid),
    hasBaseline: (appid) => index.hasBaseline(appid),
    withFingerprint: (appid, fingerprint) => index.withFingerprint(appid, fingerprint),
    unfinishedOps: () => index.unfinishedOps(),
    all: () => index.order.map((id) => index.records.get(id)).filter((r): r is HistoryRecord => r !== undefined),
    get size() {
      return index.records.size;
    },
    async write(id, event, patch) {
      // Backstop for the invariants the engine keeps with its record locks: a card_id is never
      // replaced by another, and a created operation never goes back to an earlier state.
      const current = index.records.get(id);
      if (current?.cardId && patch.cardId !== undefined && patch.cardId !== current.cardId) return err(invariantFailure(id));
      if (current?.state === 'created' && patch.state !== undefined && patch.state !== 'created') return err(invariantFailure(id));
      const at = clock.now();
      const entry: JournalEntry = { v: 1, e: 'rec', at, id, ev: event, p: { updatedAt: at, ...patch } };
      const written = await commit([entry], [id]);
      if (!written.ok) return written;
      const record = index.records.get(id);
      return record ? ok(record) : err(closedFailure());
    },
    setBaseline: (appid, cardIds) => commit([{ v: 1, e: 'baseline', at: clock.now(), appid, ids: [...cardIds] }], []),
    runs: () => [...index.runs.values()],
    run: (runId) => index.runs.get(runId),
    saveRun: (run) => commit([{ v: 1, e: 'run', at: clock.now(), run }], []),
    query: (query) => queryHistory(index, query),
    async compact() {
      if (closed) return err(closedFailure());
      compacting = true;
      try {
        await queue.exclusive(async () => {
          const at = clock.now();
          await file.replaceWith(snapshotLines(at));
          baseLines = liveEntries(index);
          queue.linesWritten = 0;
          compactions++;
        });
      } catch (error) {
        options.log?.error('history: compaction failed; the journal is unchanged', { path: paths.journal, error });
        return err(toStorageFailure(paths.journal, error));
      } finally {
        compacting = false;
      }
      return ok(store.stats());
    },
    stats: () => ({ records: index.records.size, lines: lineCount(), bytes: file.bytes, flushes: queue.flushes, compactions }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue.exclusive(() => file.close()).catch(() => undefined);
      await lock.release();
    },
    abandon() {
      closed = true;
      halted = true;
      queue.halt();
      file.abandon();
      lock.drop();
    },
  };
  return store;
}
