import type { Result } from '../../common/result';
import type { LedgerEntry, MemberLedger } from '../members/ledger';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase } from '../storage/sqlite';
import { parseDoc } from './record-rows';

/** Runs a change inside the store's group commit; resolves once committed. */
type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

/** A storage failure thrown to the member service, which then sends nothing. */
export class MemberLedgerWriteError extends Error {
  constructor(readonly failure: StorageFailure) {
    super(failure.message.en);
  }
}

const KINDS: ReadonlySet<unknown> = new Set(['intent', 'activation', 'outcome']);
const isEntry = (v: unknown): v is LedgerEntry => typeof v === 'object' && v !== null && KINDS.has((v as { kind?: unknown }).kind) && typeof (v as { id?: unknown }).id === 'string';

/**
 * The member ledger over the history database (migration 6): each append is its own durable commit
 * (WAL, synchronous=FULL), so an intent is on disk before updateuser goes out.
 */
export function memberLedgerOf(db: SqlDatabase, commit: Commit): MemberLedger {
  return {
    async append(entry) {
      const done = await commit(() => db.prepare('INSERT INTO member_changes (id, kind, doc) VALUES (?, ?, ?)').run(entry.id, entry.kind, JSON.stringify(entry)));
      if (!done.ok) throw new MemberLedgerWriteError(done.error);
    },
    entries() {
      return db
        .prepare('SELECT doc FROM member_changes ORDER BY seq')
        .all()
        .map((row) => parseDoc<LedgerEntry>(row[0]))
        .filter((entry): entry is LedgerEntry => isEntry(entry));
    },
    // The database belongs to the history store, which closes it.
    close: () => Promise.resolve(),
  };
}
