import { create } from 'zustand';
import { HISTORY_KINDS, type HistoryKind } from '../../../common/ipc/channels/history';
import type { CellKind, ExportFormat, HistoryFilter, HistoryPage, HistoryRecord, HistoryState as RecordState, ReviewRefreshReport } from '../../../common/ipc/channels/history';
import type { Localized } from '../../../common/i18n';
import { getApi } from '../api';
import { getHistoryApi } from '../api/domains';
import { historyText } from '../i18n/history-text';
import { downloadBase64 } from '../lib/download';
import { useAppStore } from './app-store';

/** The state filter as the screen offers it (several record states fold into one choice). */
export const STATE_FILTERS = ['created', 'failed', 'checking', 'flagged', 'invalid', 'queued', 'cancelled'] as const;
export type StateFilter = 'all' | (typeof STATE_FILTERS)[number];

/** The review filter: 审核中 / 已通过 / 未通过. */
export const REVIEW_FILTERS = ['inReview', 'approved', 'rejected'] as const;
export type ReviewFilter = 'all' | (typeof REVIEW_FILTERS)[number];

/** What the screen filters by. */
export interface HistoryFilters {
  accountId: string | null;
  batchId: string | null;
  state: StateFilter;
  review: ReviewFilter;
  /** 微信卡券 / 会员卡 / 商家券. */
  kind: KindFilter;
  text: string;
}

/** The kind filter: one of the history's three kinds, or all of them. */
export const KIND_FILTERS = HISTORY_KINDS;
export type KindFilter = 'all' | HistoryKind;

/** A switch Weixin refused (43017, 45046, 40145, 43008…), shown under the switch. */
export interface CellIssue {
  errcode: number | null;
  message: Localized;
}

/** The History screen's data and everything it does. */
export interface HistoryStoreState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: Localized | null;
  filters: HistoryFilters;
  offset: number;
  /** Records per page, as the pager's size changer set it. */
  pageSize: number;
  page: HistoryPage | null;
  /** Flagged records across the whole history (banner). */
  flagged: { duplicates: number; orphans: number };
  /** The record in the drawer (kept even when a reload moves it off the page). */
  selected: HistoryRecord | null;
  refreshing: boolean;
  refreshReport: ReviewRefreshReport | null;
  refreshError: Localized | null;
  /** `${recordId}:${cell}` → a switch is being set. */
  cellBusy: Record<string, boolean>;
  cellIssues: Record<string, CellIssue>;
  exporting: ExportFormat | null;
  exportNotice: { tone: 'info' | 'error'; message: Localized } | null;

  /** Loads and follows history:changed while the screen is open; returns the unsubscribe. */
  start(): () => void;
  load(): Promise<void>;
  setFilters(patch: Partial<HistoryFilters>): void;
  clearFilters(): void;
  setOffset(offset: number): void;
  /** Shows page `page` (1-based) at `pageSize` records a page (the pager's jump and size changer). */
  setPage(page: number, pageSize: number): void;
  select(record: HistoryRecord | null): void;
  /** Opens History filtered to one card_id, its record in the drawer. */
  showCard(cardId: string): void;
  /** Opens History filtered to one batch. */
  showBatch(batchId: string): void;
  refreshReview(recordIds?: string[]): Promise<void>;
  dismissRefresh(): void;
  setCell(recordId: string, cell: CellKind, open: boolean, flags?: { needVerifyCode: boolean; needRemarkAmount: boolean }): Promise<void>;
  /**
   * Switches a card from one cell to the other: the one on is turned off first, and the other is
   * asked for only once that succeeded (Weixin refuses both at once with 45046, §1.11).
   */
  switchCellTo(recordId: string, cell: CellKind, flags?: { needVerifyCode: boolean; needRemarkAmount: boolean }): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
  dismissExport(): void;
}

/** Records per page until the merchant picks another size. */
export const PAGE_SIZE = 50;

/** The sizes the pager offers (main answers at most 500 a query). */
export const PAGE_SIZES = [20, 50, 100, 200, 500] as const;

