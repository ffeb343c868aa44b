import { JournalFile } from '../history/journal-file';

/**
 * The member-change ledger: every points/balance change is written here, flushed, BEFORE updateuser
 * is sent, and its outcome after (architecture.md "Data that must never be lost"). Behind a small
 * interface so it can move to a database table with the rest of the history; the file version
 * below reuses the history journal's fsync'd, torn-tail-safe append.
 */

/** Which member value a change moves. */
export type MemberValue = 'bonus' | 'balance';

/** A change about to be sent: the total before, the absolute total it sets, the delta it reports. */
export interface ChangeIntent {
  readonly kind: 'intent';
  readonly id: string;
  readonly accountId: string;
  readonly cardId: string;
  readonly code: string;
  readonly value: MemberValue;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  readonly record: string | undefined;
  readonly at: number;
}

/**
 * What became of an intent: `applied` (Weixin has `after`), `refused` (a definite errcode, nothing
 * changed), `superseded` (the member's total is neither before nor after: someone else changed it,
 * so the change is not resent), or `unknown` (sent, no answer: to reconcile).
 */
export interface ChangeOutcome {
  readonly kind: 'outcome';
  readonly id: string;
  readonly outcome: 'applied' | 'refused' | 'superseded' | 'unknown';
  readonly errcode?: number;
  readonly at: number;
}

export type LedgerEntry = ChangeIntent | ChangeOutcome;

/** Where member changes are committed. */
export interface MemberLedger {
  /** Durably appends one entry; resolves once it is on disk. */
  append(entry: LedgerEntry): Promise<void>;
  /** Every entry so far, oldest first. */
  entries(): readonly LedgerEntry[];
  close(): Promise<void>;
}

/** Intents whose last outcome is missing or `unknown`: sent, or maybe sent, and not settled. */
export function unsettled(entries: readonly LedgerEntry[]): ChangeIntent[] {
  const intents = new Map<string, ChangeIntent>();
  const settled = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'intent') intents.set(e.id, e);
    else if (e.outcome === 'unknown') settled.delete(e.id);
    else settled.add(e.id);
  }
  return [...intents.values()].filter((i) => !settled.has(i.id));
}

const isEntry = (v: unknown): v is LedgerEntry =>
  typeof v === 'object' && v !== null && ((v as { kind?: unknown }).kind === 'intent' || (v as { kind?: unknown }).kind === 'outcome') && typeof (v as { id?: unknown }).id === 'string';

/** The ledger as a JSONL file (`<dataDir>/members/ledger.jsonl`): one entry per line, each fsync'd. */
export class FileMemberLedger implements MemberLedger {
  private constructor(
    private readonly file: JournalFile,
    private readonly list: LedgerEntry[],
    /** Lines that were not entries (a torn tail is cut by JournalFile; this counts other damage). */
    readonly unreadable: number,
  ) {}

  /** Opens (creating) the ledger and reads it; a line cut short by a crash is set aside, never glued onto. */
  static async open(path: string): Promise<FileMemberLedger> {
    const opened = await JournalFile.open(path);
    const list: LedgerEntry[] = [];
    let unreadable = 0;
    for (const line of opened.lines) {
      if (line.trim() === '') continue;
      try {
        const parsed: unknown = JSON.parse(line);
        if (isEntry(parsed)) list.push(parsed);
        else unreadable += 1;
      } catch {
        unreadable += 1;
      }
    }
    return new FileMemberLedger(opened.file, list, unreadable);
  }

  async append(entry: LedgerEntry): Promise<void> {
    await this.file.append(`${JSON.stringify(entry)}\n`);
    this.list.push(entry);
  }

  entries(): readonly LedgerEntry[] {
    return this.list;
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
