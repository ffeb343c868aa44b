// The one place that opens SQLite (libsql: N-API prebuilt per platform, so plain Node 20 and
// Electron 45's main process load the same binary with no rebuild; main/storage/README.md says why).
import { existsSync } from 'node:fs';
import Libsql from 'libsql';

/** A value SQLite binds or returns. */
export type SqlValue = string | number | bigint | null | Buffer;

/** A prepared statement answering rows as arrays (libsql adds a `_metadata` key to row objects). */
export interface SqlStatement {
  run(...params: SqlValue[]): { changes: number };
  /** The first row, as an array of column values. */
  get(...params: SqlValue[]): SqlValue[] | undefined;
  all(...params: SqlValue[]): SqlValue[][];
  iterate(...params: SqlValue[]): IterableIterator<SqlValue[]>;
}

/** An open database. */
export interface SqlDatabase {
  readonly path: string;
  readonly readOnly: boolean;
  /** Prepared once per SQL text and reused. */
  prepare(sql: string): SqlStatement;
  exec(sql: string): void;
  /**
   * Runs `fn` in a `BEGIN IMMEDIATE` transaction (or inside the one already open): the write lock
   * is taken up front, so two processes queue instead of deadlocking.
   */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** How to open. */
export interface OpenSqlOptions {
  /** Opens with SQLite's `mode=ro`: nothing is created, migrated or written. */
  readonly readOnly?: boolean;
  /** How long a statement waits for another process's write lock (busy_timeout). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating unless read-only) a database in WAL mode with synchronous=FULL: a COMMIT returns
 * only after its WAL frames are fsync'd, which the write-ahead create protocol needs (a `pending`
 * record is on disk before its request leaves the process; security-reliability.md §4.4).
 */
export function openSqlite(path: string, options: OpenSqlOptions = {}): SqlDatabase {
  const readOnly = options.readOnly === true;
  if (readOnly && !existsSync(path)) throw Object.assign(new Error(`no database at ${path}`), { code: 'ENOENT', path });
  const raw = new Libsql(readOnly ? `file:${encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23')}?mode=ro` : path, { timeout: options.busyTimeoutMs ?? 5000 });
  const statements = new Map<string, SqlStatement>();
  const db: SqlDatabase = {
    path,
    readOnly,
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        const prepared = raw.prepare(sql);
        const reader = prepared.reader;
        if (reader) prepared.raw(true);
        statement = {
          run: (...params) => prepared.run(...params),
          get: (...params) => prepared.get(...params) as SqlValue[] | undefined,
          all: (...params) => prepared.all(...params) as SqlValue[][],
          iterate: (...params) => prepared.iterate(...params) as IterableIterator<SqlValue[]>,
        };
        statements.set(sql, statement);
      }
      return statement;
    },
    exec: (sql) => void raw.exec(sql),
    transaction(fn) {
      // Nested use joins the outer transaction (a helper that is also called on its own).
      if (raw.inTransaction) return fn();
      raw.exec('BEGIN IMMEDIATE');
      try {
        const result = fn();
        raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => void raw.close(),
  };
  try {
    if (!readOnly) {
      db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = FULL');
    }
    db.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    raw.close();
    throw error;
  }
  return db;
}

/** A numbered schema step; applied once, in order, inside one transaction with its bookkeeping row. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)';

/** The migrations not yet applied (read-only safe: a missing bookkeeping table means all of them). */
export function pendingMigrations(db: SqlDatabase, migrations: readonly Migration[]): Migration[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const applied = new Set(exists ? db.prepare('SELECT version FROM schema_migrations').all().map((row) => Number(row[0])) : []);
  return migrations.filter((m) => !applied.has(m.version));
}

/** The highest version recorded, for a database written by a newer app than this one. */
export function schemaVersion(db: SqlDatabase): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  return exists ? Number(db.prepare('SELECT coalesce(max(version), 0) FROM schema_migrations').get()?.[0] ?? 0) : 0;
}

/** Applies every pending migration, each atomically with its row in `schema_migrations`. */
export function migrate(db: SqlDatabase, migrations: readonly Migration[], now: number): number[] {
  db.exec(MIGRATIONS_TABLE);
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    db.transaction(() => {
      // Checked inside the write lock: another process may have applied it meanwhile.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, now);
      done.push(migration.version);
    });
  }
  return done;
}
