import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../common/clock';
import type { HistoryFilter, HistoryPage, HistoryRecord, HistorySort } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';
import { toStorageFailure } from '../storage/busy-retry';
import type { StorageFailure } from '../storage/document-store';
import { migrate, openSqlite, pendingMigrations, schemaVersion, type SqlDatabase } from '../storage/sqlite';
import { CommitQueue } from './commit-queue';
import { importJournal } from './journal-import';
import { knownCardsOf, type KnownCardsStore } from './known-cards-store';
import { redemptionsOf, type RedemptionsStore } from './redemptions-store';
import { stockCodesOf, type StockCodesStore } from './stock-codes-store';
import { stockChangesOf, type StockChangesStore } from './stock-changes-store';
import { memberLedgerOf } from './member-ledger-store';
import { importUploadCacheFiles, uploadCacheOf } from './upload-cache-store';
import type { UploadCache } from '../images/upload-cache';
import { dataLayout } from '../storage/layout';
import type { MemberLedger } from '../members/ledger';
import { acknowledgeProblems, openProblems, recordProblem, unreadableRecordsProblem, type HistoryProblem, type NewProblem } from './problems';
import { matchingRows, queryRows, type HistoryQuery } from './query';
import { blankRecord, type PersistedRun, type RecordPatch } from './record';
import { parseDoc, putBaseline, putRecord, putRun } from './record-rows';
import { dropLease, foreignLease, ownerAlive, leasedMessage, renewLeases, takeLease, type LeaseHolder, type LeaseScope, type RunLease } from './run-lease';
import { HISTORY_MIGRATIONS } from './schema';
import { reportSetAsideFiles, unreportedSetAside } from './set-aside-scan';
export type { HistoryProblem } from './problems';
export type { LeaseHolder, RunLease } from './run-lease';

/** Where the history lives inside the data directory (beside drafts/, images/: storage/layout.ts). */
export function historyPaths(dataDir: string): { dir: string; db: string; journal: string } {
  const dir = join(dataDir, 'history');
  return { dir, db: join(dir, 'history.db'), journal: join(dir, 'journal.jsonl') };
}

/** Why the history could not be opened. */
export type HistoryOpenError =
  | { readonly code: 'history_needs_upgrade' | 'history_too_new'; readonly path: string; readonly message: Localized }
  | StorageFailure;

/** Options of {@link openHistoryStore}. */
export interface HistoryStoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly log?: Logger;
  /** For `history list` / `export`: opened read-only, never created, migrated or written. */
  readonly readOnly?: boolean;
  /** Real time for run leases (the record clock may be a fixed one in tests). */
  readonly leaseClock?: Clock;
  /** How long a lease lives without renewal (default 30 s; renewed every third of it). */
  readonly leaseTtlMs?: number;
}

/** Sizes, for the UI and the benchmark. */
export interface HistoryStats {
  readonly records: number;
  /** Database plus write-ahead log. */
  readonly bytes: number;
  /** Transactions committed by this store. */
  readonly flushes: number;
}

