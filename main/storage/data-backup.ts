// A backup of the data directory on request from Settings: every file copied to a dated folder
// beside the directory; SQLite databases as a consistent snapshot (VACUUM INTO), never as the raw
// file plus a WAL that another write may be changing at that moment.
import { copyFile, mkdir, open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { localized, type Localized } from '../../common/i18n';
import type { DataBackup } from '../../common/ipc/channels/app';
import { err, ok, type Result } from '../../common/result';
import { openSqlite } from './sqlite';

/** Options of {@link backupDataDir}. */
export interface DataBackupOptions {
  readonly dataDir: string;
  /** The backup goes to `<into>/<name>-backup-<time>`; default: the data directory's parent. */
  readonly into?: string;
  /** For the folder's name (China time is not needed: a sortable UTC stamp). */
  readonly now?: () => Date;
}

/** SQLite's side files: the snapshot of the database already holds what they hold. */
const SIDE_FILES = /-(wal|shm|journal)$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** A file is a SQLite database when it starts with SQLite's magic header. */
async function isSqlite(path: string): Promise<boolean> {
  if (!path.endsWith('.db')) return false;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    await handle.close();
  }
}

/** VACUUM INTO over a read-only connection: a complete, consistent copy while the app keeps writing. */
function snapshotSqlite(from: string, to: string): void {
  const db = openSqlite(from, { readOnly: true });
  try {
    db.exec(`VACUUM INTO '${to.replace(/'/g, "''")}'`);
  } finally {
    db.close();
  }
}

/**
 * Copies the data directory to `<parent>/<name>-backup-<UTC stamp>/` and answers where, how many
 * files and bytes. A failure names the file and leaves what was copied (the original is untouched).
 */
export async function backupDataDir(options: DataBackupOptions): Promise<Result<DataBackup, Localized>> {
  const { dataDir } = options;
  const target = join(options.into ?? dirname(dataDir), `${basename(dataDir)}-backup-${stamp((options.now ?? (() => new Date()))())}`);
  let current = dataDir;
  try {
    await mkdir(target, { recursive: true });
    let files = 0;
    let bytes = 0;
    for await (const file of filesUnder(dataDir)) {
      if (SIDE_FILES.test(file)) continue;
      current = file;
      const to = join(target, relative(dataDir, file));
      await mkdir(dirname(to), { recursive: true });
      if (await isSqlite(file)) snapshotSqlite(file, to);
      else await copyFile(file, to);
      files += 1;
      bytes += (await stat(to)).size;
    }
    return ok({ path: target, files, bytes });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(
      localized(
        `备份未完成：无法复制 ${current}（${reason}）。请确认磁盘空间和 ${dirname(target)} 的写入权限后重试；原数据目录没有改动。`,
        `The backup did not finish: ${current} could not be copied (${reason}). Check the disk space and that ${dirname(target)} is writable, then try again; the data directory itself is unchanged.`,
      ),
    );
  }
}
