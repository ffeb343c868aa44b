import { Pagination } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Menu } from '../../components/Menu';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { useAppStore } from '../../stores/app-store';
import { PAGE_SIZES, useHistoryStore } from '../../stores/history-store';
import { useSaveStore } from '../../stores/save-store';
import { useNotice } from '../../platform/use-notice';
import { HistoryDetail } from './HistoryDetail';
import { HistoryFilters } from './HistoryFilters';
import { HistoryProblemsBanner } from './HistoryProblemsBanner';
import { HistoryTable } from './HistoryTable';
import { RefreshReport } from './RefreshReport';

/** 第 1–50 条，共 N 条, the page numbers, a page size and a jump to any page (antd's Pagination). */
function Pager() {
  const t = useT();
  const page = useHistoryStore((s) => s.page);
  const offset = useHistoryStore((s) => s.offset);
  const pageSize = useHistoryStore((s) => s.pageSize);
  const setPage = useHistoryStore((s) => s.setPage);
  if (!page || page.total === 0) return null;
  const to = Math.min(page.total, offset + page.records.length);
  return (
    <nav className="history-pager" aria-label={t(historyText.total(page.total))} data-testid="history-pager">
      <Pagination
        size="small"
        current={Math.floor(offset / pageSize) + 1}
        pageSize={pageSize}
        total={page.total}
        pageSizeOptions={PAGE_SIZES.map(String)}
        showSizeChanger
        showQuickJumper
        showTotal={() => <span className="history-pager__range">{t(historyText.page(offset + 1, to, page.total))}</span>}
        onChange={(current, size) => setPage(current, size)}
      />
    </nav>
  );
}

/** 创建记录: every card this computer created or found, with filters, a drawer per record, export and review refresh. */
export function HistoryScreen() {
  const t = useT();
  const status = useHistoryStore((s) => s.status);
  const error = useHistoryStore((s) => s.error);
  const page = useHistoryStore((s) => s.page);
  const selected = useHistoryStore((s) => s.selected);
  const filters = useHistoryStore((s) => s.filters);
  const flagged = useHistoryStore((s) => s.flagged);
  const refreshing = useHistoryStore((s) => s.refreshing);
  const exporting = useHistoryStore((s) => s.exporting);
  const exportNotice = useHistoryStore((s) => s.exportNotice);
  const recent = useSaveStore((s) => s.recent);
  const { load, select, refreshReview, exportAs, dismissExport, clearFilters, setFilters } = useHistoryStore.getState();
  const showScreen = useAppStore((s) => s.showScreen);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const closeDetail = useCallback(() => select(null), [select]);
  useEffect(() => useHistoryStore.getState().start(), []);
  useEffect(() => void useSaveStore.getState().loadRecent(), []);
  useNotice('history-export', exportNotice && { tone: exportNotice.tone === 'error' ? 'error' : 'success', message: t(exportNotice.message), ...(exportNotice.tone === 'info' ? { seconds: 6 } : {}) }, dismissExport, 'export-notice');

  const batches = new Map(recent.map((b) => [b.id, b.name]));
  for (const record of page?.records ?? []) if (record.batchId && record.batchName && !batches.has(record.batchId)) batches.set(record.batchId, record.batchName);
  const filtered = filters.accountId !== null || filters.batchId !== null || filters.state !== 'all' || filters.review !== 'all' || filters.kind !== 'all' || filters.text !== '';
  const records = page?.records ?? [];

  return (
    <div className={selected ? 'history history--with-detail' : 'history'} data-testid="history" ref={setContainer}>
      <div className="history__main">
        <header className="history__head">
          <div className="history__titles">
            <h2 className="history__title">{t(historyText.title)}</h2>
            <p className="history__subtitle">{t(historyText.subtitle)}</p>
          </div>
          <div className="history__actions">
            <Button icon="refresh" disabled={refreshing || status !== 'ready'} title={t(historyText.refreshHint)} onClick={() => void refreshReview()} data-testid="refresh-review">
              {t(refreshing ? historyText.refreshing : historyText.refresh)}
            </Button>
            <Menu
              label={historyText.export}
              icon="download"
              align="end"
              testId="export-menu"
              items={[
                { key: 'csv', label: historyText.exportCsv, hint: historyText.exportCsvHint, icon: 'download', disabled: exporting !== null, group: historyText.exportScope, onSelect: () => void exportAs('csv') },
                { key: 'xlsx', label: historyText.exportXlsx, hint: historyText.exportXlsxHint, icon: 'download', disabled: exporting !== null, onSelect: () => void exportAs('xlsx') },
              ]}
            />
          </div>
        </header>
        <HistoryProblemsBanner />
        <HistoryFilters batches={[...batches].map(([id, name]) => ({ id, name }))} />
        <RefreshReport />
        {flagged.duplicates + flagged.orphans > 0 && filters.state !== 'flagged' && (
          <div className="callout callout--warning history__flagged" data-testid="flagged-banner">
            <Icon name="flag" size={16} />
            <span>{t(historyText.flaggedBanner(flagged.duplicates, flagged.orphans))}</span>
            <Button size="sm" variant="link" onClick={() => setFilters({ state: 'flagged' })}>
              {t(historyText.showFlagged)}
            </Button>
          </div>
        )}
        <div className="history__table-wrap">
          {status === 'failed' && (
            <div className="callout callout--error" role="alert">
              <Icon name="error" size={16} />
              <span>
                <b>{t(historyText.loadFailed)}</b> {error ? t(error) : ''}
              </span>
              <Button size="sm" variant="link" onClick={() => void load()}>
                {t(historyText.retry)}
              </Button>
            </div>
          )}
          {(status === 'loading' || status === 'idle') && !page && <p className="app__loading">{t(historyText.loading)}</p>}
          {page && records.length > 0 && <HistoryTable records={records} selectedId={selected?.id ?? null} onOpen={select} />}
          {page && records.length === 0 && (
            <div className="history__empty">
              {filtered ? (
                <EmptyState icon="search" title={historyText.noMatchTitle} body={historyText.noMatchBody}>
                  <Button icon="close" onClick={clearFilters}>
                    {t(historyText.clearFilters)}
                  </Button>
                </EmptyState>
              ) : (
                <EmptyState icon="history" title={historyText.emptyTitle} body={historyText.emptyBody}>
                  <Button variant="primary" icon="ticket" onClick={() => showScreen('builder')}>
                    {t(historyText.goBuilder)}
                  </Button>
                </EmptyState>
              )}
            </div>
          )}
        </div>
        <Pager />
      </div>
      <HistoryDetail record={selected} onClose={closeDetail} container={container} />
    </div>
  );
}