const NO_FILTERS: HistoryFilters = { accountId: null, batchId: null, state: 'all', review: 'all', kind: 'all', text: '' };

const STATES_OF: Readonly<Record<Exclude<StateFilter, 'all' | 'flagged'>, RecordState[]>> = {
  created: ['created'],
  failed: ['failed'],
  checking: ['pending', 'unknown'],
  invalid: ['invalid'],
  queued: ['queued'],
  cancelled: ['cancelled'],
};

const REVIEWS_OF: Readonly<Record<Exclude<ReviewFilter, 'all'>, string[]>> = {
  inReview: ['CARD_STATUS_NOT_VERIFY'],
  approved: ['CARD_STATUS_VERIFY_OK', 'CARD_STATUS_DISPATCH', 'CARD_STATUS_USER_DISPATCH'],
  rejected: ['CARD_STATUS_VERIFY_FAIL', 'CARD_STATUS_VERIFY_FALL'],
};

/** The screen's filters as main's query filter. */
export function toQueryFilter(filters: HistoryFilters): HistoryFilter {
  const query: HistoryFilter = {};
  if (filters.accountId) query.accountId = filters.accountId;
  if (filters.batchId) query.batchId = filters.batchId;
  if (filters.state === 'flagged') query.flaggedOnly = true;
  else if (filters.state !== 'all') query.states = STATES_OF[filters.state];
  if (filters.review !== 'all') query.reviewStatuses = REVIEWS_OF[filters.review];
  if (filters.kind !== 'all') query.kinds = [filters.kind];
  const text = filters.text.trim();
  if (text !== '') query.text = text.slice(0, 200);
  return query;
}

/** A record main put in an error's details (a refused switch still changed the record). */
function recordIn(details: unknown): HistoryRecord | undefined {
  const record = (details as { record?: unknown } | undefined)?.record;
  return typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string' ? (record as HistoryRecord) : undefined;
}

