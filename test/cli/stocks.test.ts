// `coupon-studio stocks create | get | budget` as a child process against a running simulator
// (--sandbox-url) over real HTTP: validated first, a local logo uploaded, stock_ids on stdout and
// in the history, the budget changed with the current value read first.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MERCHANT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { demoStock } from './stock-files';
import { jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let dir: string;
let sandbox: SandboxHandle;
beforeAll(async () => {
  dir = await tempDir('stocks');
  sandbox = await startSandbox({ faultSeed: 3 });
  await writeFile(join(dir, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
});
afterAll(async () => {
  await sandbox?.stop();
  await removeDir(dir);
});

describe('coupon-studio stocks', { timeout: 120_000 }, () => {
  it('create → get → budget: stock_ids on stdout and in the history, the logo uploaded once', async () => {
    const data = await tempDir('stocks-data');
    const file = await writeJson(dir, 'two.json', { stocks: [demoStock('周末满100减20'), demoStock('工作日满100减20')] });
    const url = ['--sandbox-url', sandbox.baseUrl];
    const created = await runCli(['stocks', 'create', file, ...url, '--json'], { dataDir: data });
    expect(created.code, created.stderr).toBe(0);
    const doc = jsonOf(created) as { runs: { stocks: { stockId: string; state: string; title: string }[] }[] };
    const stocks = doc.runs[0]?.stocks ?? [];
    expect(stocks.map((s) => [s.state, s.title])).toEqual([
      ['created', '周末满100减20'],
      ['created', '工作日满100减20'],
    ]);
    const merchant = sandbox.dump().merchants[DEMO_MERCHANT.mchid];
    expect(merchant?.images).toHaveLength(1);
    expect(merchant?.stocks.map((s) => s.stockId).sort()).toEqual(stocks.map((s) => s.stockId).sort());

    const stockId = stocks[0]?.stockId as string;
    const got = await runCli(['stocks', 'get', stockId, ...url, '--json'], { dataDir: data });
    expect(got.code, got.stderr).toBe(0);
    expect(jsonOf(got)).toMatchObject({ stock: { stock_id: stockId, stock_name: '周末满100减20', stock_send_rule: { max_coupons: 1000 } }, record: { state: 'created', cardId: stockId } });

    const budget = await runCli(['stocks', 'budget', stockId, '--max-coupons', '1500', ...url], { dataDir: data });
    expect(budget.code, budget.stderr).toBe(0);
    expect(budget.stdout).toContain('1000 → 1500');
    expect(sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.maxCoupons).toBe(1500);
    await removeDir(data);
  });

  it('a file with an error creates nothing: exit 1, the finding at its file path', async () => {
    const data = await tempDir('stocks-bad');
    const before = sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.length;
    const file = await writeJson(dir, 'bad.json', { stocks: [demoStock('好的批次'), demoStock('一二三四五六七八九十一二三四五六七八九十一二')] });
    const run = await runCli(['stocks', 'create', file, '--sandbox-url', sandbox.baseUrl, '--lang', 'en'], { dataDir: data });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('stocks[1].stock_name');
    expect(run.stderr).toContain('nothing was created');
    expect(sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.length).toBe(before);
    await removeDir(data);
  });

  it('a stock WeChat Pay does not know is exit 1 with its bilingual message', async () => {
    const data = await tempDir('stocks-get');
    const run = await runCli(['stocks', 'get', '1299999999999999', '--sandbox-url', sandbox.baseUrl, '--lang', 'en'], { dataDir: data });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('WeChat Pay refused the request');
    await removeDir(data);
  });
});

describe('coupon-studio codes upload and redeem', { timeout: 240_000 }, () => {
  it('uploads a CSV and an XLSX, prints per-code results, redeems a received code once and explains the second', async () => {
    const data = await tempDir('codes-data');
    const url = ['--sandbox-url', sandbox.baseUrl];
    const file = await writeJson(dir, 'today.json', { stocks: [demoStock('今日可用', 0)] });
    const created = await runCli(['stocks', 'create', file, ...url, '--json'], { dataDir: data });
    expect(created.code, created.stderr).toBe(0);
    const stockId = (jsonOf(created) as { runs: { stocks: { stockId: string }[] }[] }).runs[0]?.stocks[0]?.stockId as string;

    const csv = join(dir, 'codes.csv');
    await writeFile(csv, '\uFEFF券码,备注\r\nCSV-0001,a\r\n"CSV-0002",b\r\nCSV-0001,again\r\n');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('codes');
    for (const value of ['code', 'XLSX-0001', 202600000001]) sheet.addRow([value]);
    const xlsx = join(dir, 'codes.xlsx');
    await book.xlsx.writeFile(xlsx);

    const fromCsv = await runCli(['codes', 'upload', '--stock', stockId, csv, ...url, '--lang', 'en'], { dataDir: data });
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    expect(fromCsv.stdout.trim().split('\n')).toEqual(['CSV-0001\tuploaded', 'CSV-0002\tuploaded']);
    expect(fromCsv.stdout + fromCsv.stderr).toContain('repeats line 2');
    const fromXlsx = await runCli(['codes', 'upload', '--stock', stockId, xlsx, ...url, '--json'], { dataDir: data });
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(jsonOf(fromXlsx)).toMatchObject({ report: { planned: 1, counts: { success: 4 } } });

    const bad = join(dir, 'bad.txt');
    await writeFile(bad, 'GOOD-1\nBAD*1\n');
    const refused = await runCli(['codes', 'upload', '--stock', stockId, bad, ...url, '--lang', 'en'], { dataDir: data });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Line 2');

    sandbox.clock.advance(61_000);
    const received = sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId, openid: 'oCounter' });
    if (!received.ok) throw new Error(received.error);
    const code = received.value.couponCode;
    const first = await runCli(['redeem', code, '--stock', stockId, ...url, '--lang', 'en'], { dataDir: data });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Code ${code} redeemed`);
    const second = await runCli(['redeem', code, '--stock', stockId, ...url, '--lang', 'en'], { dataDir: data });
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')[0]).toMatch(new RegExp(`^Code ${code} was already redeemed at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; it cannot be redeemed again\\.$`));
    const log = await runCli(['redeem', '--log', '--search', code.slice(-4), ...url, '--json'], { dataDir: data });
    expect((jsonOf(log) as { redemptions: { code: string; state: string }[] }).redemptions.map((r) => [r.code, r.state])).toEqual([[code, 'used']]);
    await removeDir(data);
  });
});
