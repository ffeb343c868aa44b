import type { CellRecord, HistoryError, HistoryRecord } from '../../common/ipc/channels/history';
import type { RunStatusName } from '../../common/ipc/channels/batch';
import { CELL_STATES, HISTORY_STATES } from '../../common/ipc/channels/history';

/** A change to one record: the fields it sets (the journal stores one per state transition). */
export type RecordPatch = Partial<Omit<HistoryRecord, 'id'>>;

/** A batch run as the journal keeps it, so a run stopped by 45009 or a crash can be resumed. */
export interface PersistedRun {
  readonly runId: string;
  readonly batchId: string;
  readonly batchName: string;
  readonly accountId: string;
  readonly appid: string;
  /** The drafts of the run, in batch order. */
  readonly draftIds: readonly string[];
  readonly status: RunStatusName;
  readonly startedAt: number;
  readonly updatedAt: number;
  readonly finishedAt: number | null;
  readonly stopReason: HistoryError | null;
  /** Started as a deliberate copy: drafts identical to cards already on Weixin are sent anyway. */
  readonly allowDuplicates?: boolean;
}

/** One journal line. `v` is the format version; `ev` names the transition (for people reading the file). */
export type JournalEntry =
  | { readonly v: 1; readonly e: 'rec'; readonly at: number; readonly id: string; readonly ev?: string; readonly p: RecordPatch }
  | { readonly v: 1; readonly e: 'baseline'; readonly at: number; readonly appid: string; readonly ids: readonly string[] }
  | { readonly v: 1; readonly e: 'run'; readonly at: number; readonly run: PersistedRun };

/** A switch that was never asked for. */
export const NO_CELL: CellRecord = { state: 'none', at: null, error: null, needVerifyCode: false, needRemarkAmount: false };

/** A record before its first patch. */
export function blankRecord(id: string, at: number): HistoryRecord {
  return {
    id,
    kind: 'op',
    accountId: '',
    accountName: '',
    appid: '',
    batchId: null,
    batchName: null,
    draftId: null,
    runId: null,
    title: null,
    cardType: null,
    fingerprint: null,
    cardId: null,
    state: 'pending',
    attempts: 0,
    firstSeenAt: at,
    attemptedAt: null,
    createdAt: null,
    updatedAt: at,
    reviewStatus: null,
    reviewStatusAt: null,
    paycell: NO_CELL,
    selfConsume: NO_CELL,
    error: null,
    findings: [],
    flags: { duplicate: false, orphan: false, adopted: false },
    duplicateOf: null,
  };
}

const isStr = (v: unknown): boolean => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown): boolean => v === null || isNum(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): boolean => isObj(v) && typeof v['zh-CN'] === 'string' && typeof v.en === 'string';
const isError = (v: unknown): boolean => isObj(v) && isStr(v.kind) && isLocalized(v.message);
const isErrorOrNull = (v: unknown): boolean => v === null || isError(v);
const isCell = (v: unknown): boolean =>
  isObj(v) && (CELL_STATES as readonly unknown[]).includes(v.state) && isNumOrNull(v.at) && isErrorOrNull(v.error) && typeof v.needVerifyCode === 'boolean';

/**
 * Per-field shape checks for patches read back from disk: a line that parses but carries a field of
 * the wrong type (a hand edit, a future version) has that field dropped, so queries never meet a
 * number where a title belongs. Cheap enough for 100,000 lines at start-up (no zod per line).
 */
const FIELD_CHECKS: Readonly<Record<keyof RecordPatch, (v: unknown) => boolean>> = {
  kind: (v) => v === 'op' || v === 'orphan',
  accountId: isStr,
  accountName: isStr,
  appid: isStr,
  batchId: isStrOrNull,
  batchName: isStrOrNull,
  draftId: isStrOrNull,
  runId: isStrOrNull,
  title: isStrOrNull,
  cardType: isStrOrNull,
  fingerprint: isStrOrNull,
  cardId: isStrOrNull,
  state: (v) => (HISTORY_STATES as readonly unknown[]).includes(v),
  attempts: (v) => Number.isInteger(v),
  firstSeenAt: isNum,
  attemptedAt: isNumOrNull,
  createdAt: isNumOrNull,
  updatedAt: isNum,
  reviewStatus: isStrOrNull,
  reviewStatusAt: isNumOrNull,
  paycell: isCell,
  selfConsume: isCell,
  error: isErrorOrNull,
  findings: (v) => Array.isArray(v) && v.every((f) => isObj(f) && isStr(f.path) && isLocalized(f.message)),
  flags: (v) => isObj(v) && typeof v.duplicate === 'boolean' && typeof v.orphan === 'boolean' && typeof v.adopted === 'boolean',
  duplicateOf: isStrOrNull,
};

/** The well-formed fields of a patch read from disk; how many were dropped. */
export function sanitizePatch(raw: unknown): { patch: RecordPatch; dropped: number } {
  if (!isObj(raw)) return { patch: {}, dropped: 1 };
  const patch: Record<string, unknown> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const check = Object.hasOwn(FIELD_CHECKS, key) ? FIELD_CHECKS[key as keyof RecordPatch] : undefined;
    if (check?.(value)) patch[key] = value;
    else dropped++;
  }
  return { patch: patch as RecordPatch, dropped };
}

/** A journal line parsed and checked, or undefined when it is not one of ours. */
export function readEntry(line: string): JournalEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObj(value) || value.v !== 1 || !isNum(value.at)) return undefined;
  if (value.e === 'rec' && isStr(value.id) && isObj(value.p)) return value as unknown as JournalEntry;
  if (value.e === 'baseline' && isStr(value.appid) && Array.isArray(value.ids) && value.ids.every(isStr)) return value as unknown as JournalEntry;
  if (value.e === 'run' && isObj(value.run) && isStr(value.run.runId) && Array.isArray(value.run.draftIds)) return value as unknown as JournalEntry;
  return undefined;
}

/** The text of one journal line (with its newline). */
export function encodeEntry(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

const isNoCell = (cell: CellRecord): boolean => cell.state === 'none' && cell.at === null && cell.error === null && !cell.needVerifyCode && !cell.needRemarkAmount;

/**
 * A record as the smallest patch that rebuilds it over {@link blankRecord}: compaction writes
 * these, so a 100,000-record journal is read (and parsed at start-up) without the defaults.
 */
export function snapshotPatch(record: HistoryRecord): RecordPatch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || value === null) continue;
    if (key === 'kind' && value === 'op') continue;
    if (key === 'attempts' && value === 0) continue;
    if ((key === 'paycell' || key === 'selfConsume') && isNoCell(value as CellRecord)) continue;
    if (key === 'findings' && (value as unknown[]).length === 0) continue;
    if (key === 'flags') {
      const flags = value as HistoryRecord['flags'];
      if (!flags.duplicate && !flags.orphan && !flags.adopted) continue;
    }
    out[key] = value;
  }
  // `state` and the times always go: the blank's defaults depend on when the line is read.
  return { ...out, state: record.state, firstSeenAt: record.firstSeenAt, updatedAt: record.updatedAt } as RecordPatch;
}
