// `coupon-studio validate-stocks`: 商家券 stocks files → findings at file paths, API bodies in --json, exit codes like validate.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday, addChinaDays } from '../../common/units/china-time';
import { stockInput, type Loose } from '../common/validate-busifavor/fixtures';
import { jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('validate-stocks');
});
afterAll(() => removeDir(dir));

/** A stock valid from tomorrow for 30 days, whenever the test runs. */
function futureStock(edit: (s: Loose) => void = () => {}): Loose {
  const today = chinaToday(Date.now());
  const day = (n: number) => {
    const d = addChinaDays(today, n);
    return d.ok ? d.value : today;
  };
  return stockInput((s) => {
    Object.assign(s.coupon_use_rule.coupon_available_time, { available_begin_time: day(1), available_end_time: day(30) });
    edit(s);
  });
}

describe('coupon-studio validate-stocks', { timeout: 90_000 }, () => {
  it('passes a good file: exit 0, the bodies in 分 with +08:00 times, a local logo marked for upload', async () => {
    // A 1×1 PNG: the signature is what the reader checks.
    await writeFile(join(dir, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    const file = await writeJson(dir, 'ok.json', { belong_merchant: '1900000109', stocks: [futureStock((s) => (s.display_pattern_info.merchant_logo_url = 'logo.png'))] });
    const run = await runCli(['validate-stocks', file, '--json', '--mchid', '1900000109']);
    expect(run.code).toBe(0);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ ok: true, command: 'validate-stocks', summary: { stocks: 1, withErrors: 0, errors: 0 } });
    const [stock] = doc.stocks as { body: Loose; localImages: { path: string; file: string }[] }[];
    expect(stock?.body.coupon_use_rule.fixed_normal_coupon).toEqual({ discount_amount: 2000, transaction_minimum: 10000 });
    expect(stock?.body.coupon_use_rule.coupon_available_time.available_end_time).toMatch(/T23:59:59\+08:00$/);
    expect(stock?.body.display_pattern_info.merchant_logo_url).toMatch(/^local-image:[0-9a-f]{64}$/);
    expect(stock?.body.out_request_no).toMatch(/^1900000109\d{8}[0-9a-f]{12}0$/);
    expect(stock?.localImages).toEqual([expect.objectContaining({ path: 'stocks[0].display_pattern_info.merchant_logo_url', file: 'logo.png' })]);
  });

  it('reports a 22-character name with its file path, limit and PARAM_ERROR: exit 1, in the language asked for', async () => {
    const file = await writeJson(dir, 'bad.json', [futureStock(), futureStock((s) => (s.stock_name = '一二三四五六七八九十一二三四五六七八九十一二'))]);
    const run = await runCli(['validate-stocks', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✓ #1');
    expect(run.stdout).toMatch(/✗ \[1\]\.stock_name \[PARAM_ERROR\] \(limit 21, actual 22\): Stock name is at most 21 characters/);
    const bytes = await runCli(['validate-stocks', file, '--length-unit', 'bytes', '--json']);
    expect(bytes.code).toBe(1);
    const counted = jsonOf(bytes).stocks as { findings: { path: string; limit: number; actual: number }[] }[];
    expect(counted[1]?.findings).toContainEqual(expect.objectContaining({ path: '[1].stock_name', limit: 21, actual: 66 }));
  });

  it('refuses a file that is not JSON or not a stocks file: exit 2', async () => {
    const syntax = join(dir, 'syntax.json');
    await writeFile(syntax, '{"stocks": [\n  {"stock_name": "x",}\n]}');
    const run = await runCli(['validate-stocks', syntax, '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf(run)).toMatchObject({ ok: false, error: { code: 'import_syntax', details: { line: 2 } } });
    const empty = await writeJson(dir, 'empty.json', { stocks: [] });
    const none = await runCli(['validate-stocks', empty, '--json']);
    expect(none.code).toBe(2);
    expect(jsonOf(none)).toMatchObject({ ok: false, error: { code: 'file_no_stocks' } });
  });
});
