import type { HistoryRecord } from '../../common/ipc/channels/history';
import { blankRecord, sanitizePatch, type JournalEntry, type PersistedRun, type RecordPatch } from './record';

/** States of an operation that is not finished: reconciled before anything new is sent (§4.3 rule 6). */
const UNFINISHED: ReadonlySet<string> = new Set(['pending', 'unknown']);

/**
 * The journal folded in memory: every record (insertion order = newest last), and the indexes the
 * batch engine asks on every draft — card_id → record, known card_ids per appid, records per
 * (appid, fingerprint), unfinished operations — each kept up to date in O(1) per entry.
 */
export class HistoryIndex {
  readonly records = new Map<string, HistoryRecord>();
  /** Record ids in the order they first appeared. */
  readonly order: string[] = [];
  readonly runs = new Map<string, PersistedRun>();
  private readonly byCard = new Map<string, string>();
  private readonly cardsByAppid = new Map<string, Set<string>>();
  private readonly byFingerprint = new Map<string, Set<string>>();
  private readonly baselines = new Map<string, Set<string>>();
  private readonly unfinished = new Set<string>();
  private readonly orphanIds = new Set<string>();
  /** Fields dropped from malformed patches (reported, never fatal). */
  droppedFields = 0;

  /** Applies one entry; answers the id of the record it changed, if any. */
  apply(entry: JournalEntry): string | undefined {
    if (entry.e === 'baseline') {
      const set = this.baselines.get(entry.appid) ?? new Set<string>();
      for (const id of entry.ids) set.add(id);
      this.baselines.set(entry.appid, set);
      return undefined;
    }
    if (entry.e === 'run') {
      this.runs.set(entry.run.runId, entry.run);
      return undefined;
    }
    const { patch, dropped } = sanitizePatch(entry.p);
    this.droppedFields += dropped;
    this.patch(entry.id, entry.at, patch);
    return entry.id;
  }

  /** Merges a patch into a record (creating it), keeping every index in step. */
  patch(id: string, at: number, patch: RecordPatch): HistoryRecord {
    const previous = this.records.get(id);
    if (!previous) this.order.push(id);
    const next: HistoryRecord = { ...(previous ?? blankRecord(id, at)), ...patch, id };
    this.records.set(id, next);
    this.reindex(previous, next);
    return next;
  }

  private reindex(previous: HistoryRecord | undefined, next: HistoryRecord): void {
    if (previous?.cardId !== next.cardId || previous?.appid !== next.appid) {
      if (previous?.cardId) {
        if (this.byCard.get(previous.cardId) === previous.id) this.byCard.delete(previous.cardId);
        this.cardsByAppid.get(previous.appid)?.delete(previous.cardId);
      }
      if (next.cardId) {
        // The first record to claim a card keeps it: a second one is a bug we surface, not hide.
        if (!this.byCard.has(next.cardId)) this.byCard.set(next.cardId, next.id);
        let set = this.cardsByAppid.get(next.appid);
        if (!set) this.cardsByAppid.set(next.appid, (set = new Set()));
        set.add(next.cardId);
      }
    }
    const before = previous?.fingerprint ? fpKey(previous.appid, previous.fingerprint) : undefined;
    const after = next.fingerprint ? fpKey(next.appid, next.fingerprint) : undefined;
    if (before !== after) {
      if (before) this.byFingerprint.get(before)?.delete(next.id);
      if (after) {
        let set = this.byFingerprint.get(after);
        if (!set) this.byFingerprint.set(after, (set = new Set()));
        set.add(next.id);
      }
    }
    if (next.kind === 'op' && UNFINISHED.has(next.state)) this.unfinished.add(next.id);
    else this.unfinished.delete(next.id);
    if (next.kind === 'orphan') this.orphanIds.add(next.id);
  }

  /** The record holding a card_id. */
  byCardId(cardId: string): HistoryRecord | undefined {
    const id = this.byCard.get(cardId);
    return id === undefined ? undefined : this.records.get(id);
  }

  /** True when the card is in the history or was on the account before this app created anything. */
  isKnownCard(appid: string, cardId: string): boolean {
    return this.byCard.has(cardId) || this.cardsByAppid.get(appid)?.has(cardId) === true || this.baselines.get(appid)?.has(cardId) === true;
  }

  /** Every card_id the history holds for an account (records only, not the baseline). */
  cardIdsOf(appid: string): string[] {
    return [...(this.cardsByAppid.get(appid) ?? [])];
  }

  hasBaseline(appid: string): boolean {
    return this.baselines.has(appid);
  }

  /** Every baseline, for compaction. */
  allBaselines(): [string, string[]][] {
    return [...this.baselines].map(([appid, set]) => [appid, [...set]]);
  }

  /** The records of an account with this fingerprint, oldest first. */
  withFingerprint(appid: string, fingerprint: string): HistoryRecord[] {
    const ids = this.byFingerprint.get(fpKey(appid, fingerprint));
    if (!ids) return [];
    const out: HistoryRecord[] = [];
    for (const id of ids) {
      const record = this.records.get(id);
      if (record) out.push(record);
    }
    return out;
  }

  /** Orphan and duplicate records (few; the run status counts them often). */
  orphans(): HistoryRecord[] {
    const out: HistoryRecord[] = [];
    for (const id of this.orphanIds) {
      const record = this.records.get(id);
      if (record) out.push(record);
    }
    return out;
  }

  /** Operations in `pending` or `unknown`. */
  unfinishedOps(): HistoryRecord[] {
    const out: HistoryRecord[] = [];
    for (const id of this.unfinished) {
      const record = this.records.get(id);
      if (record) out.push(record);
    }
    return out;
  }
}

function fpKey(appid: string, fingerprint: string): string {
  return `${appid}\u0000${fingerprint}`;
}
