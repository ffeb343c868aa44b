import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Tag } from 'antd';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { historyFilterText } from '../../i18n/history-filter-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { KIND_FILTERS, REVIEW_FILTERS, STATE_FILTERS, useHistoryStore, type HistoryFilters as Filters, type KindFilter, type ReviewFilter, type StateFilter } from '../../stores/history-store';

type Batch = { id: string; name: string };

/**
 * Every filter that is on, as a tag with its own ×: a batch filter set from a run summary (or a
 * card_id search from a link) is never on silently, and goes with one click.
 */
function ActiveFilters({ batches }: { batches: readonly Batch[] }) {
  const t = useT();
  const filters = useHistoryStore((s) => s.filters);
  const setFilters = useHistoryStore((s) => s.setFilters);
  const accounts = useAccountsStore((s) => s.accounts);
  const tags: { key: keyof Filters; label: string; clear: Partial<Filters> }[] = [];
  if (filters.batchId !== null) {
    const name = batches.find((b) => b.id === filters.batchId)?.name ?? filters.batchId;
    tags.push({ key: 'batchId', label: t(historyFilterText.batchTag(name)), clear: { batchId: null } });
  }
  if (filters.accountId !== null) {
    const account = accounts.find((a) => a.id === filters.accountId);
    tags.push({ key: 'accountId', label: t(historyFilterText.accountTag(account ? t(account.displayName) : filters.accountId)), clear: { accountId: null } });
  }
  if (filters.state !== 'all') tags.push({ key: 'state', label: t(historyFilterText.stateTag(t(historyText.stateFilter[filters.state]))), clear: { state: 'all' } });
  if (filters.review !== 'all') tags.push({ key: 'review', label: t(historyFilterText.reviewTag(t(historyText.reviewFilter[filters.review]))), clear: { review: 'all' } });
  if (filters.kind !== 'all') tags.push({ key: 'kind', label: t(historyFilterText.kindTag(t(historyFilterText.kind[filters.kind]))), clear: { kind: 'all' } });
  if (filters.text.trim() !== '') tags.push({ key: 'text', label: t(historyFilterText.textTag(filters.text.trim())), clear: { text: '' } });
  if (tags.length === 0) return null;
  return (
    <div className="history-filters__tags" aria-label={t(historyFilterText.active)} role="group" data-testid="active-filters">
      <span className="history-filters__tags-label">{t(historyFilterText.active)}</span>
      {tags.map((tag) => (
        <Tag
          key={tag.key}
          color="green"
          closable={{ closeIcon: <CloseOutlined aria-hidden />, 'aria-label': t(historyFilterText.remove(tag.label)) }}
          onClose={(event) => {
            event.preventDefault();
            setFilters(tag.clear);
          }}
          data-testid={`filter-tag-${tag.key}`}
        >
          {tag.label}
        </Tag>
      ))}
    </div>
  );
}

/** Search text, account, batch, state and review status; the page reloads as they change. */
export function HistoryFilters({ batches }: { batches: readonly Batch[] }) {
  const t = useT();
  const filters = useHistoryStore((s) => s.filters);
  const { setFilters, clearFilters } = useHistoryStore.getState();
  const accounts = useAccountsStore((s) => s.accounts);
  const any = filters.accountId !== null || filters.batchId !== null || filters.state !== 'all' || filters.review !== 'all' || filters.kind !== 'all' || filters.text !== '';
  const known = filters.batchId === null || batches.some((b) => b.id === filters.batchId);
  const batchOptions = [...batches, ...(known || filters.batchId === null ? [] : [{ id: filters.batchId, name: filters.batchId }])];
  return (
    <>
      <div className="history-filters" role="search" data-testid="history-filters">
        <Input
          className="history-filters__search"
          type="search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          value={filters.text}
          placeholder={t(historyText.search)}
          aria-label={t(historyText.search)}
          maxLength={200}
          onChange={(e) => setFilters({ text: e.target.value })}
          data-testid="history-search"
        />
        <Select<KindFilter>
          className="history-filters__select"
          aria-label={t(historyFilterText.filterKind)}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={[{ value: 'all' as const, label: t(historyFilterText.allKinds) }, ...KIND_FILTERS.map((k) => ({ value: k, label: t(historyFilterText.kind[k]) }))]}
          popupMatchSelectWidth={false}
          data-testid="filter-kind"
        />
        <Select<string>
          className="history-filters__select"
          aria-label={t(historyText.filterAccount)}
          value={filters.accountId ?? ''}
          onChange={(value) => setFilters({ accountId: value === '' ? null : value })}
          options={[{ value: '', label: t(historyText.allAccounts) }, ...accounts.map((a) => ({ value: a.id, label: t(a.displayName) }))]}
          popupMatchSelectWidth={false}
          data-testid="filter-account"
        />
        <Select<string>
          className="history-filters__select"
          aria-label={t(historyText.filterBatch)}
          value={filters.batchId ?? ''}
          onChange={(value) => setFilters({ batchId: value === '' ? null : value })}
          options={[{ value: '', label: t(historyText.allBatches) }, ...batchOptions.map((b) => ({ value: b.id, label: b.name }))]}
          popupMatchSelectWidth={false}
          data-testid="filter-batch"
        />
        <Select<StateFilter>
          className="history-filters__select"
          aria-label={t(historyText.filterState)}
          value={filters.state}
          onChange={(state) => setFilters({ state })}
          options={[{ value: 'all' as const, label: t(historyText.allStates) }, ...STATE_FILTERS.map((s) => ({ value: s, label: t(historyText.stateFilter[s]) }))]}
          popupMatchSelectWidth={false}
          data-testid="filter-state"
        />
        <Select<ReviewFilter>
          className="history-filters__select"
          aria-label={t(historyText.filterReview)}
          value={filters.review}
          onChange={(review) => setFilters({ review })}
          options={[{ value: 'all' as const, label: t(historyText.allReviews) }, ...REVIEW_FILTERS.map((r) => ({ value: r, label: t(historyText.reviewFilter[r]) }))]}
          popupMatchSelectWidth={false}
          data-testid="filter-review"
        />
        {any && (
          <Button type="text" size="small" onClick={clearFilters} data-testid="clear-filters">
            {t(historyText.clearFilters)}
          </Button>
        )}
      </div>
      <ActiveFilters batches={batches} />
    </>
  );
}
