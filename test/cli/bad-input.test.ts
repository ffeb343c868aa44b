// Issue 8 §3 through the real CLI: files in other encodings are named, GBK converts, repeated keys warn.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couponBody, jsonOf, removeDir, runCli, tempDir } from './support';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('bad-input');
});
afterAll(() => removeDir(dir));

const text = () => JSON.stringify(couponBody(Date.now(), '免费拿铁一杯', 'GIFT'), null, 2);

describe('coupon-studio and files that are not UTF-8', { timeout: 90_000 }, () => {
  it('a GBK ("ANSI") file is refused by name (exit 2), and convert writes a UTF-8 copy that validates with the right title', async () => {
    const file = join(dir, 'gbk.json');
    // Node has no GBK encoder: the rest of the body is made ASCII (\u escapes), the title is 免费拿铁一杯 in code page 936.
    const ascii = (s: string) => s.replace(/[^ -~\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const [rawHead, rawTail] = text().split('免费拿铁一杯') as [string, string];
    const [head, tail] = [ascii(rawHead), ascii(rawTail)];
    const utf8 = `${head}免费拿铁一杯${tail}`;
    await writeFile(file, Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0xe2, 0xb7, 0xd1, 0xc4, 0xc3, 0xcc, 0xfa, 0xd2, 0xbb, 0xb1, 0xad]), Buffer.from(tail)]));
    const refused = await runCli(['validate', file, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/looks like GBK \(Windows "ANSI", code page 936\).*Save As → Encoding → UTF-8.*run coupon-studio convert/s);
    const created = await runCli(['create', file, '--sandbox', '--data-dir', dir]);
    expect(created.code).toBe(2);

    const converted = await runCli(['convert', file, '--json']);
    expect(converted.code).toBe(0);
    expect(jsonOf(converted)).toMatchObject({ converted: true, from: 'GBK', output: join(dir, 'gbk.utf8.json') });
    expect(await readFile(join(dir, 'gbk.utf8.json'), 'utf8')).toBe(utf8);
    const again = await runCli(['convert', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('不会覆盖');
    const valid = await runCli(['validate', join(dir, 'gbk.utf8.json')]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('免费拿铁一杯');
  });

  it('UTF-16 with and without a BOM is named UTF-16 (no "Unexpected U+FFFD"), and converts', async () => {
    const utf8 = text();
    const le = Buffer.from(utf8, 'utf16le');
    for (const [name, bytes] of [['bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), le])], ['nobom.json', le]] as const) {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const run = await runCli(['validate', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`UTF-16 LE 编码（${name === 'bom.json' ? '带字节顺序标记 BOM' : '没有 BOM'}）`);
      expect(run.stderr).not.toContain('FFFD');
      expect((await runCli(['convert', file])).code).toBe(0);
      expect(await readFile(file.replace('.json', '.utf8.json'), 'utf8')).toBe(utf8);
    }
  });

  it('a key written twice is a warning with both positions, in the coupon it belongs to', async () => {
    const body = text().replace('"title": "免费拿铁一杯"', '"title": "拿铁",\n        "title": "免费拿铁一杯"');
    const file = join(dir, 'dup.json');
    await writeFile(file, `[${body}]`);
    const run = await runCli(['validate', file, '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const coupons = jsonOf(run).coupons as { findings: { path: string; code: string; severity: string }[] }[];
    expect(coupons[0]?.findings).toContainEqual(expect.objectContaining({ path: 'card.gift.base_info.title', code: 'duplicate_key', severity: 'warning' }));
    expect(run.stderr).toMatch(/"title" \(\[0\]\.card\.gift\.base_info\.title\) appears twice in the same object: line \d+, column \d+ and line \d+, column \d+/);
  });
});