/** The card history in SQLite (security-reliability.md §4.4): every write is committed before it resolves. */
export interface HistoryStore extends KnownCardsStore, StockCodesStore, RedemptionsStore, StockChangesStore {
  /** Member-card points/balance changes, committed before each is sent (migration 6). */
  readonly memberLedger: MemberLedger;
  /** Per-account uploaded images by content hash (migration 9; formerly images/uploads/*.json). */
  readonly uploadCache: UploadCache;
  readonly path: string;
  readonly readOnly: boolean;
  /** Damage nobody has acknowledged yet (read fresh each time: another process may add some). */
  readonly problems: readonly HistoryProblem[];
  acknowledgeProblems(ids?: readonly number[]): Promise<Result<number, StorageFailure>>;
  /**
   * The open problems after a fresh look at the data directory for files set aside since (by any
   * process): recorded when writable; a read-only store lists them unrecorded (id 0).
   */
  checkProblems(): Promise<readonly HistoryProblem[]>;
  reportProblem(problem: NewProblem): Promise<Result<HistoryProblem, StorageFailure>>;
  get(id: string): HistoryRecord | undefined;
  byCardId(cardId: string): HistoryRecord | undefined;
  /** In the history, or on the account before this app first created a card there. */
  isKnownCard(appid: string, cardId: string): boolean;
  cardIdsOf(appid: string): string[];
  /** True when any record belongs to this account (appid). */
  hasRecordsOf(appid: string): boolean;
  hasBaseline(appid: string): boolean;
  withFingerprint(appid: string, fingerprint: string): HistoryRecord[];
  /** Operations left `pending` or `unknown`. */
  unfinishedOps(): HistoryRecord[];
  /** Orphan records (few). */
  orphans(): HistoryRecord[];
  /** Every record, oldest first. */
  all(): HistoryRecord[];
  /** Records matching a filter, read as iterated (exports). */
  matching(filter: HistoryFilter, sort?: HistorySort): Iterable<HistoryRecord>;
  readonly size: number;
  /** Records one transition of a record; resolves once it is committed to disk. */
  write(id: string, event: string, patch: RecordPatch): Promise<Result<HistoryRecord, StorageFailure>>;
  /** Records the card_ids an account had before this app created any (they are never orphans). */
  setBaseline(appid: string, cardIds: readonly string[]): Promise<Result<void, StorageFailure>>;
  runs(): PersistedRun[];
  run(runId: string): PersistedRun | undefined;
  saveRun(run: PersistedRun): Promise<Result<void, StorageFailure>>;
  /** Takes the run for this process (renewed while held), or says who drives it. */
  leaseRun(runId: string): Result<RunLease, { readonly holder: LeaseHolder; readonly message: Localized }>;
  /** Another live process drives this run. */
  leasedElsewhere(runId: string): LeaseHolder | undefined;
  query(query: HistoryQuery): HistoryPage;
  stats(): HistoryStats;
  /** Called with the ids of records each commit changed. */
  onChange(listener: (recordIds: readonly string[]) => void): () => void;
  close(): Promise<void>;
  /** Drops the store as a killed process would: nothing more committed, no lease released. */
  abandon(): void;
}

const DEFAULT_LEASE_TTL = 30_000;

/** The database could not be opened, prepared or written. */
function openFailure(path: string, error: unknown, doing: 'open' | 'write' = 'open'): StorageFailure {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const [zh, en] = doing === 'open' ? ['打开', 'open'] : ['写入', 'write to'];
    return {
      code: code === 'SQLITE_BUSY' ? 'storage_busy' : 'storage_io',
      path,
      errno: code,
      message: localized(
        `无法${zh}卡券历史数据库 ${path}（${code}）。请确认磁盘空间和文件权限，或稍后重试；已保存的记录不受影响。`,
        `Cannot ${en} the card history database ${path} (${code}). Check disk space and permissions, or try again shortly; the records already saved are unaffected.`,
      ),
    };
  }
  return toStorageFailure(path, error, false);
}

/**
 * Opens the history of a data directory: creates and migrates the database (writable opens only),
 * imports a journal.jsonl of earlier versions, and notes files set aside in the data directory.
 * Any number of processes may open it at once; SQLite serialises their writes and run leases keep
 * two of them from driving one run.
 */
