import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../main/storage/atomic-write';
import { NO_WAIT_RETRY, retryWhileBusy, toStorageFailure } from '../../main/storage/busy-retry';
import { nodeFileOps } from '../../main/storage/files';
import { errnoError, tempDir } from './temp-dir';

describe('storage errors are named for what they are', () => {
  it.each(['linux', 'darwin'])('on %s, EACCES/EPERM is a permission problem, not a busy file, and is not retried', async (platform) => {
    for (const errno of ['EACCES', 'EPERM']) {
      const failure = toStorageFailure('/data/history/journal.jsonl', errnoError(errno), true, platform);
      expect(failure).toMatchObject({ code: 'storage_permission', errno });
      expect(failure.message['zh-CN']).toContain('没有权限');
      expect(failure.message.en).toMatch(/no permission to write there.*chmod u\+w.*--data-dir/);
      expect(failure.message.en).not.toMatch(/another program/);
      let calls = 0;
      await expect(retryWhileBusy(() => { calls++; throw errnoError(errno); }, { ...NO_WAIT_RETRY, platform })).rejects.toMatchObject({ code: errno });
      expect(calls).toBe(1);
    }
  });

  it('on Windows EPERM/EACCES stay "held by another program" (antivirus), and EBUSY is busy everywhere', () => {
    expect(toStorageFailure('C:\\d\\x.json', errnoError('EPERM'), true, 'win32').code).toBe('storage_busy');
    expect(toStorageFailure('C:\\d\\x.json', errnoError('EACCES'), true, 'win32').code).toBe('storage_busy');
    expect(toStorageFailure('/d/x.json', errnoError('EBUSY'), true, 'linux').code).toBe('storage_busy');
  });

  it('a file where a folder belongs (ENOTDIR) names that file, on a real directory', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'history'), 'I am a file');
    const written = await writeFileAtomic(join(dir, 'history', 'journal.jsonl'), 'x', { files: nodeFileOps, retry: NO_WAIT_RETRY });
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.error).toMatchObject({ code: 'storage_not_a_folder' });
    expect(['ENOTDIR', 'EEXIST']).toContain(written.error.errno);
    expect(written.error.message['zh-CN']).toContain(`${join(dir, 'history')} 是一个文件，但这里需要一个文件夹`);
    expect(written.error.message.en).toContain(`${join(dir, 'history')} is a file, but a folder belongs there`);
  });

  it('EEXIST from making a folder over a file is the same problem', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'images'), '');
    const made = await mkdir(join(dir, 'images'), { recursive: true }).catch((error: unknown) => error);
    const failure = toStorageFailure(join(dir, 'images'), made, true, 'linux');
    expect(failure).toMatchObject({ code: 'storage_not_a_folder', errno: 'EEXIST' });
    expect(failure.message.en).toContain(`${join(dir, 'images')} is a file`);
  });
});
