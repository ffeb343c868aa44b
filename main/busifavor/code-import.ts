import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';

/** A header cell merchants put above a code column: not a code. */
const HEADER = /^(code|codes|coupon[ _]?code|券码|券\s*code|优惠券码|兑换码)$/i;

/** The first field of a CSV line: `"…"` with `""` escapes, else up to the first comma, semicolon or tab. */
function firstField(line: string): string {
  if (!line.startsWith('"')) return line.split(/[,;\t]/, 1)[0] ?? '';
  let out = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && line[i + 1] === '"') {
      out += '"';
      i++;
    } else if (ch === '"') return out;
    else out += ch;
  }
  return out;
}

/** An Excel cell as the text a till would print: numbers without exponent, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** Drops a header in the first line, keeping the line numbering of the rest. */
function withoutHeader(lines: string[]): string {
  if (lines.length > 0 && HEADER.test((lines[0] ?? '').trim())) lines[0] = '';
  return lines.join('\n');
}

/**
 * A codes file as one code per line, line n being row n of the file, so the code checks
 * (common/busifavor/coupon-codes.ts) name the row a merchant sees: TXT as it is, CSV's first
 * column, XLSX's first column of the first sheet. A header cell ("code", "券码") is skipped.
 */
export async function readCodesFile(path: string): Promise<Result<string, Localized>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return err(unreadable(path, error));
  }
  return readCodesBytes(path, bytes);
}

function unreadable(name: string, error: unknown): Localized {
  const code = (error as { code?: unknown }).code;
  return localized(`无法读取券码文件 ${name}（${String(code ?? error)}）：请检查路径，或另存为 TXT、CSV、XLSX。`, `Cannot read the codes file ${name} (${String(code ?? error)}): check the path, or save it as TXT, CSV or XLSX.`);
}

/** {@link readCodesFile} over bytes already read (a file the renderer picked); `name` gives the format. */
export async function readCodesBytes(name: string, bytes: Buffer): Promise<Result<string, Localized>> {
  const ext = extname(name).slice(1).toLowerCase();
  try {
    if (ext === 'xlsx') {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      if (!sheet) return err(localized(`Excel 文件 ${name} 中没有工作表。`, `The Excel file ${name} has no sheet.`));
      const lines: string[] = [];
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        lines[n - 1] = cellText(row.getCell(1).value);
      });
      return ok(withoutHeader(Array.from(lines, (line) => line ?? '')));
    }
    if (ext === 'xls') return err(localized('不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 .csv。', 'Old .xls files are not supported: save it as .xlsx or .csv in Excel.'));
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (ext === 'csv') return ok(withoutHeader(text.split(/\r?\n/).map(firstField)));
    return ok(withoutHeader(text.split(/\r?\n/)));
  } catch (error) {
    return err(unreadable(name, error));
  }
}
