import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../main/storage/atomic-write';
import { NO_WAIT_RETRY, retryWhileBusy } from '../../main/storage/busy-retry';
import { nodeFileOps } from '../../main/storage/files';
import { errnoError, listFiles, tempDir } from './temp-dir';

describe('writeFileAtomic', () => {
  it('replaces the file whole, owner-only (0600), creating the folder, leaving no temp file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'sub', 'vault.json');
    expect((await writeFileAtomic(path, 'first')).ok).toBe(true);
    expect((await writeFileAtomic(path, 'second')).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('second');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await listFiles(dir)).toEqual(['sub/vault.json']);
  });

  it('retries a rename Windows reports busy, then reports it and removes the temp file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'vault.json');
    await writeFile(path, 'old');
    let renames = 0;
    const files = { ...nodeFileOps, rename: async () => { renames++; throw errnoError('EPERM'); } };
    const written = await writeFileAtomic(path, 'new', { files, retry: { ...NO_WAIT_RETRY, platform: 'win32' } });
    expect(written).toMatchObject({ ok: false, error: { code: 'storage_busy', errno: 'EPERM' } });
    expect(renames).toBe(NO_WAIT_RETRY.attempts);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await listFiles(dir)).toEqual(['vault.json']);
  });
});

describe('retryWhileBusy', () => {
  it('waits between attempts with the policy delays and rethrows other errors at once', async () => {
    const waits: number[] = [];
    const policy = { attempts: 4, delayMs: (n: number) => n * 10, sleep: async (ms: number) => void waits.push(ms) };
    let calls = 0;
    await expect(retryWhileBusy(() => { calls++; throw errnoError('EBUSY'); }, policy)).rejects.toMatchObject({ code: 'EBUSY' });
    expect({ calls, waits }).toEqual({ calls: 4, waits: [10, 20, 30] });
    calls = 0;
    await expect(retryWhileBusy(() => { calls++; throw errnoError('ENOENT'); }, policy)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(calls).toBe(1);
  });
});
