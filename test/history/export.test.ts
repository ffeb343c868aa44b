import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, exportHistory, toCsv } from '../../main/history/export';
import { headerRow } from '../../main/history/export-columns';
import { tempDir } from '../storage/temp-dir';
import { createdPatch, openStore, T0, writeCreated } from './support';

const ZH_HEADERS = ['卡券ID', '卡券类型', '卡券名', '账号', '批次', '状态', '审核状态', '创建时间(北京时间)', '快速买单', '自助核销', '错误码', '错误说明'];

async function storeWithCards() {
  const dir = await tempDir();
  const store = await openStore(dir);
  await writeCreated(store, 1, {
    createdAt: Date.UTC(2026, 0, 15, 16, 30, 0),
    paycell: { state: 'set', at: T0, error: null, needVerifyCode: false, needRemarkAmount: false },
  });
  await writeCreated(store, 2, {
    title: '=HYPERLINK("http://x","点我")',
    selfConsume: {
      state: 'failed',
      at: T0,
      error: { kind: 'weixin', errcode: 43017, errmsg: 'require location id!  hint: [R_hs8a06151100]', rid: 'R_hs8a06151100', message: { 'zh-CN': '微信返回错误 43017', en: 'Weixin returned error 43017' }, at: T0 },
      needVerifyCode: false,
      needRemarkAmount: false,
    },
  });
  await store.write('op:bad', 'failed', {
    ...createdPatch(3),
    cardId: null,
    state: 'failed',
    title: '含逗号,和"引号"的券',
    error: { kind: 'weixin', errcode: 40097, errmsg: 'invalid args rid: 1-2-3', rid: '1-2-3', message: { 'zh-CN': '参数错误，请检查', en: 'Invalid arguments' }, at: T0 },
  });
  return store;
}

describe('history export', () => {
  it('writes CSV as UTF-8 with a BOM, Chinese headers, China-time dates, RFC 4180 quoting and no formula execution', async () => {
    const store = await storeWithCards();
    const { data, rows } = await exportHistory(store, { format: 'csv' });
    expect(rows).toBe(3);
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = data.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]?.split(',').slice(0, ZH_HEADERS.length)).toEqual(ZH_HEADERS);
    expect(text).toContain('"含逗号,和""引号""的券"');
    expect(text).toContain(`'=HYPERLINK(""http://x"",""点我"")`);
    // 16:30 UTC is 00:30 the next day in Beijing.
    expect(text).toContain('2026-01-16 00:30:00');
    expect(text).toContain('已开启');
    expect(text).toContain('开启失败 (43017)');
    expect(text).toContain('参数错误，请检查');
    expect(lines.at(-1)).toBe('');
    await store.close();
  });

  it('writes XLSX that reads back with Chinese headers and the same values, or English headers when asked', async () => {
    const store = await storeWithCards();
    const { data } = await exportHistory(store, { format: 'xlsx', filter: { states: ['created'] } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('卡券历史');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, ZH_HEADERS.length)).toEqual(ZH_HEADERS);
    expect(sheet?.rowCount).toBe(3);
    const titles = [2, 3].map((r) => sheet?.getRow(r).getCell(3).value);
    expect(titles).toEqual(['=HYPERLINK("http://x","点我")', '满1减5代金券']);
    expect(sheet?.getRow(3).getCell(2).value).toBe('代金券');
    expect(sheet?.getRow(2).getCell(10).value).toBe('开启失败 (43017)');

    const english = await exportHistory(store, { format: 'xlsx', language: 'en' });
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(english.data as unknown as ArrayBuffer);
    const enSheet = en.worksheets[0];
    expect(enSheet?.name).toBe('Card history');
    expect((enSheet?.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Card ID', 'Card type', 'Title']);
    expect(enSheet?.getRow(4).getCell(6).value).toBe('Created');
    await store.close();
  });

  it('neutralises spreadsheet formulas in CSV cells and leaves numbers as they are', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 20 8888')).toBe("'+86 20 8888");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('普通标题')).toBe('普通标题');
    expect(csvCell(-1)).toBe('-1');
    expect(toCsv([], 'en').startsWith(`\uFEFF${headerRow('en').join(',')}`)).toBe(true);
  });
});
