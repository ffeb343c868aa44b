import { writeFile } from 'node:fs/promises';
import { localized, type Localized } from '../../common/i18n';
import type { SqlDatabase } from '../storage/sqlite';
import { parseDoc } from './record-rows';

/** What kind of damage was found. */
export type HistoryProblemCode = 'torn_tail' | 'bad_lines' | 'bad_fields' | 'unreadable_records' | 'journal_imported' | 'file_set_aside';

/** Damage found in the history or beside it: never fatal, never silent; listed until acknowledged. */
export interface HistoryProblem {
  /** Row id in the database (0 for one that could not be stored: a read-only open). */
  readonly id: number;
  readonly code: HistoryProblemCode;
  readonly at: number;
  readonly count: number;
  /** Where the damaged bytes or the old file were kept. */
  readonly savedTo: string | null;
  readonly message: Localized;
}

/** A problem before it is stored. */
export type NewProblem = Omit<HistoryProblem, 'id' | 'at'>;

/** Stores a problem; answers it with its id. */
export function recordProblem(db: SqlDatabase, problem: NewProblem, at: number): HistoryProblem {
  const doc = JSON.stringify({ count: problem.count, savedTo: problem.savedTo, message: problem.message });
  db.prepare('INSERT INTO problems (code, at, doc) VALUES (?, ?, ?)').run(problem.code, at, doc);
  const id = Number(db.prepare('SELECT last_insert_rowid()').get()?.[0] ?? 0);
  return { ...problem, id, at };
}

/** Every problem nobody has acknowledged, oldest first. */
export function openProblems(db: SqlDatabase): HistoryProblem[] {
  const rows = db.prepare('SELECT id, code, at, doc FROM problems WHERE acknowledged_at IS NULL ORDER BY id').all();
  return rows.map(([id, code, at, doc]) => {
    const body = parseDoc<{ count?: number; savedTo?: string | null; message?: Localized }>(doc) ?? {};
    return {
      id: Number(id),
      code: String(code) as HistoryProblemCode,
      at: Number(at),
      count: typeof body.count === 'number' ? body.count : 0,
      savedTo: typeof body.savedTo === 'string' ? body.savedTo : null,
      message: body.message ?? localized('卡券历史有一处问题（记录已损坏）。', 'The card history has a problem (its record is damaged).'),
    };
  });
}

/** Marks problems as seen (all open ones when `ids` is omitted); answers how many. */
export function acknowledgeProblems(db: SqlDatabase, at: number, ids?: readonly number[]): number {
  if (ids === undefined) return db.prepare('UPDATE problems SET acknowledged_at = ? WHERE acknowledged_at IS NULL').run(at).changes;
  let changed = 0;
  const update = db.prepare('UPDATE problems SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  db.transaction(() => {
    for (const id of ids) changed += update.run(at, id).changes;
  });
  return changed;
}

/** A torn last line of an imported journal (a write cut short by a crash). */
export function tornProblem(bytes: number, savedTo: string | null): NewProblem {
  const where = savedTo ?? '';
  return {
    code: 'torn_tail',
    count: bytes,
    savedTo,
    message: localized(
      `卡券历史的最后一行不完整（${bytes} 字节，上次程序可能在写入时被中断），已忽略${where ? `并另存到 ${where}` : ''}。之前的记录都完好；未完成的创建会在下次运行前先与微信核对。`,
      `The last line of the card history was incomplete (${bytes} bytes; the app was probably stopped mid-write) and was ignored${where ? `, saved to ${where}` : ''}. Every earlier record is intact; unfinished creates are checked with Weixin before anything new is sent.`,
    ),
  };
}

/** Saves text beside the journal (never overwriting); where, or null if it could not. */
export async function saveAside(path: string, text: string | Buffer): Promise<string | null> {
  try {
    await writeFile(path, text, { mode: 0o600, flag: 'wx' });
    return path;
  } catch {
    return null;
  }
}

/** Journal lines that are not entries, skipped at import. */
export function badLinesProblem(count: number, savedTo: string | null): NewProblem {
  const where = savedTo ?? '';
  return {
    code: 'bad_lines',
    count,
    savedTo,
    message: localized(
      `卡券历史中有 ${count} 行无法读取，已跳过${where ? `并另存到 ${where}` : ''}；其余记录正常。`,
      `${count} line(s) of the card history could not be read and were skipped${where ? ` (saved to ${where})` : ''}; the other records are fine.`,
    ),
  };
}

/** Fields of the wrong type, dropped at import. */
export function badFieldsProblem(count: number): NewProblem {
  return {
    code: 'bad_fields',
    count,
    savedTo: null,
    message: localized(`卡券历史中有 ${count} 个字段格式不对，已忽略。`, `${count} field(s) in the card history had the wrong format and were ignored.`),
  };
}

/** Rows of the database whose document does not parse (a disk or hand-edit accident). */
export function unreadableRecordsProblem(count: number): NewProblem {
  return {
    code: 'unreadable_records',
    count,
    savedTo: null,
    message: localized(
      `卡券历史数据库中有 ${count} 条记录无法读取，已跳过（仍保留在数据库中）。其中的卡券ID可能不再显示；创建前会先与微信核对已有卡券。`,
      `${count} record(s) in the card history database could not be read and were skipped (they stay in the database). Their card_ids may not show; existing cards are checked with Weixin before anything is created.`,
    ),
  };
}

/** The old journal file was imported into the database and kept beside it. */
export function importedProblem(count: number, savedTo: string): NewProblem {
  return {
    code: 'journal_imported',
    count,
    savedTo,
    message: localized(
      `已把旧的卡券历史文件（${count} 条记录）导入数据库，并逐条核对无误；原文件保留在 ${savedTo}。`,
      `The old card history file (${count} records) was imported into the database and checked record by record; the original is kept at ${savedTo}.`,
    ),
  };
}

/** A data file (accounts.json…) that could not be read was moved aside. */
export function setAsideProblem(path: string, movedTo: string | null, message: Localized): NewProblem {
  return { code: 'file_set_aside', count: 1, savedTo: movedTo, message: localized(`${message['zh-CN']}（${path}）`, `${message.en} (${path})`) };
}
