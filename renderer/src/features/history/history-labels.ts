import type { CellRecord, HistoryRecord } from '../../../../common/ipc/channels/history';
import { localized, type Localized } from '../../../../common/i18n';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { historyText } from '../../i18n/history-text';

/** A label with the tone its chip takes. */
export interface ToneLabel {
  label: Localized;
  tone: 'ok' | 'error' | 'warning' | 'muted' | 'info';
  /** `data-state` for tests and styles. */
  key: string;
}

/**
 * 已创建 / 失败 / 核对中 / 孤儿卡券 / 重复 …: a duplicate is an orphan record flagged as such and
 * is named for what it is (security-reliability.md §4.3: flagged, never hidden).
 */
export function recordStateView(record: HistoryRecord): ToneLabel {
  if (record.flags.duplicate) return { label: historyText.duplicate, tone: 'warning', key: 'duplicate' };
  switch (record.state) {
    case 'created':
      return { label: historyText.state.created, tone: 'ok', key: 'created' };
    case 'failed':
      return { label: historyText.state.failed, tone: 'error', key: 'failed' };
    case 'pending':
    case 'unknown':
      return { label: historyText.state.unknown, tone: 'info', key: 'unknown' };
    case 'orphan':
      return { label: historyText.state.orphan, tone: 'warning', key: 'orphan' };
    case 'queued':
      return { label: historyText.state.queued, tone: 'muted', key: 'queued' };
    case 'invalid':
      return { label: historyText.state.invalid, tone: 'muted', key: 'invalid' };
    case 'cancelled':
      return { label: historyText.state.cancelled, tone: 'muted', key: 'cancelled' };
  }
}

/** 审核中 / 已通过 / 未通过 … (CARD_STATUS_*, §1.5), or undefined before the first check. */
export function reviewView(status: string | null): ToneLabel | undefined {
  if (status === null) return undefined;
  const label = historyText.review[status] ?? localized(status, status);
  const tone = status === 'CARD_STATUS_NOT_VERIFY' ? 'info' : /VERIFY_OK|DISPATCH/.test(status) ? 'ok' : /FAIL|FALL/.test(status) ? 'error' : 'muted';
  return { label, tone, key: status };
}

/** A switch's state with its tone. */
export function cellView(cell: CellRecord): ToneLabel {
  const tone = cell.state === 'set' ? 'ok' : cell.state === 'failed' ? 'error' : cell.state === 'wanted' ? 'info' : 'muted';
  return { label: historyText.cell[cell.state], tone, key: cell.state };
}

/** `YYYY-MM-DD HH:mm:ss` China time from ms, or '' (dates are Beijing time whatever the OS zone). */
export function chinaTime(ms: number | null): string {
  return ms === null ? '' : formatChinaDateTime(Math.floor(ms / 1000));
}

/** True when a record's card exists at Weixin (its switches and review can be used). */
export function hasCard(record: HistoryRecord): boolean {
  return record.cardId !== null && (record.state === 'created' || record.state === 'orphan');
}
