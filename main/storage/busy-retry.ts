import { writeFailureMessage, type StorageFailure } from './document-store';
import { errnoOf } from './files';

/**
 * Errors Windows raises when another handle (antivirus, indexer, a second reader) holds the
 * target of a rename: security-reliability.md §4.1, npm/write-file-atomic#28. They usually clear
 * within milliseconds, so the operation is retried briefly and then reported.
 */
export const BUSY_ERRNOS: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** How to retry a busy file operation. */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly attempts: number;
  /** Pause before attempt `n` (n ≥ 1). */
  readonly delayMs: (attempt: number) => number;
  /** Injected so tests never wait on real time. */
  readonly sleep: (ms: number) => Promise<void>;
}

/** 6 attempts, 20 → 320 ms apart (about 0.6 s in all). */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  delayMs: (attempt) => 20 * 2 ** (attempt - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A policy that retries without pausing (tests). */
export const NO_WAIT_RETRY: RetryPolicy = { ...DEFAULT_RETRY, sleep: () => Promise.resolve() };

/** Runs `op`, retrying while it fails with a busy errno; rethrows the last error otherwise. */
export async function retryWhileBusy<T>(op: () => T | Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      const code = errnoOf(error);
      if (code === undefined || !BUSY_ERRNOS.has(code) || attempt >= policy.attempts) throw error;
      await policy.sleep(policy.delayMs(attempt));
    }
  }
}

/** A failed file operation as a {@link StorageFailure}: busy (retried, still held) or plain I/O. */
export function toStorageFailure(path: string, error: unknown, busyPossible = true): StorageFailure {
  const errno = errnoOf(error);
  const busy = busyPossible && errno !== undefined && BUSY_ERRNOS.has(errno);
  return { code: busy ? 'storage_busy' : 'storage_io', path, ...(errno === undefined ? {} : { errno }), message: writeFailureMessage(path, errno, busy) };
}