export async function openHistoryStore(options: HistoryStoreOptions): Promise<Result<HistoryStore, HistoryOpenError>> {
  const clock = options.clock ?? systemClock;
  const paths = historyPaths(options.dataDir);
  const readOnly = options.readOnly === true;
  let db: SqlDatabase;
  try {
    if (readOnly && !existsSync(paths.db)) {
      if (existsSync(paths.journal)) return err(upgradeNeeded(paths.db));
      // No history yet: an empty one in memory, so nothing is created on disk.
      const empty = openSqlite(':memory:');
      migrate(empty, HISTORY_MIGRATIONS, clock.now());
      return ok(createStore({ db: empty, clock, options, path: paths.db, readOnly: true }));
    }
    if (!readOnly) await mkdir(paths.dir, { recursive: true });
    db = openSqlite(paths.db, { readOnly });
  } catch (error) {
    return err(openFailure(paths.db, error));
  }
  try {
    const known = Math.max(...HISTORY_MIGRATIONS.map((m) => m.version));
    if (schemaVersion(db) > known) {
      db.close();
      return err({
        code: 'history_too_new',
        path: paths.db,
        message: localized('卡券历史是由更新版本的卡券工作室写入的，请升级本程序后再打开。', 'The card history was written by a newer Coupon Studio; update this one to open it.'),
      });
    }
    if (readOnly) {
      if (pendingMigrations(db, HISTORY_MIGRATIONS).length > 0 || existsSync(paths.journal)) {
        db.close();
        return err(upgradeNeeded(paths.db));
      }
    } else {
      migrate(db, HISTORY_MIGRATIONS, clock.now());
      const imported = await importJournal(db, paths.journal, clock.now());
      if (imported) options.log?.info('history: journal imported', { records: imported.records, keptAt: imported.keptAt });
      await importUploadCacheFiles(db, dataLayout(options.dataDir).uploadCacheDir, clock.now(), options.log);
      await reportSetAsideFiles(db, options.dataDir, clock.now());
    }
  } catch (error) {
    db.close();
    options.log?.error('history: open failed', { path: paths.db, error });
    return err(openFailure(paths.db, error));
  }
  const store = createStore({ db, clock, options, path: paths.db, readOnly });
  for (const problem of store.problems) options.log?.warn('history: problem', { code: problem.code, count: problem.count, savedTo: problem.savedTo });
  return ok(store);
}

function upgradeNeeded(path: string): HistoryOpenError {
  return {
    code: 'history_needs_upgrade',
    path,
    message: localized(
      '卡券历史需要先升级（导入旧的历史文件或更新数据库结构），只读命令不会改动它。请打开桌面应用，或运行 coupon-studio history upgrade，然后重试。',
      'The card history needs an upgrade first (importing the old history file or updating the database layout), which read-only commands never do. Open the desktop app or run `coupon-studio history upgrade`, then try again.',
    ),
  };
}

interface StoreParts {
  readonly db: SqlDatabase;
  readonly clock: Clock;
  readonly options: HistoryStoreOptions;
  readonly path: string;
  readonly readOnly: boolean;
}

