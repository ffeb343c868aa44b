// `coupon-studio validate`: findings with path/limit/errcode, located syntax errors, exit codes, --json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couponBody, everyType, jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('validate');
});
afterAll(() => removeDir(dir));

describe('coupon-studio validate', { timeout: 90_000 }, () => {
  it('passes a file of every coupon type: exit 0, one ✓ line per coupon', async () => {
    const file = await writeJson(dir, 'ok.json', everyType(Date.now()));
    const run = await runCli(['validate', file, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('✓'))).toHaveLength(5);
  });

  it('reports a title over 27 UTF-8 bytes with its path, limit and errcode: exit 1, stdout is one JSON document', async () => {
    const bad = couponBody(Date.now(), '1000元面值充值卡哈哈');
    const good = couponBody(Date.now(), '100元面值充值卡哈哈');
    const file = await writeJson(dir, 'bad.json', [good, bad]);
    const run = await runCli(['validate', file, '--json']);
    expect(run.code).toBe(1);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ ok: false, command: 'validate', exitCode: 1, form: 'bodies', summary: { coupons: 2, withErrors: 1, errors: 1 } });
    const coupons = doc.coupons as { errors: number; findings: { path: string; errcode: number | null; limit: number | null; actual: number | null; severity: string }[] }[];
    expect(coupons[0]?.errors).toBe(0);
    expect(coupons[1]?.findings).toContainEqual(expect.objectContaining({ path: 'card.cash.base_info.title', errcode: 45021, limit: 27, actual: 28, severity: 'error' }));
    // Human text went to stderr, not into the JSON.
    expect(run.stderr).toContain('card.cash.base_info.title');
  });

  it('prints the message in the language asked for', async () => {
    const file = await writeJson(dir, 'bad-en.json', couponBody(Date.now(), '1000元面值充值卡哈哈'));
    const en = await runCli(['validate', file, '--lang', 'en']);
    const zh = await runCli(['validate', file]);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/\[45021\] \(limit 27, actual 28\)/);
    expect(zh.stdout).toMatch(/\[45021\] \(上限 27, 实际 28\)/);
  });

  it('locates a JSON syntax error by line and column: exit 2', async () => {
    const file = await writeJson(dir, 'syntax.json', '{"card": {"card_type": "CASH",\n  "cash": {"base_info": {"title": "x",}}}}');
    const run = await runCli(['validate', file, '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf(run)).toMatchObject({ ok: false, exitCode: 2, error: { code: 'import_syntax', details: { line: 2, column: 38, kind: 'trailing_comma' } } });
    expect(run.stderr).toContain('第 2 行第 38 列');
    expect(run.stderr).toMatch(/\n\s+\^/);
  });

  it('reads an exported draft batch and stdin', async () => {
    const now = Date.now();
    const batch = {
      schemaVersion: 1,
      id: 'exported',
      name: '导出批次',
      accountId: null,
      createdAt: now,
      updatedAt: now,
      drafts: [{ id: 'd1', card: couponBody(now, '导出的券'), after: { paycell: false, selfConsume: false, needVerifyCode: false, needRemarkAmount: false }, createdAt: now, updatedAt: now }],
    };
    const file = await writeJson(dir, 'batch.json', batch);
    const fromFile = await runCli(['validate', file, '--json']);
    expect(jsonOf(fromFile)).toMatchObject({ ok: true, form: 'batch', summary: { coupons: 1 } });
    const fromStdin = await runCli(['validate', '-', '--json'], { stdin: JSON.stringify(couponBody(now, '标准输入')) });
    expect(jsonOf(fromStdin)).toMatchObject({ ok: true, form: 'body', file: '-' });
  });

  it('answers 2 for usage and input errors', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', `${dir}/missing.json`, '--json'])).code).toBe(2);
    expect((await runCli(['validate', 'x.json', '--nope'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', 'x.json', '--lang', 'fr'])).code).toBe(2);
    const notCoupons = await writeJson(dir, 'shape.json', { hello: 1 });
    const shape = await runCli(['validate', notCoupons, '--json']);
    expect(shape.code).toBe(2);
    expect(jsonOf(shape)).toMatchObject({ error: { code: 'import_shape' } });
  });

  it('has bilingual help, zh-CN first, with the exit codes', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('退出码')).toBeGreaterThan(0);
    expect(run.stdout.indexOf('退出码')).toBeLessThan(run.stdout.indexOf('Exit codes'));
    expect(run.stdout.indexOf('按微信的规则')).toBeLessThan(run.stdout.indexOf("against Weixin's rules"));
    const overview = await runCli(['--help']);
    expect(overview.code).toBe(0);
    for (const name of ['validate', 'create', 'resume', 'history list', 'history export', 'history refresh', 'accounts add', 'accounts list', 'accounts test', 'sandbox', 'demo']) {
      expect(overview.stdout).toContain(`  ${name}`);
    }
    expect((await runCli(['history', '--help'])).stdout).toContain('history export');
  });
});
