import { localized } from '../common/i18n';
import type { HistoryStore } from '../main/history/history-store';
import type { JobOutcome } from './drive-runs';
import type { CliIo } from './io';
import { cardsOf, exitOfRun } from './run-report';

/** The JSON of one stock run: the run and each stock's record (`stockId` is the record's remote id). */
export function stockJobJson(history: HistoryStore, outcome: JobOutcome): Record<string, unknown> {
  if (outcome.kind === 'refused') return { label: outcome.label, outcome: 'refused', error: outcome.error };
  if (outcome.kind === 'skipped') return { label: outcome.label, outcome: 'skipped' };
  const stocks = cardsOf(history, outcome.status).map(({ cardId, cardType, ...line }) => ({ ...line, stockId: cardId, stockType: cardType?.replace(/^BUSIFAVOR_/, '') ?? null }));
  return { label: outcome.label, outcome: outcome.kind, exitCode: exitOfRun(outcome.status), run: outcome.status, stocks };
}

/** stock_id<TAB>name per created stock on stdout; the summary and each failure on stderr. */
export function printStockJob(io: CliIo, history: HistoryStore, outcome: JobOutcome): void {
  if (outcome.kind === 'skipped') return;
  if (outcome.kind === 'refused') {
    io.note(`${outcome.label}: ${io.t(outcome.error.message)}`);
    return;
  }
  const status = outcome.status;
  const stocks = cardsOf(history, status);
  for (const stock of stocks) if (stock.cardId && stock.state === 'created') io.out(`${stock.cardId}\t${stock.title ?? ''}`);
  const c = status.counts;
  io.note(
    io.t(
      localized(
        `批次草稿“${status.batchName}”（${status.batchId}）：${status.status}；新建 ${c.created}，此前已建 ${c.alreadyCreated}，失败 ${c.failed}，无效 ${c.invalid}，结果未知 ${c.unknown}，待继续 ${c.queued}，共 ${status.total}。`,
        `Stock batch "${status.batchName}" (${status.batchId}): ${status.status}; created ${c.created}, created earlier ${c.alreadyCreated}, failed ${c.failed}, invalid ${c.invalid}, unknown ${c.unknown}, kept for resume ${c.queued}, of ${status.total}.`,
      ),
    ),
  );
  for (const stock of stocks) {
    if (stock.state !== 'failed' && stock.state !== 'invalid') continue;
    io.note(`  ✗ ${stock.title ?? stock.draftId ?? stock.recordId}: ${stock.error ? io.t(stock.error.message) : ''}`);
  }
  if (status.stopReason) io.note(`${io.t(localized('已停止', 'Stopped'))}: ${io.t(status.stopReason.message)}`);
  if (c.unknown > 0 || status.status === 'interrupted' || c.queued > 0) {
    io.note(io.t(localized(`运行 coupon-studio stocks resume 继续（同一商户）。`, 'Run coupon-studio stocks resume (same merchant) to continue.')));
  }
}
