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
 * An interface activation about to be sent (card/membercard/activate, §1.4): Weixin activates a code
 * once only, so it is committed first like a points change and reconciled by reading the member.
 */
export interface ActivationIntent {
  readonly kind: 'activation';
  readonly id: string;
  readonly accountId: string;
  readonly cardId: string;
  readonly code: string;
  readonly membershipNumber: string;
  /** Opening points and opening balance (分), when given. */
  readonly initBonus: number | undefined;
  readonly initBalance: number | undefined;
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

export type LedgerEntry = ChangeIntent | ActivationIntent | ChangeOutcome;

/** Something committed before it was sent. */
export type LedgerIntent = ChangeIntent | ActivationIntent;

/** Where member changes are committed. */
export interface MemberLedger {
  /** Durably appends one entry; resolves once it is on disk. */
  append(entry: LedgerEntry): Promise<void>;
  /** Every entry so far, oldest first. */
  entries(): readonly LedgerEntry[];
  close(): Promise<void>;
}

/** Intents whose last outcome is missing or `unknown`: sent, or maybe sent, and not settled. */
export function unsettled(entries: readonly LedgerEntry[]): LedgerIntent[] {
  const intents = new Map<string, LedgerIntent>();
  const settled = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'outcome') intents.set(e.id, e);
    else if (e.outcome === 'unknown') settled.delete(e.id);
    else settled.add(e.id);
  }
  return [...intents.values()].filter((i) => !settled.has(i.id));
}
