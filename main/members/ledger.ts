/**
 * The member-change ledger: every points/balance change is written here, flushed, BEFORE updateuser
 * is sent, and its outcome after (architecture.md "Data that must never be lost"). It lives in the
 * history database (main/history/member-ledger-store.ts, table member_changes).
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