function createStore(parts: StoreParts): HistoryStore {
  const { db, clock, options, path, readOnly } = parts;
  const listeners = new Set<(ids: readonly string[]) => void>();
  let changed: string[] = [];
  const queue = new CommitQueue(db, () => {
    const ids = changed;
    changed = [];
    if (ids.length > 0) notify(ids);
  });
  let closed = false;
  let halted = false;
  const unreadable = new Set<string>();
  const leaseClock = options.leaseClock ?? systemClock;
  const ttl = options.leaseTtlMs ?? DEFAULT_LEASE_TTL;
  const leaseScope: LeaseScope = { db, owner: randomUUID(), pid: process.pid };
  const leases = new Map<string, { held: boolean }>();
  ownerAlive(leaseScope.owner, true);
  let renewTimer: NodeJS.Timeout | undefined;

  const notify = (ids: readonly string[]) => {
    for (const listener of listeners) {
      try {
        listener(ids);
      } catch (error) {
        options.log?.error('history: change listener failed', { error });
      }
    }
  };
  const refused = (en: string, zh: string): StorageFailure => ({ code: 'storage_refused', path, message: localized(zh, en) });
  const closedFailure = () => refused('The card history is closed and cannot be written to.', '卡券历史已关闭，无法再写入。');
  const readOnlyFailure = () => refused('The card history was opened read-only.', '卡券历史以只读方式打开，不能写入。');

  /** Parses a row's document; a damaged one is skipped and reported once, never thrown. */
  const recordOf = (id: unknown, doc: unknown): HistoryRecord | undefined => {
    const record = parseDoc<HistoryRecord>(doc as string);
    if (record) return record;
    const key = String(id);
    if (!unreadable.has(key)) {
      unreadable.add(key);
      options.log?.error('history: unreadable record', { id: key });
      if (!readOnly && !closed) void store.reportProblem(unreadableRecordsProblem(1));
    }
    return undefined;
  };
  const records = (sql: string, ...params: string[]): HistoryRecord[] =>
    db
      .prepare(sql)
      .all(...params)
      .map((row) => recordOf(row[0], row[1]))
      .filter((r): r is HistoryRecord => r !== undefined);
  const one = (sql: string, ...params: string[]): HistoryRecord | undefined => {
    const row = db.prepare(sql).get(...params);
    return row ? recordOf(row[0], row[1]) : undefined;
  };

  async function commit<T>(apply: () => T): Promise<Result<T, StorageFailure>> {
    // After abandon() the process is "dead": callers never hear back, as after a SIGKILL.
    if (halted) return new Promise(() => undefined);
    if (closed) return err(closedFailure());
    if (readOnly) return err(readOnlyFailure());
    try {
      return ok(await queue.submit(apply));
    } catch (error) {
      options.log?.error('history: commit failed', { path, error });
      return err(openFailure(path, error, 'write'));
    }
  }

  const renewAll = () => {
    if (leases.size === 0 || closed) return;
    try {
      for (const runId of renewLeases(leaseScope, [...leases.keys()], leaseClock.now(), ttl)) {
        const lease = leases.get(runId);
        if (lease) lease.held = false;
        leases.delete(runId);
        options.log?.error('history: run lease lost (it lapsed and another process took the run)', { runId });
      }
    } catch (error) {
      // Busy past the timeout: the next tick tries again, well within the lease's lifetime.
      options.log?.warn('history: run lease renewal failed', { error });
    }
  };

  const store: HistoryStore = {
    path,
    readOnly,
    get problems() {
      return openProblems(db);
    },
    acknowledgeProblems: (ids) => commit(() => acknowledgeProblems(db, clock.now(), ids)),
    reportProblem: (problem) => commit(() => recordProblem(db, problem, clock.now())),
    async checkProblems() {
      const fresh = await unreportedSetAside(db, options.dataDir);
      if (fresh.length === 0 || closed) return store.problems;
      if (readOnly) return [...store.problems, ...fresh.map((problem) => ({ ...problem, id: 0, at: clock.now() }))];
      await commit(() => fresh.forEach((problem) => recordProblem(db, problem, clock.now())));
      return store.problems;
    },
    get: (id) => one('SELECT id, doc FROM records WHERE id = ?', id),
    byCardId: (cardId) => one('SELECT id, doc FROM records WHERE card_id = ? ORDER BY seq LIMIT 1', cardId),
    isKnownCard: (appid, cardId) =>
      db.prepare('SELECT 1 FROM records WHERE card_id = ? UNION ALL SELECT 1 FROM baselines WHERE appid = ? AND card_id = ? LIMIT 1').get(cardId, appid, cardId) !== undefined,
    cardIdsOf: (appid) => db.prepare('SELECT DISTINCT card_id FROM records WHERE appid = ? AND card_id IS NOT NULL').all(appid).map((row) => String(row[0])),
    hasRecordsOf: (appid) => db.prepare('SELECT 1 FROM records WHERE appid = ? LIMIT 1').get(appid) !== undefined,
    hasBaseline: (appid) => db.prepare('SELECT 1 FROM baseline_accounts WHERE appid = ?').get(appid) !== undefined,
    withFingerprint: (appid, fingerprint) => records('SELECT id, doc FROM records WHERE appid = ? AND fingerprint = ? ORDER BY seq', appid, fingerprint),
    unfinishedOps: () => records("SELECT id, doc FROM records WHERE kind = 'op' AND state IN ('pending', 'unknown') ORDER BY seq"),
    orphans: () => records("SELECT id, doc FROM records WHERE kind = 'orphan' ORDER BY seq"),
    all: () => records('SELECT id, doc FROM records ORDER BY seq'),
    matching: (filter, sort) => matchingRows(db, filter, sort),
    get size() {
      return Number(db.prepare('SELECT count(*) FROM records').get()?.[0] ?? 0);
    },
    async write(id, event, patch) {
      const at = clock.now();
      const written = await commit((): HistoryRecord | StorageFailure => {
        // Backstop for the invariants the engine keeps with its record locks, checked under the
        // write lock: a card_id is never replaced by another, and a created operation never goes
        // back to an earlier state (whichever process asks).
        const current = store.get(id);
        if (current?.cardId && patch.cardId !== undefined && patch.cardId !== current.cardId) return invariantFailure(id, event);
        if (current?.state === 'created' && patch.state !== undefined && patch.state !== 'created') return invariantFailure(id, event);
        const next: HistoryRecord = { ...(current ?? blankRecord(id, at)), updatedAt: at, ...patch, id };
        putRecord(db, next);
        changed.push(id);
        return next;
      });
      if (!written.ok) return written;
      return 'code' in written.value ? err(written.value) : ok(written.value);
    },
    setBaseline: (appid, cardIds) => commit(() => putBaseline(db, appid, cardIds)),
    runs: () =>
      db
        .prepare('SELECT run_id, doc FROM runs ORDER BY seq')
        .all()
        .map((row) => parseDoc<PersistedRun>(row[1]))
        .filter((r): r is PersistedRun => r !== undefined),
    run: (runId) => parseDoc<PersistedRun>(db.prepare('SELECT doc FROM runs WHERE run_id = ?').get(runId)?.[0]),
    saveRun: (run) => commit(() => putRun(db, run)),
    leaseRun(runId) {
      if (readOnly || closed) return err({ holder: { owner: '', pid: process.pid, expiresAt: 0 }, message: (readOnly ? readOnlyFailure() : closedFailure()).message });
      const taken = takeLease(leaseScope, runId, leaseClock.now(), ttl);
      if (!taken.ok) return err({ holder: taken.holder, message: leasedMessage(taken.holder) });
      const state = { held: true };
      leases.set(runId, state);
      renewTimer ??= setInterval(renewAll, Math.max(10, Math.floor(ttl / 3)));
      renewTimer.unref();
      return ok({
        runId,
        get held() {
          return state.held;
        },
        release() {
          if (!state.held) return;
          state.held = false;
          leases.delete(runId);
          if (!closed) dropLease(leaseScope, runId);
        },
      });
    },
    leasedElsewhere: (runId) => foreignLease(leaseScope, runId, leaseClock.now()),
    query: (query) => queryRows(db, query),
    stats: () => ({ records: store.size, bytes: fileBytes(path), flushes: queue.flushes }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...knownCardsOf(db, (apply) => commit(apply)),
    ...stockCodesOf(db, (apply) => commit(apply)),
    ...redemptionsOf(db, (apply) => commit(apply)),
    ...stockChangesOf(db, (apply) => commit(apply)),
    memberLedger: memberLedgerOf(db, (apply) => commit(apply)),
    uploadCache: uploadCacheOf(db, (apply) => commit(apply), clock),
    async close() {
      if (closed) return;
      queue.flush();
      for (const runId of leases.keys()) dropLease(leaseScope, runId);
      leases.clear();
      closed = true;
      ownerAlive(leaseScope.owner, false);
      if (renewTimer) clearInterval(renewTimer);
      db.close();
    },
    abandon() {
      closed = true;
      halted = true;
      ownerAlive(leaseScope.owner, false);
      queue.halt();
      if (renewTimer) clearInterval(renewTimer);
      db.close();
    },
  };

  function invariantFailure(id: string, event: string): StorageFailure {
    return refused(`Record ${id} already has a card_id or is created; "${event}" cannot overwrite it.`, `记录 ${id} 已有卡券ID或已创建，不能被“${event}”覆盖。`);
  }
  return store;
}

function fileBytes(path: string): number {
  let bytes = 0;
  for (const file of [path, `${path}-wal`]) {
    try {
      bytes += statSync(file).size;
    } catch {
      // No WAL right after a checkpoint.
    }
  }
  return bytes;
}
