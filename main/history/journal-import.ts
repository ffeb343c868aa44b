import { promises as fsp } from 'node:fs';
import { join, dirname } from 'node:path';
import type { SqlDatabase } from '../storage/sqlite';
import { errnoOf } from '../storage/files';
import { fileTimestamp } from '../storage/move-aside';
import { HistoryIndex } from './history-index';
import { badFieldsProblem, badLinesProblem, importedProblem, recordProblem, saveAside, tornProblem, type HistoryProblem, type NewProblem } from './problems';
import { readEntry } from './record';
import { putBaseline, putRecord, putRun } from './record-rows';

/** What an import did. */
export interface JournalImport {
  readonly records: number;
  /** Records already in the database (an import interrupted after its commit, before the rename). */
  readonly alreadyPresent: number;
  readonly keptAt: string;
  readonly problems: readonly HistoryProblem[];
}

/** The import could not be verified: nothing was committed and the journal is untouched. */
export class ImportMismatch extends Error {
  readonly code = 'import_mismatch';
}

/** The journal's complete lines, and what was past the last newline when it is not a whole entry. */
function splitJournal(text: Buffer): { lines: string[]; tornTail: Buffer | undefined } {
  const lastNewline = text.lastIndexOf(0x0a);
  const lines = text.subarray(0, lastNewline + 1).toString('utf8').split('\n');
  lines.pop();
  const tail = text.subarray(lastNewline + 1);
  if (tail.length === 0) return { lines, tornTail: undefined };
  // A whole entry whose newline was lost is kept; anything else is a write cut short by a crash.
  if (readEntry(tail.toString('utf8'))) return { lines: [...lines, tail.toString('utf8')], tornTail: undefined };
  return { lines, tornTail: tail };
}

/**
 * Imports the JSONL journal of earlier versions (history/journal.jsonl) into the database: folded
 * as it always was, written in one transaction, then every record read back and compared with
 * its source before the commit; only then is the file renamed beside the database (never deleted).
 * A torn tail and unreadable lines are saved aside and reported, as the journal reader did.
 */
export async function importJournal(db: SqlDatabase, journalPath: string, now: number): Promise<JournalImport | undefined> {
  let text: Buffer;
  try {
    text = await fsp.readFile(journalPath);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  const stamp = fileTimestamp(now);
  const { lines, tornTail } = splitJournal(text);
  const found: NewProblem[] = [];
  if (tornTail) found.push(tornProblem(tornTail.length, await saveAside(`${journalPath}.torn-${stamp}`, tornTail)));
  const index = new HistoryIndex();
  const bad: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = readEntry(line);
    if (entry) index.apply(entry);
    else bad.push(line);
  }
  if (bad.length > 0) found.push(badLinesProblem(bad.length, await saveAside(`${journalPath}.unreadable-${stamp}`, bad.join('\n'))));
  if (index.droppedFields > 0) found.push(badFieldsProblem(index.droppedFields));
  const keptAt = join(dirname(journalPath), `journal.imported-${stamp}.jsonl`);
  const written = db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM records WHERE id = ?');
    let alreadyPresent = 0;
    const imported = [];
    for (const id of index.order) {
      const record = index.records.get(id);
      if (!record) continue;
      if (exists.get(id)) {
        alreadyPresent++;
        continue;
      }
      putRecord(db, record);
      imported.push(record);
    }
    for (const [appid, ids] of index.allBaselines()) putBaseline(db, appid, ids);
    for (const run of index.runs.values()) if (!db.prepare('SELECT 1 FROM runs WHERE run_id = ?').get(run.runId)) putRun(db, run);
    // Verified before the commit: a mismatch rolls everything back and leaves the journal alone.
    const read = db.prepare('SELECT doc FROM records WHERE id = ?');
    for (const record of imported) {
      if (read.get(record.id)?.[0] !== JSON.stringify(record)) throw new ImportMismatch(`record ${record.id} did not read back as written`);
    }
    const inDb = Number(db.prepare('SELECT count(*) FROM records').get()?.[0] ?? 0);
    if (inDb < index.records.size) throw new ImportMismatch(`${index.records.size} records in the journal, ${inDb} in the database`);
    // All present: an earlier import committed (and reported) these, and only its rename was lost.
    const report = imported.length > 0 || alreadyPresent === 0 ? [...found, importedProblem(index.records.size, keptAt)] : [];
    const problems = report.map((p) => recordProblem(db, p, now));
    return { records: imported.length, alreadyPresent, problems };
  });
  try {
    await fsp.rename(journalPath, keptAt);
  } catch (error) {
    // Another process importing at the same moment renamed it first; its records are in.
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  // The pid lock file of the journal era means nothing to the database.
  await fsp.unlink(join(dirname(journalPath), 'journal.lock')).catch(() => undefined);
  return { ...written, keptAt };
}
