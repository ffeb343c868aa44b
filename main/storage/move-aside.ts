import { basename, dirname, extname, join } from 'node:path';
import { err, ok, type Result } from '../../common/result';
import { DEFAULT_RETRY, retryWhileBusy, toStorageFailure, type RetryPolicy } from './busy-retry';
import type { StorageFailure } from './document-store';
import { nodeFileOps, pathExists, type FileOps } from './files';

/** `20260115T040000123Z`: an ISO instant without the characters Windows forbids in file names. */
export function fileTimestamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '');
}

/** `<dir>/<name>.corrupt-<timestamp>.json` for `<dir>/<name>.json`. */
export function corruptPathFor(path: string, at: number, attempt = 1): string {
  const ext = extname(path) || '.json';
  const stem = basename(path, extname(path));
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return join(dirname(path), `${stem}.corrupt-${fileTimestamp(at)}${suffix}${ext}`);
}

/** What moving aside needs. */
export interface MoveAsideDeps {
  readonly files?: FileOps;
  readonly retry?: RetryPolicy;
}

/**
 * Renames a bad file to a fresh `.corrupt-<timestamp>` name next to it (never over an existing
 * one), retrying while Windows reports the file busy. Answers the new path.
 */
export async function moveAside(path: string, at: number, deps: MoveAsideDeps = {}): Promise<Result<string, StorageFailure>> {
  const files = deps.files ?? nodeFileOps;
  let target = corruptPathFor(path, at);
  for (let attempt = 2; (await pathExists(files, target)) && attempt < 1000; attempt++) target = corruptPathFor(path, at, attempt);
  try {
    await retryWhileBusy(() => files.rename(path, target), deps.retry ?? DEFAULT_RETRY);
    return ok(target);
  } catch (error) {
    return err(toStorageFailure(path, error, true, deps.retry?.platform));
  }
}
