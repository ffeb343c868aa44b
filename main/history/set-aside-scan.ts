import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { localized } from '../../common/i18n';
import type { SqlDatabase } from '../storage/sqlite';
import { recordProblem, setAsideProblem } from './problems';

/** `accounts.corrupt-20260115T040000000Z.json`: what storage/move-aside.ts names a file it set aside. */
const SET_ASIDE = /^(.+)\.corrupt-\d{8}T\d{9}Z(?:-\d+)?\.json$/;

/**
 * Reports, once each, the data files (accounts.json, secret-storage.json) that were found
 * unreadable and moved aside in the data directory, by this process or any other: the account
 * list may now be empty or older, which must not pass unnoticed (issue 8 §2).
 */
export async function reportSetAsideFiles(db: SqlDatabase, dataDir: string, now: number): Promise<number> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const candidates = names.filter((name) => SET_ASIDE.test(name)).map((name) => join(dataDir, name));
  if (candidates.length === 0) return 0;
  const reported = new Set(
    db
      .prepare("SELECT json_extract(doc, '$.savedTo') FROM problems WHERE code = 'file_set_aside'")
      .all()
      .map((row) => String(row[0])),
  );
  const fresh = candidates.filter((path) => !reported.has(path));
  if (fresh.length === 0) return 0;
  db.transaction(() => {
    for (const movedTo of fresh) {
      const original = join(dataDir, `${SET_ASIDE.exec(movedTo.slice(dataDir.length + 1))?.[1] ?? 'file'}.json`);
      const message = localized(
        `一个数据文件无法读取，已移到 ${movedTo} 保留；程序改用空白或较早的内容。请检查账号列表，必要时从该文件恢复。`,
        `A data file could not be read and was moved to ${movedTo} to keep it; the app went on with a blank or older copy. Check the account list, and restore from that file if needed.`,
      );
      recordProblem(db, setAsideProblem(original, movedTo, message), now);
    }
  });
  return fresh.length;
}
