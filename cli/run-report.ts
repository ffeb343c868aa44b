import type { RunStatus } from '../common/ipc/channels/batch';
import type { HistoryRecord } from '../common/ipc/channels/history';
import { localized } from '../common/i18n';
import type { BatchError } from '../main/batch/batch-errors';
import type { HistoryStore } from '../main/history/history-store';
import { EXIT, type ExitCode } from './exit-codes';
import type { JobOutcome } from './drive-runs';
import type { CliIo } from './io';
import { lookupNote } from './existing-cards';

/** A card of a run as the CLI reports it (JSON and the stdout list). */
export interface CardLine {
  readonly recordId: string;
  readonly draftId: string | null;
  readonly title: string | null;
  readonly cardType: string | null;
  readonly state: HistoryRecord['state'];
  readonly cardId: string | null;
  readonly attempts: number;
  readonly error: HistoryRecord['error'];
  readonly flags: HistoryRecord['flags'];
  readonly duplicateOf: string | null;
}

/** The history records of a run's batch and account, oldest first (duplicates and orphans included). */
export function cardsOf(history: HistoryStore, run: Pick<RunStatus, 'batchId' | 'accountId'>): CardLine[] {
  const page = history.query({ batchId: run.batchId, accountId: run.accountId, sort: 'oldest', limit: Number.MAX_SAFE_INTEGER });
  return page.records.map((r) => ({
    recordId: r.id,
    draftId: r.draftId,
    title: r.title,
    cardType: r.cardType,
    state: r.state,
    cardId: r.cardId,
    attempts: r.attempts,
    error: r.error,
    flags: r.flags,
    duplicateOf: r.duplicateOf,
  }));
}

/**
 * The exit code of a finished run: unknown outcomes left (4) outrank an account stopped by Weixin
 * (3), which outranks failed or invalid drafts (1). A run still interrupted counts as 4.
 */
export function exitOfRun(status: RunStatus): ExitCode {
  const c = status.counts;
  if (c.unknown > 0 || status.status === 'interrupted' || status.status === 'running') return EXIT.unresolved;
  if (status.status === 'quota_stopped' || status.status === 'stopped') return EXIT.weixin;
  // Still queued after a finished run: held back while an identical card's create is unresolved.
  if (c.queued > 0 && status.status === 'done') return EXIT.unresolved;
  if (c.failed + c.invalid + c.cancelled + c.cellFailed > 0 || status.status === 'cancelled') return EXIT.failed;
  return EXIT.ok;
}

/** The exit code of a run the engine would not start or resume. */
export function exitOfBatchError(error: BatchError): ExitCode {
  switch (error.code) {
    case 'recovery_pending':
      return EXIT.unresolved;
    // The engine could not reach Weixin for the account (token or card list refused or unreachable).
    case 'account_unavailable':
      return EXIT.weixin;
    case 'storage_failed':
    case 'batch_unavailable':
    case 'run_already_active':
      return EXIT.busy;
    default:
      return EXIT.usage;
  }
}

/** The exit code of a set of job outcomes, with `unfinished` creates left in the journal. */
export function exitOfOutcomes(outcomes: readonly JobOutcome[], interrupted: boolean, unfinished: number): ExitCode {
  if (interrupted) return EXIT.interrupted;
  let worst: ExitCode = unfinished > 0 ? EXIT.unresolved : EXIT.ok;
  for (const outcome of outcomes) {
    const code = outcome.kind === 'finished' || outcome.kind === 'paused' ? exitOfRun(outcome.status) : outcome.kind === 'refused' ? exitOfBatchError(outcome.error) : EXIT.unresolved;
    if (code > worst) worst = code;
  }
  return worst;
}

/** The JSON shape of one job. */
export function jobJson(history: HistoryStore, outcome: JobOutcome): Record<string, unknown> {
  if (outcome.kind === 'refused') return { label: outcome.label, outcome: 'refused', error: outcome.error };
  if (outcome.kind === 'skipped') return { label: outcome.label, outcome: 'skipped' };
  return { label: outcome.label, outcome: outcome.kind, exitCode: exitOfRun(outcome.status), run: outcome.status, cards: cardsOf(history, outcome.status) };
}

/** Prints a job for people: card_ids on stdout (one `card_id<TAB>title` per line), the summary on stderr. */
export function printJob(io: CliIo, history: HistoryStore, outcome: JobOutcome): void {
  if (outcome.kind === 'skipped') return;
  if (outcome.kind === 'refused') {
    io.note(`${outcome.label}: ${io.t(outcome.error.message)}`);
    return;
  }
  const status = outcome.status;
  const cards = cardsOf(history, status);
  for (const card of cards) if (card.cardId && card.state === 'created') io.out(`${card.cardId}\t${card.title ?? ''}`);
  const c = status.counts;
  if (status.existingCards) io.note(lookupNote(io, status.existingCards));
  io.note(
    io.t(
      localized(
        `批次“${status.batchName}”（${status.batchId}）：${status.status}；新建 ${c.created}，在微信上找到 ${c.found}，此前已建 ${c.alreadyCreated}，失败 ${c.failed}，无效 ${c.invalid}，结果未知 ${c.unknown}，待继续 ${c.queued}，共 ${status.total}。`,
        `Batch "${status.batchName}" (${status.batchId}): ${status.status}; created ${c.created}, found on Weixin ${c.found}, created earlier ${c.alreadyCreated}, failed ${c.failed}, invalid ${c.invalid}, unknown ${c.unknown}, kept for resume ${c.queued}, of ${status.total}.`,
      ),
    ),
  );
  for (const card of cards) {
    if (card.state !== 'failed' && card.state !== 'invalid') continue;
    const why = card.error ? `${card.error.errcode === null ? '' : `${card.error.errcode} `}${io.t(card.error.message)}` : '';
    io.note(`  ✗ ${card.title ?? card.draftId ?? card.recordId}: ${why}`);
  }
  if (status.stopReason) {
    const code = status.stopReason.errcode === null ? '' : ` (${status.stopReason.errcode})`;
    io.note(`${io.t(localized('已停止', 'Stopped'))}${code}: ${io.t(status.stopReason.message)}`);
  }
  const flagged = cards.filter((card) => card.flags.duplicate || card.flags.orphan);
  for (const card of flagged) {
    io.note(
      io.t(
        localized(
          `⚠ 重复卡券 ${card.cardId ?? ''}（${card.title ?? ''}）已标记，请在微信公众平台核对并删除多余的一张。`,
          `⚠ Duplicate card ${card.cardId ?? ''} (${card.title ?? ''}) is flagged: review it on the Official Accounts Platform and delete the extra one.`,
        ),
      ),
    );
  }
  if (c.unknown > 0 || status.status === 'interrupted' || c.queued > 0) {
    io.note(io.t(localized('运行 coupon-studio resume 继续。', 'Run coupon-studio resume to continue.')));
  }
}
