// `coupon-studio history list|export|refresh`: the history the CLI and the app share, filters,
// CSV (BOM) / XLSX with headers in the chosen language, a read-only snapshot beside the app,
// and a review refresh within its call cap.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../main/history/export-columns';
import { openHistoryStore } from '../../main/history/history-store';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { couponBody, jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let sandbox: SandboxHandle;
let dataDir: string;
let outDir: string;
let batchId: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  dataDir = await tempDir('history');
  outDir = await tempDir('history-out');
  const bodies = [couponBody(Date.now(), '历史券甲'), couponBody(Date.now(), '历史券乙'), couponBody(Date.now(), '历史券丙'), couponBody(Date.now(), '1000元面值充值卡哈哈')];
  const file = await writeJson(outDir, 'cards.json', bodies);
  const created = await runCli(['create', file, '--sandbox-url', sandbox.baseUrl, '--name', '历史批次', '--json'], { dataDir });
  if (created.code !== 1) throw new Error(created.stderr);
  batchId = (jsonOf(created).batch as { id: string }).id;
}, 30_000);
afterAll(async () => {
  await sandbox.stop();
  await removeDir(dataDir);
  await removeDir(outDir);
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);
type Page = { total: number; records: { state: string; title: string | null; cardId: string | null }[]; byState: Record<string, number> };

describe('coupon-studio history', { timeout: 90_000 }, () => {
  it('lists every record newest first, and narrows by state, text, batch, account and limit', async () => {
    const all = await cli('history', 'list', '--json');
    expect(all.code).toBe(0);
    const page = jsonOf(all) as unknown as Page;
    expect(page).toMatchObject({ total: 4, byState: { created: 3, invalid: 1 } });
    const seen = (page.records as unknown as { firstSeenAt: number }[]).map((r) => r.firstSeenAt);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const runs = await Promise.all([
      cli('history', 'list', '--status', 'created', '--json'),
      cli('history', 'list', '--search', '历史券乙', '--json'),
      cli('history', 'list', '--batch', batchId, '--limit', '2', '--json'),
      cli('history', 'list', '--account', '示例商户（沙箱）', '--status', 'invalid,failed', '--json'),
    ]);
    const pages = runs.map((r) => jsonOf(r) as unknown as Page);
    expect(pages[0]?.records.every((r) => r.state === 'created' && r.cardId?.startsWith('p'))).toBe(true);
    expect(pages[0]?.total).toBe(3);
    expect(pages[1]?.records.map((r) => r.title)).toEqual(['历史券乙']);
    expect(pages[2]).toMatchObject({ total: 4 });
    expect(pages[2]?.records).toHaveLength(2);
    expect(pages[3]?.records.map((r) => r.state)).toEqual(['invalid']);
    const human = await cli('history', 'list');
    expect(human.stdout.split('\n')[0]).toMatch(/^时间\s+状态\s+card_id\s+标题/);
    expect(human.stdout).toContain('历史券甲');
    expect((await cli('history', 'list', '--status', 'made-up')).code).toBe(2);
    expect((await cli('history', 'list', '--account', '无此账号')).code).toBe(2);
  });

  it('exports CSV with a BOM and Chinese or English headers, XLSX as a workbook, and refuses to overwrite without --force', async () => {
    const csv = join(outDir, 'history.csv');
    const zh = await cli('history', 'export', '--format', 'csv', '--out', csv, '--json');
    expect(zh.code, zh.stderr).toBe(0);
    expect(jsonOf(zh)).toMatchObject({ ok: true, path: csv, rows: 4, format: 'csv' });
    const text = await readFile(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith(EXPORT_COLUMNS[0]?.header['zh-CN'] ?? '?')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);

    expect((await cli('history', 'export', '--format', 'csv', '--out', csv)).code).toBe(2);
    const en = await cli('history', 'export', '--format', 'csv', '--out', csv, '--lang', 'en', '--force', '--status', 'created');
    expect(en.code).toBe(0);
    const english = await readFile(csv, 'utf8');
    expect(english.slice(1).startsWith(EXPORT_COLUMNS[0]?.header.en ?? '?')).toBe(true);
    expect(english.split('\r\n').filter(Boolean)).toHaveLength(4);

    const xlsx = join(outDir, 'history.xlsx');
    expect((await cli('history', 'export', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect((await readFile(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await cli('history', 'export', '--format', 'xlsx', '--out', join(outDir, 'wrong.csv'))).code).toBe(2);
    expect((await cli('history', 'export', '--out', csv)).code).toBe(2);
  });

  it('lists and refreshes while the desktop app has the history open (SQLite, not a snapshot)', async () => {
    const held = await openHistoryStore({ dataDir });
    if (!held.ok) throw new Error(held.error.code);
    try {
      const run = await cli('history', 'list', '--json');
      expect(run.code).toBe(0);
      expect(jsonOf(run)).toMatchObject({ snapshot: false, total: 4 });
      expect((await cli('history', 'refresh', '--sandbox-url', sandbox.baseUrl)).code).toBe(0);
    } finally {
      await held.value.close();
    }
  });

  it('refreshes review statuses within --max-calls, and records the approvals', async () => {
    sandbox.clock.advance(120_000);
    const capped = await cli('history', 'refresh', '--sandbox-url', sandbox.baseUrl, '--max-calls', '1', '--json');
    expect(capped.code, capped.stderr).toBe(0);
    expect(jsonOf(capped)).toMatchObject({ callsUsed: 1 });
    const full = await cli('history', 'refresh', '--sandbox-url', sandbox.baseUrl, '--json');
    expect(full.code).toBe(0);
    const report = jsonOf(full) as { callsUsed: number; remaining: number; failures: unknown[] };
    expect(report.failures).toEqual([]);
    expect(report.remaining).toBe(0);
    const listed = jsonOf(await cli('history', 'list', '--status', 'created', '--json')) as { records: { reviewStatus: string }[] };
    expect(listed.records.map((r) => r.reviewStatus)).toEqual(['CARD_STATUS_VERIFY_OK', 'CARD_STATUS_VERIFY_OK', 'CARD_STATUS_VERIFY_OK']);
    // Without a sandbox to ask, the sandbox account is reported, not guessed (exit 3).
    expect((await cli('history', 'refresh', '--json')).code).toBe(3);
  });
});
