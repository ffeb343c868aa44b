import ExcelJS from 'exceljs';
import type { HistoryFilter, HistoryRecord } from '../../common/ipc/channels/history';
import { EXPORT_COLUMNS, headerRow, recordRow, type ExportLanguage } from './export-columns';
import type { HistoryStore } from './history-store';

/** UTF-8 byte order mark: without it Excel opens UTF-8 CSV as the local ANSI code page and garbles Chinese. */
const BOM = '\uFEFF';

/**
 * A cell as CSV: quoted when it holds a separator, quote or line break (RFC 4180). A text cell
 * starting with = + - @ (or a tab/CR) is prefixed with ' so Excel shows it instead of evaluating
 * it: titles come from drafts and from card/get, i.e. from anyone (OWASP "CSV injection").
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The records as CSV text: BOM, header row, CRLF line ends (what Excel writes). */
export function toCsv(records: Iterable<HistoryRecord>, lang: ExportLanguage): string {
  const lines = [headerRow(lang).map(csvCell).join(',')];
  for (const record of records) lines.push(recordRow(record, lang).map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The records as an XLSX workbook: one sheet, bold frozen header, column widths set. */
export async function toXlsx(records: Iterable<HistoryRecord>, lang: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coupon Studio 卡券工作室';
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Card history' : '卡券历史', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column.header[lang], width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) sheet.addRow(recordRow(record, lang));
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The file name an export suggests: 卡券历史-YYYYMMDD-HHmmss.csv (China time). */
export function exportFileName(format: 'csv' | 'xlsx', lang: ExportLanguage, nowMs: number): string {
  const shifted = new Date(nowMs + 8 * 3600_000).toISOString();
  const stamp = `${shifted.slice(0, 10).replace(/-/g, '')}-${shifted.slice(11, 19).replace(/:/g, '')}`;
  return `${lang === 'en' ? 'card-history' : '卡券历史'}-${stamp}.${format}`;
}

/** Builds an export of the records matching a filter (newest first), as bytes. */
export async function exportHistory(
  history: Pick<HistoryStore, 'matching'>,
  request: { readonly format: 'csv' | 'xlsx'; readonly language?: ExportLanguage | undefined; readonly filter?: HistoryFilter | undefined },
): Promise<{ data: Buffer; rows: number }> {
  const lang = request.language ?? 'zh-CN';
  const records = [...history.matching(request.filter ?? {})];
  const data = request.format === 'csv' ? Buffer.from(toCsv(records, lang), 'utf8') : await toXlsx(records, lang);
  return { data, rows: records.length };
}
