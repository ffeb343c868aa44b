import type { HistoryFilter, HistoryPage, HistoryRecord, HistorySort } from '../../common/ipc/channels/history';
import type { HistoryIndex } from './history-index';

/** A query: the filter, a page and an order (newest first unless told). */
export interface HistoryQuery extends HistoryFilter {
  readonly offset?: number | undefined;
  readonly limit?: number | undefined;
  readonly sort?: HistorySort | undefined;
}

/** Default page size. */
export const DEFAULT_PAGE = 50;

/** A predicate for a filter; the text is matched lower-cased against title, card_id, draft id, batch name. */
export function matcher(filter: HistoryFilter): (record: HistoryRecord) => boolean {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const states = filter.states && filter.states.length > 0 ? new Set<string>(filter.states) : undefined;
  const reviews = filter.reviewStatuses && filter.reviewStatuses.length > 0 ? new Set<string>(filter.reviewStatuses) : undefined;
  return (r) => {
    if (filter.accountId !== undefined && r.accountId !== filter.accountId) return false;
    if (filter.batchId !== undefined && r.batchId !== filter.batchId) return false;
    if (states && !states.has(r.state)) return false;
    if (reviews && !reviews.has(r.reviewStatus ?? '')) return false;
    if (filter.flaggedOnly === true && !r.flags.duplicate && !r.flags.orphan) return false;
    if (text !== '') {
      const hay = `${r.title ?? ''}\u0000${r.cardId ?? ''}\u0000${r.draftId ?? ''}\u0000${r.batchName ?? ''}`.toLowerCase();
      if (!hay.includes(text)) return false;
    }
    return true;
  };
}

/** Records matching a filter, newest (first journaled) first or oldest first. Never sorts: the journal order is the time order. */
export function* matching(index: HistoryIndex, filter: HistoryFilter, sort: HistorySort = 'newest'): Generator<HistoryRecord> {
  const accept = matcher(filter);
  const { order, records } = index;
  if (sort === 'oldest') {
    for (const id of order) {
      const record = records.get(id);
      if (record && accept(record)) yield record;
    }
    return;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const record = records.get(order[i] as string);
    if (record && accept(record)) yield record;
  }
}

/** One page of a query, with the total and the counts per state of everything that matched. */
export function queryHistory(index: HistoryIndex, query: HistoryQuery): HistoryPage {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(1, query.limit ?? DEFAULT_PAGE);
  const records: HistoryRecord[] = [];
  const byState: Record<string, number> = {};
  let total = 0;
  for (const record of matching(index, query, query.sort)) {
    if (total >= offset && records.length < limit) records.push(record);
    total++;
    byState[record.state] = (byState[record.state] ?? 0) + 1;
  }
  return { total, offset, records, byState };
}
