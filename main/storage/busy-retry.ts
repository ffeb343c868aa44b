import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFailureMessage, type StorageFailure, type StorageProblemKind } from './document-store';
import { errnoOf } from './files';

/**
 * Errors Windows raises when another handle (antivirus, indexer, a second reader) holds the
 * target of a rename: security-reliability.md §4.1, npm/write-file-atomic#28. They usually clear
 * within milliseconds, so the operation is retried briefly and then reported.
 */
export const BUSY_ERRNOS: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * The errnos that mean "another program holds it" on a platform. Only Windows raises EPERM/EACCES
 * for a held file; on Linux and macOS they mean the permissions refuse us, which no retry fixes.
 */
export function busyErrnos(platform: string): ReadonlySet<string> {
  return platform === 'win32' ? BUSY_ERRNOS : POSIX_BUSY;
}
const POSIX_BUSY: ReadonlySet<string> = new Set(['EBUSY']);

/** How to retry a busy file operation. */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly attempts: number;
  /** Pause before attempt `n` (n ≥ 1). */
  readonly delayMs: (attempt: number) => number;
  /** Injected so tests never wait on real time. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Node's `process.platform`: decides which errnos are a busy file (default: this machine's). */
  readonly platform?: string;
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
      if (code === undefined || !busyErrnos(policy.platform ?? process.platform).has(code) || attempt >= policy.attempts) throw error;
      await policy.sleep(policy.delayMs(attempt));
    }
  }
}

/** What a failed file operation's errno says is wrong (the message and the fix follow from it). */
export function storageProblemKind(errno: string | undefined, busyPossible: boolean, platform: string): StorageProblemKind {
  if (errno === undefined) return 'io';
  if (busyPossible && busyErrnos(platform).has(errno)) return 'busy';
  if (errno === 'EACCES' || errno === 'EPERM') return 'permission';
  // mkdir over a file is EEXIST, opening a path through a file is ENOTDIR.
  if (errno === 'ENOTDIR' || errno === 'EEXIST') return 'not_a_folder';
  return 'io';
}

const FAILURE_CODES: Readonly<Record<StorageProblemKind, StorageFailure['code']>> = {
  busy: 'storage_busy',
  permission: 'storage_permission',
  not_a_folder: 'storage_not_a_folder',
  io: 'storage_io',
};

/**
 * A failed file operation as a {@link StorageFailure}: busy (retried, still held), a permission
 * problem, a file where a folder belongs, or plain I/O.
 */
export function toStorageFailure(path: string, error: unknown, busyPossible = true, platform?: string): StorageFailure {
  const errno = errnoOf(error);
  const kind = storageProblemKind(errno, busyPossible, platform ?? process.platform);
  const blocking = kind === 'not_a_folder' ? fileInTheWay(path) : undefined;
  return { code: FAILURE_CODES[kind], path, ...(errno === undefined ? {} : { errno }), message: writeFailureMessage(path, errno, kind, blocking) };
}

/** The nearest existing ancestor of `path` (or `path` itself) that is a file, not a folder. */
function fileInTheWay(path: string): string | undefined {
  for (let at = path; ; at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // Not there (yet): look one level up.
    }
    if (dirname(at) === at) return undefined;
  }
}
