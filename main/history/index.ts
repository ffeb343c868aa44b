// The card history: journal, queries, exports, review refresh, after-creation switches.
export { openHistoryStore, historyPaths, type HistoryStore, type HistoryStoreOptions, type HistoryStats, type HistoryOpenError, type HistoryProblem } from './history-store';
export type { HistoryQuery } from './query';
export type { KnownCardRow, KnownCardsStore } from './known-cards-store';
export type { JournalEntry, PersistedRun, RecordPatch } from './record';
export { exportHistory, exportFileName, toCsv, toXlsx } from './export';
export { EXPORT_COLUMNS, type ExportLanguage } from './export-columns';
export { writeExportFile } from './export-file';
export { refreshAccountReview, reviewDecided, type AccountRefresh, type ReviewClient, type ReviewTarget } from './review-refresh';
export { refreshReview } from './refresh-all';
export { applyCell, type CellClient, type CellError, type CellFlags } from './cells';
export { historyErrorOf, localError } from './errors';
export { coalesceChanges } from './changes';
