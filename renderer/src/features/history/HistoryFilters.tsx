import type { ChangeEvent } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { REVIEW_FILTERS, STATE_FILTERS, useHistoryStore, type ReviewFilter, type StateFilter } from '../../stores/history-store';

/** Search text, account, batch, state and review status; the page reloads as they change. */
export function HistoryFilters({ batches }: { batches: readonly { id: string; name: string }[] }) {
  const t = useT();
  const filters = useHistoryStore((s) => s.filters);
  const { setFilters, clearFilters } = useHistoryStore.getState();
  const accounts = useAccountsStore((s) => s.accounts);
  const any = filters.accountId !== null || filters.batchId !== null || filters.state !== 'all' || filters.review !== 'all' || filters.text !== '';
  const pick = (event: ChangeEvent<HTMLSelectElement>) => (event.target.value === '' ? null : event.target.value);
  return (
    <div className="history-filters" role="search" data-testid="history-filters">
      <div className="input-affix history-filters__search">
        <span className="input-affix__prefix">
          <Icon name="search" size={14} />
        </span>
        <input
          className="input"
          type="search"
          value={filters.text}
          placeholder={t(historyText.search)}
          aria-label={t(historyText.search)}
          maxLength={200}
          onChange={(e) => setFilters({ text: e.target.value })}
          data-testid="history-search"
        />
      </div>
      <select className="input select" aria-label={t(historyText.filterAccount)} value={filters.accountId ?? ''} onChange={(e) => setFilters({ accountId: pick(e) })} data-testid="filter-account">
        <option value="">{t(historyText.allAccounts)}</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {t(a.displayName)}
          </option>
        ))}
      </select>
      <select className="input select" aria-label={t(historyText.filterBatch)} value={filters.batchId ?? ''} onChange={(e) => setFilters({ batchId: pick(e) })} data-testid="filter-batch">
        <option value="">{t(historyText.allBatches)}</option>
        {batches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <select className="input select" aria-label={t(historyText.filterState)} value={filters.state} onChange={(e) => setFilters({ state: e.target.value as StateFilter })} data-testid="filter-state">
        <option value="all">{t(historyText.allStates)}</option>
        {STATE_FILTERS.map((s) => (
          <option key={s} value={s}>
            {t(historyText.stateFilter[s])}
          </option>
        ))}
      </select>
      <select className="input select" aria-label={t(historyText.filterReview)} value={filters.review} onChange={(e) => setFilters({ review: e.target.value as ReviewFilter })} data-testid="filter-review">
        <option value="all">{t(historyText.allReviews)}</option>
        {REVIEW_FILTERS.map((r) => (
          <option key={r} value={r}>
            {t(historyText.reviewFilter[r])}
          </option>
        ))}
      </select>
      {any && (
        <Button size="sm" variant="ghost" icon="close" onClick={clearFilters} data-testid="clear-filters">
          {t(historyText.clearFilters)}
        </Button>
      )}
    </div>
  );
}
