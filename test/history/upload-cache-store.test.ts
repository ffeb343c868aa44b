// The per-account upload cache in the history database (issue 8 §1, migration 9): the JSON files of
// earlier versions are imported once and kept renamed, never deleted; entries survive a reopen.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../main/history/history-store';
import { historyUploadCache } from '../../main/images/history-upload-cache';

let dataDir: string;
let uploads: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'upload-cache-'));
  uploads = join(dataDir, 'images', 'uploads');
  await mkdir(uploads, { recursive: true });
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const open = async () => {
  const opened = await openHistoryStore({ dataDir });
  if (!opened.ok) throw new Error(opened.error.message.en);
  return opened.value;
};
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);

describe('upload cache in the history database', () => {
  it('imports images/uploads/<account>.json once, keeps the file renamed, and leaves an unreadable one in place', async () => {
    await writeFile(join(uploads, 'acc-1.json'), JSON.stringify({ v: 1, entries: { [H1]: { url: 'http://mmbiz.qpic.cn/logo1', uploadedAt: 1 }, [H2]: { url: 'http://mmbiz.qpic.cn/face', uploadedAt: 2 } } }));
    await writeFile(join(uploads, 'acc-2.json'), '{"v":1,"entries":');
    const first = await open();
    expect(await first.uploadCache.get('acc-1', H1)).toBe('http://mmbiz.qpic.cn/logo1');
    expect(await first.uploadCache.get('acc-1', H2)).toBe('http://mmbiz.qpic.cn/face');
    // Per account: another account's upload is not reused (uploadimg URLs are the account's own).
    expect(await first.uploadCache.get('acc-2', H1)).toBeUndefined();
    await first.close();
    const files = (await readdir(uploads)).sort();
    expect(files).toContain('acc-2.json');
    expect(files.filter((f) => /^acc-1\.imported-\d+\.json\.bak$/.test(f))).toHaveLength(1);
    expect(files).not.toContain('acc-1.json');

    // A second open imports nothing again: a later set is not overwritten by the old file.
    const second = await open();
    expect((await second.uploadCache.set('acc-1', H1, 'http://mmbiz.qpic.cn/logo2')).ok).toBe(true);
    await second.close();
    const third = await open();
    expect(await third.uploadCache.get('acc-1', H1)).toBe('http://mmbiz.qpic.cn/logo2');
    await third.close();
  });

  it('the local services cache opens the history on first use and persists what it sets', async () => {
    const cache = historyUploadCache(() => openHistoryStore({ dataDir }));
    expect(await cache.get('acc-1', H1)).toBeUndefined();
    expect((await cache.set('acc-1', H1, 'http://mmbiz.qpic.cn/x')).ok).toBe(true);
    await cache.close();
    const reopened = await open();
    expect(await reopened.uploadCache.get('acc-1', H1)).toBe('http://mmbiz.qpic.cn/x');
    await reopened.close();
  });
});
