import { join } from 'node:path';
import { err, ok, type Result } from '../../common/result';
import { DEFAULT_RETRY, retryWhileBusy, toStorageFailure, type RetryPolicy } from './busy-retry';
import type { DocumentOpener, DocumentStore, StorageFailure } from './document-store';
import { errnoOf, nodeFileOps, pathExists, type FileOps } from './files';
import { fileTimestamp } from './move-aside';
import type { z } from 'zod';

/** A document name that is safe as a file name on every OS (ids, never user text). */
export const DOCUMENT_NAME = /^[A-Za-z0-9_-]{1,100}$/;

/** A folder of documents of one kind, one file each (draft batches, upload caches). */
export interface DocumentCollection<T> {
  readonly dir: string;
  /** Names of the documents present (`<name>.json`; moved-aside and temp files are not documents). */
  names(): Promise<string[]>;
  open(name: string): DocumentStore<T>;
  /** Moves a document into the trash folder (never unlinks); answers where it went. */
  trash(name: string): Promise<Result<string, StorageFailure>>;
}

/** Options of {@link createDocumentCollection}. */
export interface CollectionOptions<T> {
  readonly dir: string;
  readonly schema: z.ZodType<T>;
  readonly openDocument: DocumentOpener;
  /** Where trash goes (default `<dir>/.trash`). */
  readonly trashDir?: string;
  readonly files?: FileOps;
  readonly retry?: RetryPolicy;
  readonly now?: () => number;
}

/** A collection over a directory. Names are checked against {@link DOCUMENT_NAME} (no path tricks). */
export function createDocumentCollection<T extends object>(options: CollectionOptions<T>): DocumentCollection<T> {
  const { dir, schema, openDocument } = options;
  const files = options.files ?? nodeFileOps;
  const trashDir = options.trashDir ?? join(dir, '.trash');
  const now = options.now ?? Date.now;
  const checkName = (name: string): void => {
    if (!DOCUMENT_NAME.test(name)) throw new TypeError(`invalid document name: ${JSON.stringify(name).slice(0, 80)}`);
  };
  return {
    dir,
    async names() {
      let entries: string[];
      try {
        entries = await files.readdir(dir);
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return [];
        throw error;
      }
      return entries
        .filter((entry) => entry.endsWith('.json'))
        .map((entry) => entry.slice(0, -'.json'.length))
        .filter((name) => DOCUMENT_NAME.test(name))
        .sort();
    },
    open(name) {
      checkName(name);
      return openDocument({ dir, name, schema });
    },
    async trash(name) {
      checkName(name);
      const from = join(dir, `${name}.json`);
      let to = join(trashDir, `${name}.deleted-${fileTimestamp(now())}.json`);
      for (let n = 2; await pathExists(files, to); n++) to = join(trashDir, `${name}.deleted-${fileTimestamp(now())}-${n}.json`);
      try {
        await files.mkdir(trashDir, { recursive: true });
        await retryWhileBusy(() => files.rename(from, to), options.retry ?? DEFAULT_RETRY);
        return ok(to);
      } catch (error) {
        return err(toStorageFailure(from, error, true, options.retry?.platform));
      }
    },
  };
}
