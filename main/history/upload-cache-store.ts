import { readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../../common/clock';
import type { Result } from '../../common/result';
import { uploadCacheSchema, type UploadCache } from '../images/upload-cache';
import type { Logger } from '../log/logger';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase } from '../storage/sqlite';

/** Runs a change inside the store's group commit; resolves once committed. */
type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

/** The upload cache over the history database (migration 9); each set is committed before it resolves. */
export function uploadCacheOf(db: SqlDatabase, commit: Commit, clock: Clock): UploadCache {
  return {
    get(accountId, hash) {
      const row = db.prepare('SELECT url FROM upload_cache WHERE account_id = ? AND hash = ?').get(accountId, hash);
      return Promise.resolve(row ? String(row[0]) : undefined);
    },
    async set(accountId, hash, url) {
      const now = clock.now();
      const done = await commit(() =>
        db.prepare('INSERT INTO upload_cache (account_id, hash, url, uploaded_at) VALUES (?, ?, ?, ?) ON CONFLICT (account_id, hash) DO UPDATE SET url = excluded.url, uploaded_at = excluded.uploaded_at').run(accountId, hash, url, now),
      );
      return done.ok ? { ok: true, value: undefined } : done;
    },
  };
}

/** What an import of the old cache files did. */
export interface UploadCacheImport {
  readonly files: number;
  readonly entries: number;
  /** Files that could not be read or parsed: left where they were (re-uploading is harmless, §6.2). */
  readonly unreadable: readonly string[];
}

/**
 * Imports `images/uploads/<accountId>.json` (the cache of earlier versions) once: each file's entries
 * go in one transaction (an entry already in the database wins: it is newer), then the file is
 * renamed `<accountId>.imported-<ms>.json.bak` — kept, never deleted, and no longer a `.json` the
 * next open would import again.
 */
export async function importUploadCacheFiles(db: SqlDatabase, dir: string, now: number, log?: Logger): Promise<UploadCacheImport> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return { files: 0, entries: 0, unreadable: [] };
  }
  let files = 0;
  let entries = 0;
  const unreadable: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const accountId = name.slice(0, -'.json'.length);
    let doc;
    try {
      doc = uploadCacheSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      unreadable.push(path);
      log?.warn('history: upload cache file unreadable; left in place', { path });
      continue;
    }
    const rows = Object.entries(doc.entries);
    db.transaction(() => {
      const insert = db.prepare('INSERT OR IGNORE INTO upload_cache (account_id, hash, url, uploaded_at) VALUES (?, ?, ?, ?)');
      for (const [hash, entry] of rows) insert.run(accountId, hash, entry.url, entry.uploadedAt);
    });
    await rename(path, join(dir, `${accountId}.imported-${now}.json.bak`));
    files += 1;
    entries += rows.length;
  }
  if (files > 0) log?.info('history: upload cache imported', { files, entries });
  return { files, entries, unreadable };
}
