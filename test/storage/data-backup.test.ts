import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDataDir } from '../../main/storage/data-backup';
import { openSqlite } from '../../main/storage/sqlite';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('backupDataDir (Settings → 备份数据目录)', () => {
  it('copies every file beside the data directory and the open history database as a complete snapshot, without its WAL', async () => {
    const root = await mkdtemp(join(tmpdir(), 'coupon-backup-'));
    dirs.push(root);
    const dataDir = join(root, 'Coupon Studio');
    await mkdir(join(dataDir, 'history'), { recursive: true });
    await mkdir(join(dataDir, 'images'), { recursive: true });
    await writeFile(join(dataDir, 'images', 'logo.png'), Buffer.from([1, 2, 3]));
    // A database still open and written to: its newest rows live in the -wal file only.
    const db = openSqlite(join(dataDir, 'history', 'history.db'));
    db.exec('CREATE TABLE t (n INTEGER)');
    for (let n = 0; n < 50; n += 1) db.prepare('INSERT INTO t VALUES (?)').run(n);
    const entries = await readdir(join(dataDir, 'history'));
    expect(entries.some((name) => name.endsWith('-wal'))).toBe(true);

    const backup = await backupDataDir({ dataDir, now: () => new Date('2026-12-03T04:05:06Z') });
    db.close();
    if (!backup.ok) throw new Error(backup.error.en);
    expect(backup.value.path).toBe(join(root, 'Coupon Studio-backup-20261203-040506'));
    expect(backup.value.files).toBe(2);
    expect(await readFile(join(backup.value.path, 'images', 'logo.png'))).toEqual(Buffer.from([1, 2, 3]));
    expect((await readdir(join(backup.value.path, 'history'))).sort()).toEqual(['history.db']);
    const copy = openSqlite(join(backup.value.path, 'history', 'history.db'), { readOnly: true });
    expect(copy.prepare('SELECT count(*) FROM t').get()).toEqual([50]);
    copy.close();
  });

  it('answers a bilingual refusal naming the directory when it cannot be read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'coupon-backup-'));
    dirs.push(root);
    const backup = await backupDataDir({ dataDir: join(root, 'missing') });
    expect(backup.ok).toBe(false);
    if (backup.ok) return;
    expect(backup.error['zh-CN']).toContain('备份未完成');
    expect(backup.error.en).toContain(join(root, 'missing'));
  });
});
