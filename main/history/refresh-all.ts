import type { ReviewRefreshReport } from '../../common/ipc/channels/history';
import type { BatchServices } from '../batch/services';
import { refreshAccountReview } from './review-refresh';

/**
 * Refreshes review statuses across accounts (one, or every account with cards) within one call
 * budget shared by all of them, and reports how much of it was used.
 */
export async function refreshReview(
  services: Pick<BatchServices, 'history' | 'clients'>,
  request: { readonly accountId?: string | undefined; readonly recordIds?: readonly string[] | undefined; readonly maxCalls: number },
): Promise<ReviewRefreshReport> {
  const { history, clients } = services;
  const recordIds = request.recordIds ? new Set(request.recordIds) : undefined;
  const accountIds = new Set<string>();
  if (request.accountId !== undefined) accountIds.add(request.accountId);
  else {
    for (const record of history.all()) {
      if (record.cardId && (!recordIds || recordIds.has(record.id))) accountIds.add(record.accountId);
    }
  }
  const report: ReviewRefreshReport = { accounts: 0, checked: 0, changed: 0, skippedFinal: 0, remaining: 0, callsUsed: 0, failures: [] };
  for (const accountId of accountIds) {
    const account = await clients.clientFor(accountId);
    if (!account.ok) {
      report.failures.push({ accountId, message: account.error.message });
      continue;
    }
    const done = await refreshAccountReview(
      history,
      { accountId, appid: account.value.appid, client: account.value.client },
      { maxCalls: Math.max(0, request.maxCalls - report.callsUsed), recordIds },
    );
    report.accounts++;
    report.checked += done.checked;
    report.changed += done.changed;
    report.skippedFinal += done.skippedFinal;
    report.remaining += done.remaining;
    report.callsUsed += done.callsUsed;
    if (done.failure) report.failures.push({ accountId, message: done.failure });
  }
  return report;
}