/** The history store (style.md habit 5): the only caller of couponStudio.history. */
export const useHistoryStore = create<HistoryStoreState>()((set, get) => {
  let loading = false;
  let again = false;
  let selectCardId: string | null = null;

  const replace = (record: HistoryRecord) => {
    const page = get().page;
    set({
      page: page ? { ...page, records: page.records.map((r) => (r.id === record.id ? record : r)) } : page,
      selected: get().selected?.id === record.id ? record : get().selected,
    });
  };

  return {
    status: 'idle',
    error: null,
    filters: NO_FILTERS,
    offset: 0,
    pageSize: PAGE_SIZE,
    page: null,
    flagged: { duplicates: 0, orphans: 0 },
    selected: null,
    refreshing: false,
    refreshReport: null,
    refreshError: null,
    cellBusy: {},
    cellIssues: {},
    exporting: null,
    exportNotice: null,

    start() {
      const api = getApi();
      if (!api || !getHistoryApi()) {
        set({ status: 'failed', error: historyText.unavailable });
        return () => undefined;
      }
      void get().load();
      // Main coalesces changes (a few events a second at most): reload the page shown.
      return api.on('history:changed', () => void get().load());
    },

    async load() {
      const history = getHistoryApi();
      if (!history) {
        set({ status: 'failed', error: historyText.unavailable });
        return;
      }
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      if (get().status !== 'ready') set({ status: 'loading' });
      const { filters, offset, pageSize } = get();
      const [page, flagged] = await Promise.all([
        history.query({ ...toQueryFilter(filters), offset, limit: pageSize, sort: 'newest' }),
        history.query({ flaggedOnly: true, limit: 500 }),
      ]);
      loading = false;
      if (!page.ok) set({ status: 'failed', error: page.error.message });
      else {
        const selectedId = get().selected?.id;
        const fresh = page.data.records.find((r) => r.id === selectedId);
        const wanted = selectCardId === null ? undefined : page.data.records.find((r) => r.cardId === selectCardId);
        if (wanted) selectCardId = null;
        set({ status: 'ready', error: null, page: page.data, selected: wanted ?? fresh ?? get().selected });
      }
      if (flagged.ok) {
        const duplicates = flagged.data.records.filter((r) => r.flags.duplicate).length;
        set({ flagged: { duplicates, orphans: flagged.data.total - duplicates } });
      }
      if (again) {
        again = false;
        await get().load();
      }
    },

    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch }, offset: 0 }));
      void get().load();
    },

    clearFilters() {
      set({ filters: NO_FILTERS, offset: 0 });
      void get().load();
    },

    setOffset(offset) {
      set({ offset: Math.max(0, offset) });
      void get().load();
    },

    setPage(page, pageSize) {
      // A new size starts again at the first page, so the records shown stay the ones asked for.
      const size = PAGE_SIZES.find((s) => s === pageSize) ?? PAGE_SIZE;
      set({ pageSize: size, offset: size === get().pageSize ? Math.max(0, (page - 1) * size) : 0 });
      void get().load();
    },

    select(record) {
      set({ selected: record });
    },

    showCard(cardId) {
      selectCardId = cardId;
      set({ filters: { ...NO_FILTERS, text: cardId }, offset: 0, selected: null });
      useAppStore.getState().showScreen('history');
      void get().load();
    },

    showBatch(batchId) {
      set({ filters: { ...NO_FILTERS, batchId }, offset: 0, selected: null });
      useAppStore.getState().showScreen('history');
      void get().load();
    },

    async refreshReview(recordIds) {
      const history = getHistoryApi();
      if (!history) return;
      set({ refreshing: true, refreshReport: null, refreshError: null });
      const filters = get().filters;
      const answer = await history.refreshReview({ ...(recordIds ? { recordIds } : {}), ...(filters.accountId && !recordIds ? { accountId: filters.accountId } : {}) });
      set(answer.ok ? { refreshing: false, refreshReport: answer.data } : { refreshing: false, refreshError: answer.error.message });
      await get().load();
    },

    dismissRefresh() {
      set({ refreshReport: null, refreshError: null });
    },

    async setCell(recordId, cell, open, flags) {
      const history = getHistoryApi();
      if (!history) return;
      const key = `${recordId}:${cell}`;
      const { [key]: _old, ...issues } = get().cellIssues;
      set((s) => ({ cellBusy: { ...s.cellBusy, [key]: true }, cellIssues: issues }));
      const answer = await history.setCell({ recordId, cell, open, ...(cell === 'selfConsume' && flags ? flags : {}) });
      set((s) => ({ cellBusy: { ...s.cellBusy, [key]: false } }));
      if (answer.ok) {
        replace(answer.data);
        return;
      }
      const changed = recordIn(answer.error.details);
      if (changed) replace(changed);
      const errcode = typeof answer.error.details?.errcode === 'number' ? answer.error.details.errcode : null;
      set((s) => ({ cellIssues: { ...s.cellIssues, [key]: { errcode, message: answer.error.message } } }));
    },

    async switchCellTo(recordId, cell, flags) {
      const other: CellKind = cell === 'paycell' ? 'selfConsume' : 'paycell';
      await get().setCell(recordId, other, false);
      if (get().cellIssues[`${recordId}:${other}`]) return;
      await get().setCell(recordId, cell, true, flags);
    },

    async exportAs(format) {
      const history = getHistoryApi();
      if (!history) return;
      set({ exporting: format, exportNotice: null });
      const language = useAppStore.getState().locale;
      const answer = await history.export({ format, language, filter: toQueryFilter(get().filters) });
      if (!answer.ok || answer.data.base64 === null) {
        set({ exporting: null, exportNotice: { tone: 'error', message: answer.ok ? historyText.exportFailed : answer.error.message } });
        return;
      }
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      downloadBase64(answer.data.fileName, answer.data.base64, type);
      set({ exporting: null, exportNotice: { tone: 'info', message: historyText.exported(answer.data.fileName, answer.data.rows) } });
    },

    dismissExport() {
      set({ exportNotice: null });
    },
  };
});
