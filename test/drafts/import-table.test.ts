import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateCoupon } from '../../common/validate';
import { headerText, TABLE_COLUMNS } from '../../main/drafts/import-table-columns';
import { readTableFile } from '../../main/drafts/import-table-read';
import { tableTemplate } from '../../main/drafts/import-table-template';
import { draftsFromTable } from '../../main/drafts/import-table';
import { draftTablesHandlers } from '../../main/drafts/import-table-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-table-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A GBK encoder built from the platform's GBK decoder (Node has none), for the characters a test needs. */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    const ch = decoder.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && !map.has(ch)) map.set(ch, [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`no GBK for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

let seq = 0;
const newId = () => `id-${++seq}`;

/** Writes a file, reads it back from disk as the renderer would send it, and imports it. */
async function importFile(name: string, bytes: Uint8Array, backEnd: 'weixin_card' | 'member_card') {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const table = await readTableFile(name, new Uint8Array(await readFile(path)));
  if (!table.ok) throw new Error(table.error.en);
  return { table: table.value, result: draftsFromTable(backEnd, table.value, newId, 1_800_000_000_000) };
}

const CSV_HEAD = '券类型 card_type,商户名称 brand_name,名称 title,开始日期 begin_date,结束日期 end_date,起用金额（元） least_cost,减免金额（元） reduce_cost,库存 quantity';

describe('CSV and XLSX import', () => {
  it('reads a GBK CSV (Excel on Chinese Windows), converting it, and makes a draft per row', async () => {
    const csv = `${CSV_HEAD}\r\n代金券,小林咖啡,拿铁立减5元,2027-01-01,2027-03-31,30,5,1000\r\n代金券,小林咖啡,美式立减3元,2027-01-01,2027-03-31,20,3,500\r\n`;
    const { table, result } = await importFile('券.csv', gbk(csv), 'weixin_card');
    expect(table.convertedFrom).toBe('gbk');
    expect(result.errors).toEqual([]);
    expect(result.drafts).toHaveLength(2);
    const cash = (result.drafts[0]?.card as { card: { card_type: string; cash: Record<string, unknown> } }).card;
    expect(cash.card_type).toBe('CASH');
    expect(cash.cash).toMatchObject({ least_cost: 3000, reduce_cost: 500, base_info: { title: '拿铁立减5元', brand_name: '小林咖啡', sku: { quantity: 1000 } } });
    // 2027-01-01 00:00 China time, and the end day's 23:59:59.
    expect(cash.cash.base_info).toMatchObject({ date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: 1798732800, end_timestamp: 1806508799 } });
  });

  it('a bad row is reported with its row, column and fix (both languages); the good rows are still imported', async () => {
    const csv = `${CSV_HEAD}\n代金券,小林咖啡,拿铁立减5元,2027-01-01,2027-03-31,30,5,1000\n代金券,小林咖啡,坏的一行,2027-02-30,2027-03-31,30,9.999,1000\n折扣券,小林咖啡,八折,2027-01-01,2027-03-31,,,100\n`;
    const { result } = await importFile('bad.csv', new TextEncoder().encode(csv), 'weixin_card');
    expect(result.drafts.map((d) => JSON.stringify(d.card).includes('坏的一行'))).toEqual([false, false]);
    expect(result.drafts).toHaveLength(2);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '开始日期 begin_date'],
      [3, '减免金额（元） reduce_cost'],
    ]);
    expect(result.errors[0]?.message['zh-CN']).toContain('YYYY-MM-DD');
    expect(result.errors[0]?.message.en).toContain('YYYY-MM-DD');
    expect(result.errors[1]?.message['zh-CN']).toMatch(/减免金额/);
  });

  it('an XLSX without a required column stops with the header row and the column to add', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('会员卡');
    sheet.addRow(['商户名称 brand_name', '名称 title', '激活方式 activation']);
    sheet.addRow(['小林咖啡', '小林咖啡会员卡', '一键激活']);
    const { result } = await importFile('members.xlsx', new Uint8Array(await book.xlsx.writeBuffer()), 'member_card');
    expect(result.drafts).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 1, column: '特权说明 prerogative', message: expect.objectContaining({ 'zh-CN': expect.stringContaining('表头缺少') as string, en: expect.stringContaining('no “特权说明 prerogative” column') as string }) }),
    ]);
  });

  it('the member-card template round-trips: its example row is a member card the checker accepts apart from images', async () => {
    const { result } = await importFile('template.xlsx', await tableTemplate('member_card', 'xlsx'), 'member_card');
    expect(result.errors).toEqual([]);
    const card = result.drafts[0]?.card as { card: { card_type: string; member_card: Record<string, unknown> } };
    expect(card.card.card_type).toBe('MEMBER_CARD');
    expect(card.card.member_card).toMatchObject({ wx_activate: true, supply_bonus: true, supply_balance: false, prerogative: '会员消费九折', discount: 10 });
    const errors = validateCoupon(card, { nowMs: 1_800_000_000_000, mode: 'draft' }).filter((f) => f.severity === 'error' && !f.path.endsWith('logo_url'));
    expect(errors).toEqual([]);
  });

  it('the CSV template has a header cell per column, and a 商户名称 typed alone is recognised', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await tableTemplate('weixin_card', 'csv'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${TABLE_COLUMNS.weixin_card.map(headerText).join(',')}`);
    const { result } = await importFile('short.csv', new TextEncoder().encode('券类型,商户名称,名称,兑换内容\n兑换券,小林咖啡,免费咖啡,一杯美式\n'), 'weixin_card');
    expect(result.errors).toEqual([]);
    expect(result.drafts[0]?.card).toMatchObject({ card: { card_type: 'GIFT', gift: { gift: '一杯美式', base_info: { title: '免费咖啡' } } } });
  });
});

