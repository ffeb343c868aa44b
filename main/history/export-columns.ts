import { cardKindName, isCardKind } from '../../common/coupon/card-types';
import type { CellRecord, HistoryRecord, HistoryState } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import { formatChinaDateTime } from '../../common/units/china-time';

/** Export language: Chinese headers and values (default) or English. */
export type ExportLanguage = 'zh-CN' | 'en';

/** One export column: its header in both languages and how a record fills it. */
export interface ExportColumn {
  readonly header: Localized;
  /** Width in characters for XLSX. */
  readonly width: number;
  readonly value: (record: HistoryRecord, lang: ExportLanguage) => string | number;
}

const STATE_LABELS: Readonly<Record<HistoryState, Localized>> = {
  pending: localized('待发送', 'Pending'),
  unknown: localized('结果未知（待核对）', 'Outcome unknown (to reconcile)'),
  created: localized('已创建', 'Created'),
  failed: localized('失败', 'Failed'),
  invalid: localized('未通过校验', 'Invalid'),
  queued: localized('排队中', 'Queued'),
  cancelled: localized('已取消', 'Cancelled'),
  orphan: localized('未匹配的卡券', 'Unmatched card'),
};

/** CARD_STATUS_* in words (§1.5; the older spellings of §7.7 too). */
const REVIEW_LABELS: Readonly<Record<string, Localized>> = {
  CARD_STATUS_NOT_VERIFY: localized('审核中', 'In review'),
  CARD_STATUS_VERIFY_FAIL: localized('审核未通过', 'Rejected'),
  CARD_STATUS_VERIFY_FALL: localized('审核未通过', 'Rejected'),
  CARD_STATUS_VERIFY_OK: localized('审核通过', 'Approved'),
  CARD_STATUS_DELETE: localized('已删除', 'Deleted'),
  CARD_STATUS_USER_DELETE: localized('已删除', 'Deleted'),
  CARD_STATUS_DISPATCH: localized('已投放', 'Dispatched'),
  CARD_STATUS_USER_DISPATCH: localized('已投放', 'Dispatched'),
};

const CELL_LABELS: Readonly<Record<CellRecord['state'], Localized>> = {
  none: localized('未设置', 'Not set'),
  wanted: localized('待开启', 'To turn on'),
  set: localized('已开启', 'On'),
  failed: localized('开启失败', 'Failed'),
  off: localized('已关闭', 'Off'),
};

/** The state in words. */
export function stateLabel(state: HistoryState): Localized {
  return STATE_LABELS[state];
}

/** A review status in words (the raw value when unknown). */
export function reviewLabel(status: string | null): Localized {
  if (status === null) return localized('', '');
  return REVIEW_LABELS[status] ?? localized(status, status);
}

const time = (ms: number | null): string => (ms === null ? '' : formatChinaDateTime(Math.floor(ms / 1000)));

function cellText(cell: CellRecord, lang: ExportLanguage): string {
  const label = CELL_LABELS[cell.state][lang];
  return cell.state === 'failed' && cell.error?.errcode != null ? `${label} (${cell.error.errcode})` : label;
}

function flagsText(record: HistoryRecord, lang: ExportLanguage): string {
  const out: string[] = [];
  if (record.flags.duplicate) out.push(lang === 'en' ? 'duplicate' : '重复');
  else if (record.flags.orphan) out.push(lang === 'en' ? 'orphan' : '未匹配');
  if (record.flags.adopted) out.push(lang === 'en' ? 'found by reconcile' : '核对找回');
  if (record.flags.found === true) out.push(lang === 'en' ? 'found on Weixin (not sent)' : '在微信上找到（未重复创建）');
  return out.join(lang === 'en' ? ', ' : '、');
}

/** The columns, in order. Times are China Standard Time whatever the computer's zone (architecture.md "Names"). */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: localized('卡券ID', 'Card ID'), width: 32, value: (r) => r.cardId ?? '' },
  { header: localized('卡券类型', 'Card type'), width: 12, value: (r, lang) => (r.cardType && isCardKind(r.cardType) ? cardKindName(r.cardType)[lang] : (r.cardType ?? '')) },
  { header: localized('卡券名', 'Title'), width: 24, value: (r) => r.title ?? '' },
  { header: localized('账号', 'Account'), width: 24, value: (r) => r.accountName },
  { header: localized('批次', 'Batch'), width: 20, value: (r) => r.batchName ?? '' },
  { header: localized('状态', 'State'), width: 14, value: (r, lang) => STATE_LABELS[r.state][lang] },
  { header: localized('审核状态', 'Review status'), width: 12, value: (r, lang) => reviewLabel(r.reviewStatus)[lang] },
  { header: localized('创建时间(北京时间)', 'Created (Beijing time)'), width: 20, value: (r) => time(r.createdAt) },
  { header: localized('快速买单', 'Weixin Checkout'), width: 12, value: (r, lang) => cellText(r.paycell, lang) },
  { header: localized('自助核销', 'Self-redemption'), width: 12, value: (r, lang) => cellText(r.selfConsume, lang) },
  { header: localized('错误码', 'Errcode'), width: 8, value: (r) => r.error?.errcode ?? '' },
  { header: localized('错误说明', 'Error'), width: 40, value: (r, lang) => r.error?.message[lang] ?? '' },
  { header: localized('请求ID', 'Request ID'), width: 28, value: (r) => r.error?.rid ?? '' },
  { header: localized('AppID', 'AppID'), width: 20, value: (r) => r.appid },
  { header: localized('尝试次数', 'Attempts'), width: 8, value: (r) => r.attempts },
  { header: localized('标记', 'Flags'), width: 14, value: (r, lang) => flagsText(r, lang) },
  { header: localized('草稿ID', 'Draft ID'), width: 38, value: (r) => r.draftId ?? '' },
  { header: localized('更新时间(北京时间)', 'Updated (Beijing time)'), width: 20, value: (r) => time(r.updatedAt) },
];

/** The header row in a language. */
export function headerRow(lang: ExportLanguage): string[] {
  return EXPORT_COLUMNS.map((c) => c.header[lang]);
}

/** One record as a row of cells. */
export function recordRow(record: HistoryRecord, lang: ExportLanguage): (string | number)[] {
  return EXPORT_COLUMNS.map((c) => c.value(record, lang));
}
