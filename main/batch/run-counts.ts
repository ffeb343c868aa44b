import type { RunCounts, RunStatus } from '../../common/ipc/channels/batch';
import type { HistoryStore } from '../history/history-store';
import type { PersistedRun } from '../history/record';
import { opIdOf } from './ids';
import type { KnownCardsReport } from './known-cards';
import { isTransient } from './transient';

/** Live figures of a run the history cannot know: drafts being processed right now. */
export interface RunLive {
  readonly inFlight: ReadonlySet<string>;
  readonly concurrency: { readonly current: number; readonly max: number };
  readonly reconciles: number;
  /** What reading the account's existing cards cost before the run's first create. */
  readonly lookup?: KnownCardsReport | undefined;
}

/** Counts a run's drafts from their history records (so an adoption at the end is counted right). */
export function countRun(history: HistoryStore, run: PersistedRun, inFlight: ReadonlySet<string>): RunCounts {
  const counts: RunCounts = { created: 0, found: 0, alreadyCreated: 0, failed: 0, retryable: 0, invalid: 0, cancelled: 0, queued: 0, inFlight: 0, unknown: 0, cellFailed: 0 };
  for (const draftId of run.draftIds) {
    if (inFlight.has(draftId)) {
      counts.inFlight++;
      continue;
    }
    const record = history.get(opIdOf(run.accountId, run.batchId, draftId));
    if (!record) {
      counts.queued++;
      continue;
    }
    const ours = record.runId === run.runId;
    switch (record.state) {
      case 'created':
        if (!ours) counts.alreadyCreated++;
        else if (record.flags.found === true) counts.found++;
        else counts.created++;
        if (record.paycell.state === 'failed' || record.selfConsume.state === 'failed') counts.cellFailed++;
        break;
      case 'failed':
        if (!ours) counts.queued++;
        else {
          counts.failed++;
          if (isTransient(record.error)) counts.retryable++;
        }
        break;
      case 'invalid':
        if (ours) counts.invalid++;
        else counts.queued++;
        break;
      case 'cancelled':
        if (ours) counts.cancelled++;
        else counts.queued++;
        break;
      case 'unknown':
        counts.unknown++;
        break;
      default:
        counts.queued++;
    }
  }
  return counts;
}

/** Flags raised for the run's drafts: duplicates of its drafts' cards, and orphans of its account found since it started. */
export function flaggedFor(history: HistoryStore, run: PersistedRun): { duplicates: number; orphans: number } {
  let duplicates = 0;
  let orphans = 0;
  const prefix = `op:${run.accountId}:${run.batchId}:`;
  for (const record of history.orphans()) {
    if (record.kind !== 'orphan' || record.appid !== run.appid || record.firstSeenAt < run.startedAt) continue;
    if (record.flags.duplicate && record.duplicateOf?.startsWith(prefix)) duplicates++;
    else if (!record.flags.duplicate && record.flags.orphan) orphans++;
  }
  return { duplicates, orphans };
}

/** The status the UI and the events show. */
export function runStatusOf(history: HistoryStore, run: PersistedRun, live: RunLive | undefined): RunStatus {
  const flagged = flaggedFor(history, run);
  return {
    runId: run.runId,
    batchId: run.batchId,
    batchName: run.batchName,
    accountId: run.accountId,
    appid: run.appid,
    status: run.status,
    total: run.draftIds.length,
    counts: countRun(history, run, live?.inFlight ?? new Set()),
    concurrency: { current: live?.concurrency.current ?? 0, max: live?.concurrency.max ?? 0 },
    reconciles: live?.reconciles ?? 0,
    ...(live?.lookup ? { existingCards: live.lookup } : {}),
    duplicatesFlagged: flagged.duplicates,
    orphansFlagged: flagged.orphans,
    startedAt: run.startedAt,
    updatedAt: run.updatedAt,
    finishedAt: run.finishedAt,
    stopReason: run.stopReason,
  };
}
