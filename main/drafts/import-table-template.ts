import ExcelJS from 'exceljs';
import { headerText, TABLE_COLUMNS, type TableBackEnd } from './import-table-columns';

/** The template's file name per back end and format: 微信卡券导入模板.xlsx … */
export function templateFileName(backEnd: TableBackEnd, format: 'csv' | 'xlsx'): string {
  return `${backEnd === 'member_card' ? '会员卡' : '微信卡券'}导入模板.${format}`;
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A template a merchant fills in: the header row the importer reads and one example row. The CSV
 * starts with a UTF-8 BOM so Excel opens it as UTF-8 rather than the system code page.
 */
export async function tableTemplate(backEnd: TableBackEnd, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  const columns = TABLE_COLUMNS[backEnd];
  if (format === 'csv') {
    const lines = [columns.map((c) => csvField(headerText(c))).join(','), columns.map((c) => csvField(c.example)).join(',')];
    return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(backEnd === 'member_card' ? '会员卡' : '微信卡券');
  sheet.addRow(columns.map(headerText)).font = { bold: true };
  // Every cell is text, so 001 or 2027-01-01 stays as typed instead of becoming a number or a date.
  sheet.addRow(columns.map((c) => c.example));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, headerText(c).length * 2);
    column.numFmt = '@';
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
