import ExcelJS from 'exceljs';
import { extname } from 'node:path';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { convertToUtf8, decodeUtf8Input } from '../../common/text/encoding';

/** A table as rows of cell texts; `row` is the row number the merchant sees in Excel (the header is row 1). */
export interface TableRows {
  header: string[];
  rows: { row: number; cells: string[] }[];
  /** The CSV's encoding when it was not UTF-8 (Excel on Chinese Windows saves GBK). */
  convertedFrom: 'gbk' | 'utf16le' | 'utf16be' | null;
}

/** RFC 4180 CSV: quoted fields with "" escapes and line breaks inside quotes; comma, or tab/semicolon when the header uses them. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

/** An Excel cell as the text the merchant typed: whole numbers without exponent, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  // Excel keeps a typed date as a serial day; exceljs gives it as a UTC Date of that wall-clock day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function toRows(grid: string[][], convertedFrom: TableRows['convertedFrom']): TableRows {
  const [header = [], ...rest] = grid;
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlank(r.cells));
  return { header: header.map((h) => h.replace(/^\uFEFF/, '').trim()), rows, convertedFrom };
}

const unreadable = (fileName: string, why: string): Localized =>
  localized(`无法读取 ${fileName}（${why}）：请用 Excel 另存为 .xlsx 或 .csv 后重试。`, `Cannot read ${fileName} (${why}): save it as .xlsx or .csv in Excel and try again.`);

/**
 * The rows of an import file: CSV in UTF-8 (with or without BOM), GBK or UTF-16 — converted here,
 * since a merchant's Excel CSV is usually GBK — or the first sheet of an XLSX.
 */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<Result<TableRows, Localized>> {
  const ext = extname(fileName).slice(1).toLowerCase();
  if (ext === 'xls') return err(localized('不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 .csv。', 'Old .xls files are not supported: save it as .xlsx or .csv in Excel.'));
  if (ext === 'xlsx') {
    try {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      if (!sheet) return err(localized(`${fileName} 中没有工作表。`, `${fileName} has no sheet.`));
      const grid: string[][] = [];
      const width = sheet.columnCount;
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        grid[n - 1] = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
      });
      return ok(toRows(Array.from(grid, (r) => r ?? []), null));
    } catch (error) {
      return err(unreadable(fileName, String((error as Error).message ?? error).slice(0, 120)));
    }
  }
  if (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt') {
    return err(localized(`${fileName} 不是表格文件：请选择 .csv 或 .xlsx（JSON 请用“导入 JSON”）。`, `${fileName} is not a table: choose a .csv or .xlsx file (JSON goes through “Import JSON”).`));
  }
  const decoded = decodeUtf8Input(bytes);
  if (decoded.ok) return ok(toRows(parseCsv(decoded.text.replace(/^\uFEFF/, '')), null));
  const converted = convertToUtf8(bytes);
  if (!converted) return err(localized(`${fileName} 的文字编码无法识别：请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重试。`, `The text encoding of ${fileName} is not recognised: save it as “CSV UTF-8” or .xlsx in Excel and try again.`));
  return ok(toRows(parseCsv(converted.text.replace(/^\uFEFF/, '')), converted.from === 'utf8' ? null : converted.from));
}
