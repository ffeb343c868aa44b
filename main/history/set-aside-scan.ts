import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { localized } from '../../common/i18n';
import type { SqlDatabase } from '../storage/sqlite';
import { recordProblem, setAsideProblem, type NewProblem } from './problems';

/** `accounts.corrupt-20260115T040000000Z.json`: what storage/move-aside.ts names a file it set aside. */
const SET_ASIDE = /^(.+)\.corrupt-\d{8}T\d{9}Z(?:-\d+)?\.json$/;

/** The files set aside in the data directory that no stored problem reports yet (read-only safe). */
export async function unreportedSetAside(db: SqlDatabase, dataDir: string): Promise<NewProblem[]> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const candidates = names.filter((name) => SET_ASIDE.test(name));
  if (candidates.length === 0) return [];
  const reported = new Set(
    db
      .prepare("SELECT json_extract(doc, '$.savedTo') FROM problems WHERE code = 'file_set_aside'")
      .all()
      .map((row) => String(row[0])),
  );
  return candidates
    .filter((name) => !reported.has(join(dataDir, name)))
    .map((name) => {
      const movedTo = join(dataDir, name);
      const message = localized(
        `一个数据文件无法读取，已移到 ${movedTo} 保留；程序改用空白或较早的内容。请检查账号列表，必要时从该文件恢复。`,
        `A data file could not be read and was moved to ${movedTo} to keep it; the app went on with a blank or older copy. Check the account list, and restore from that file if needed.`,
      );
      return setAsideProblem(join(dataDir, `${SET_ASIDE.exec(name)?.[1] ?? 'file'}.json`), movedTo, message);
    });
}

/**
 * Records, once each, the data files (accounts.json, secret-storage.json) found unreadable and
 * moved aside in the data directory, by this process or any other: the account list may now be
 * empty or older, which must not pass unnoticed (issue 8 §2).
 */
export async function reportSetAsideFiles(db: SqlDatabase, dataDir: string, now: number): Promise<number> {
  const fresh = await unreportedSetAside(db, dataDir);
  if (fresh.length > 0) db.transaction(() => fresh.forEach((problem) => recordProblem(db, problem, now)));
  return fresh.length;
}
