import { z } from 'zod';
import { systemClock, type Clock } from '../../common/clock';
import type { Result } from '../../common/result';
import type { Logger } from '../log/logger';
import type { DocumentCollection } from '../storage/collection';
import type { CorruptDocument, StorageFailure } from '../storage/document-store';
import { createSerialQueue, type SerialQueue } from '../storage/serial-queue';

/** One account's uploads: content hash → the Weixin URL media/uploadimg gave for it. */
export const uploadCacheSchema = z.strictObject({
  v: z.literal(1),
  entries: z.record(z.string(), z.strictObject({ url: z.string(), uploadedAt: z.number().int() })),
});
export type UploadCacheDocument = z.infer<typeof uploadCacheSchema>;

/**
 * Per-account upload cache, persisted one file per account, so one logo used by 500 drafts is
 * uploaded once per account (architecture.md "Where data lives"). A corrupt cache file is moved
 * aside and the account starts empty: re-uploading is harmless (security-reliability.md §6.2).
 */
export interface UploadCache {
  get(accountId: string, hash: string): Promise<string | undefined>;
  set(accountId: string, hash: string, url: string): Promise<Result<void, StorageFailure>>;
}

/** Options of {@link createUploadCache}. */
export interface UploadCacheOptions {
  readonly collection: DocumentCollection<UploadCacheDocument>;
  readonly clock?: Clock;
  readonly log?: Logger;
  readonly onCorrupt?: (report: CorruptDocument) => void;
}

/** Builds the cache; each account's file is read once, then kept in memory and written through. */
export function createUploadCache(options: UploadCacheOptions): UploadCache {
  const clock = options.clock ?? systemClock;
  const loaded = new Map<string, Promise<UploadCacheDocument>>();
  const queues = new Map<string, SerialQueue>();

  const load = (accountId: string): Promise<UploadCacheDocument> => {
    let doc = loaded.get(accountId);
    if (doc === undefined) {
      doc = options.collection
        .open(accountId)
        .read()
        .then((read) => {
          if (read.ok) return read.value ?? { v: 1, entries: {} };
          options.log?.warn('images: upload cache unreadable; starting empty', { accountId });
          options.onCorrupt?.(read.error);
          return { v: 1, entries: {} };
        });
      loaded.set(accountId, doc);
    }
    return doc;
  };
  const queueOf = (accountId: string): SerialQueue => {
    let queue = queues.get(accountId);
    if (queue === undefined) queues.set(accountId, (queue = createSerialQueue()));
    return queue;
  };

  return {
    async get(accountId, hash) {
      return (await load(accountId)).entries[hash]?.url;
    },
    set(accountId, hash, url) {
      return queueOf(accountId).run(async () => {
        const doc = await load(accountId);
        doc.entries[hash] = { url, uploadedAt: clock.now() };
        return options.collection.open(accountId).write(doc);
      });
    },
  };
}
