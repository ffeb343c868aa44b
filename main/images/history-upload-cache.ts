import { err, ok, type Result } from '../../common/result';
import type { HistoryOpenError, HistoryStore } from '../history/history-store';
import type { StorageFailure } from '../storage/document-store';
import type { UploadCache } from './upload-cache';

/**
 * The upload cache in the history database (migration 9), opened on first use: the local services
 * are built before anything reads the history, and most commands never upload an image. If the
 * history cannot be opened, `get` answers "not cached" (re-uploading is harmless,
 * security-reliability.md §6.2) and `set` reports the storage failure.
 */
export function historyUploadCache(open: () => Promise<Result<HistoryStore, HistoryOpenError>>): UploadCache & { close(): Promise<void> } {
  let opening: Promise<Result<HistoryStore, HistoryOpenError>> | undefined;
  const store = () => (opening ??= open());
  const asStorage = (e: HistoryOpenError): StorageFailure => ('errno' in e || e.code.startsWith('storage_') ? (e as StorageFailure) : { code: 'storage_refused', path: e.path, message: e.message });
  return {
    async get(accountId, hash) {
      const opened = await store();
      return opened.ok ? opened.value.uploadCache.get(accountId, hash) : undefined;
    },
    async set(accountId, hash, url) {
      const opened = await store();
      if (!opened.ok) return err(asStorage(opened.error));
      const done = await opened.value.uploadCache.set(accountId, hash, url);
      return done.ok ? ok(undefined) : done;
    },
    async close() {
      if (!opening) return;
      const opened = await opening;
      if (opened.ok) await opened.value.close();
    },
  };
}