/** What a handler gets besides its request; these handlers push nothing. */
const ctx = { channel: 'drafts:test', emit: () => undefined };

describe('the table-import handlers', () => {
  it('saveTemplate writes where the injected save dialog says; cancelling writes nothing', async () => {
    const target = join(dir, '会员卡模板.xlsx');
    const asked: unknown[] = [];
    const handlers = draftTablesHandlers({ saveDialog: async (options) => (asked.push(options), target) });
    const saved = await handlers['drafts:saveTemplate']({ backEnd: 'member_card', format: 'xlsx' }, ctx);
    expect(saved).toMatchObject({ ok: true, data: { path: target, cancelled: false, base64: null } });
    expect(asked).toEqual([{ defaultName: '会员卡导入模板.xlsx', extension: 'xlsx' }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe(headerText(TABLE_COLUMNS.member_card[0]!));
    const cancelled = await draftTablesHandlers({ saveDialog: async () => null })['drafts:saveTemplate']({ backEnd: 'weixin_card', format: 'csv' }, ctx);
    expect(cancelled).toMatchObject({ ok: true, data: { cancelled: true, path: null } });
  });

  it('importTable answers the drafts and the row errors; a .xls is refused with what to do', async () => {
    const handlers = draftTablesHandlers({});
    const csv = `${CSV_HEAD}\n代金券,小林咖啡,拿铁,2027-01-01,2027-03-31,30,5,1000\n红包,小林咖啡,不是券,2027-01-01,2027-03-31,,,1\n`;
    const answer = await handlers['drafts:importTable']({ fileName: 'a.csv', base64: Buffer.from(csv).toString('base64'), backEnd: 'weixin_card' }, ctx);
    if (!answer.ok) throw new Error('import failed');
    expect(answer.data.drafts).toHaveLength(1);
    expect(answer.data.errors).toEqual([expect.objectContaining({ row: 3, column: '券类型 card_type' })]);
    const xls = await handlers['drafts:importTable']({ fileName: 'old.xls', base64: '', backEnd: 'weixin_card' }, ctx);
    expect(xls).toMatchObject({ ok: false, error: { message: { 'zh-CN': expect.stringContaining('另存为 .xlsx') as string } } });
  });
});
