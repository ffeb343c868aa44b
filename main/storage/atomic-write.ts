import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../common/result';
import { DEFAULT_RETRY, retryWhileBusy, toStorageFailure, type RetryPolicy } from './busy-retry';
import type { StorageFailure } from './document-store';
import { nodeFileOps, type FileOps } from './files';

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** File mode of the new file (default 0o600: owner only). */
  readonly mode?: number;
  readonly files?: FileOps;
  readonly retry?: RetryPolicy;
}

/**
 * Writes a file so a crash leaves either the old or the new content: temp file in the same
 * directory → write → fsync → rename over the target (retried while Windows says EPERM/EBUSY,
 * security-reliability.md §4.1). The temp file is removed when anything fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<Result<void, StorageFailure>> {
  const files = options.files ?? nodeFileOps;
  const temp = `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  let stage: 'write' | 'rename' = 'write';
  try {
    await files.mkdir(dirname(path), { recursive: true });
    const handle = await files.open(temp, 'wx', options.mode ?? 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    stage = 'rename';
    await retryWhileBusy(() => files.rename(temp, path), options.retry ?? DEFAULT_RETRY);
    return ok(undefined);
  } catch (error) {
    await files.unlink(temp).catch(() => undefined);
    return err(toStorageFailure(path, error, stage === 'rename', options.retry?.platform));
  }
}
