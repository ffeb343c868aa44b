import { systemClock, type Clock } from '../../common/clock';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';
import { DEFAULT_RETRY, retryWhileBusy, toStorageFailure, type RetryPolicy } from './busy-retry';
import {
  corruptMessage,
  summarizeIssues,
  type CorruptDocument,
  type CorruptReason,
  type DocumentSpec,
  type DocumentStore,
  type StorageFailure,
} from './document-store';
import { errnoOf, nodeFileOps, pathExists, type FileOps } from './files';
import { moveAside } from './move-aside';

/** The part of conf / electron-store a document store uses: the whole file as one object. */
export interface BackingFile {
  /** Reading parses the file (throws SyntaxError on bad JSON); assigning writes it atomically. */
  store: Record<string, unknown>;
}

/** Runtime collaborators shared by every document store. */
export interface StoreRuntime {
  readonly clock?: Clock;
  readonly files?: FileOps;
  /** Retries of moving a corrupt file aside and of reads (default DEFAULT_RETRY). */
  readonly retry?: RetryPolicy;
  /**
   * Retries of a write. conf's atomically already retries a busy rename for 1 s (synchronously, on
   * the main thread), so by default one more attempt after a pause, then the failure is reported.
   */
  readonly writeRetry?: RetryPolicy;
  readonly log?: Logger;
  /** Called whenever a corrupt file is found (by a read, or by a write that had to move it first). */
  readonly onCorrupt?: (report: CorruptDocument) => void;
}

/** Options of {@link createBackedDocumentStore}. */
export interface BackedStoreOptions<T> extends StoreRuntime {
  readonly spec: DocumentSpec<T>;
  readonly path: string;
  /** Builds the conf / electron-store instance; may throw on a corrupt file (conf reads in its constructor). */
  readonly open: () => BackingFile;
}

// conf keeps its migration bookkeeping under this key; it is not part of our documents.
const INTERNAL_KEY = '__internal__';

type Inspection<T> =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'corrupt'; readonly reason: CorruptReason; readonly detail: string };

/**
 * A {@link DocumentStore} over a conf-like file. Always `clearInvalidConfig: false` underneath, so
 * conf throws instead of wiping; this layer turns the throw into a report and moves the file aside.
 */
export function createBackedDocumentStore<T extends object>(options: BackedStoreOptions<T>): DocumentStore<T> {
  const { spec, path } = options;
  const clock = options.clock ?? systemClock;
  const files = options.files ?? nodeFileOps;
  const retry = options.retry ?? DEFAULT_RETRY;
  const writeRetry = options.writeRetry ?? { ...retry, attempts: 2 };
  let backing: BackingFile | undefined;
  const backingFile = (): BackingFile => (backing ??= options.open());

  async function inspect(): Promise<Inspection<T>> {
    if (!(await pathExists(files, path))) return { state: 'missing' };
    let raw: Record<string, unknown>;
    try {
      raw = await retryWhileBusy(() => backingFile().store, retry);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { state: 'missing' };
      const reason: CorruptReason = error instanceof SyntaxError ? 'invalid_json' : 'unreadable';
      return { state: 'corrupt', reason, detail: error instanceof Error ? error.message : String(error) };
    }
    const { [INTERNAL_KEY]: _internal, ...document } = raw;
    const parsed = spec.schema.safeParse(document);
    if (!parsed.success) return { state: 'corrupt', reason: 'schema_violation', detail: summarizeIssues(parsed.error.issues) };
    return { state: 'ok', value: parsed.data };
  }

  /** Moves the bad file aside (an unreadable one stays: it may be fine once the lock clears). */
  async function report(found: Extract<Inspection<T>, { state: 'corrupt' }>): Promise<CorruptDocument> {
    const at = clock.now();
    const moved = found.reason === 'unreadable' ? undefined : await moveAside(path, at, { files, retry });
    const movedTo = moved?.ok ? moved.value : null;
    const corrupt: CorruptDocument = {
      code: 'corrupt_document',
      path,
      movedTo,
      reason: found.reason,
      detail: found.detail,
      message: corruptMessage(path, movedTo, found.reason),
      at,
    };
    options.log?.warn('storage: corrupt document', { path, movedTo, reason: found.reason, detail: found.detail });
    options.onCorrupt?.(corrupt);
    return corrupt;
  }

  return {
    path,
    async read() {
      const found = await inspect();
      if (found.state === 'missing') return ok(undefined);
      if (found.state === 'ok') return ok(found.value);
      return err(await report(found));
    },
    async write(value): Promise<Result<void, StorageFailure>> {
      const valid = spec.schema.safeParse(value);
      if (!valid.success) {
        const detail = summarizeIssues(valid.error.issues);
        options.log?.error('storage: refused to write a document that breaks its schema', { path, detail });
        return err({ code: 'storage_refused', path, message: refusedMessage(path, detail) });
      }
      const found = await inspect();
      if (found.state === 'corrupt') {
        const corrupt = await report(found);
        if (corrupt.movedTo === null) return err({ code: 'storage_refused', path, message: corrupt.message });
      }
      try {
        await retryWhileBusy(() => {
          backingFile().store = valid.data as Record<string, unknown>;
        }, writeRetry);
        return ok(undefined);
      } catch (error) {
        options.log?.error('storage: write failed', { path, error });
        return err(toStorageFailure(path, error, true, writeRetry.platform));
      }
    },
  };
}

function refusedMessage(path: string, detail: string): Localized {
  return localized(
    `未保存 ${path}：要写入的数据格式不正确（${detail}）。这是程序错误，原有文件未受影响；请把日志发给支持人员。`,
    `${path} was not saved: the data to write has the wrong shape (${detail}). This is a bug; the previous file is intact. Send the log to support.`,
  );
}
