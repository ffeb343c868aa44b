// History damage is never silent (issue 8 §2): a torn journal tail, unreadable lines, an imported
// journal or a set-aside accounts.json give a notice at the end of every command until
// `history problems --ack…`; read-only commands never import or migrate.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyPaths } from '../../main/history/history-store';
import { jsonOf, removeDir, runCli, tempDir } from './support';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('problems');
});
afterEach(() => removeDir(dataDir));

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], {});
const NOTICE = '卡券历史有';

/** An old journal with one created card and a torn last line. */
async function oldJournal(): Promise<{ journal: string; text: string }> {
  const { dir, journal } = historyPaths(dataDir);
  await mkdir(dir, { recursive: true });
  const record = { v: 1, e: 'rec', at: 1, id: 'op:1', ev: 'created', p: { accountId: 'acc', appid: 'wx00000000000000aa', state: 'created', cardId: 'pDm7qZ0000000000000000000001', title: '旧券', firstSeenAt: 1, updatedAt: 1 } };
  const text = `${JSON.stringify(record)}\n{"v":1,"e":"rec","at":2,"id":"op:2","p":{"sta`;
  await writeFile(journal, text);
  return { journal, text };
}

describe('coupon-studio history problems', { timeout: 120_000 }, () => {
  it('a read-only command refuses to import (exit 5, journal untouched); after the upgrade every command ends with the notice until it is acknowledged', async () => {
    const { journal, text } = await oldJournal();
    const listed = await cli('history', 'list', '--json');
    expect(listed.code).toBe(5);
    expect(jsonOf(listed)).toMatchObject({ error: { code: 'history_needs_upgrade' } });
    expect(await readFile(journal, 'utf8')).toBe(text);
    expect(existsSync(historyPaths(dataDir).db)).toBe(false);

    const upgraded = await cli('history', 'upgrade', '--json');
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect(jsonOf(upgraded)).toMatchObject({ records: 1 });
    expect(upgraded.stderr).toContain(NOTICE);
    expect(upgraded.stderr).toContain('不完整');

    const other = await cli('accounts', 'list');
    expect(other.code).toBe(0);
    expect(other.stderr).toContain(NOTICE);
    const problems = await cli('history', 'problems', '--json');
    const listedProblems = (jsonOf(problems) as { problems: { id: number; code: string }[] }).problems;
    expect(listedProblems.map((p) => p.code)).toEqual(['torn_tail', 'journal_imported']);

    const first = listedProblems[0]?.id ?? 0;
    expect((await cli('history', 'problems', '--ack', String(first))).code).toBe(0);
    expect((await cli('accounts', 'list')).stderr).toContain(NOTICE);
    expect((await cli('history', 'problems', '--ack', 'x')).code).toBe(2);
    expect((await cli('history', 'problems', '--ack-all')).code).toBe(0);
    const quiet = await cli('accounts', 'list');
    expect(quiet.stderr).not.toContain(NOTICE);
    expect((await cli('history', 'list', '--json')).code).toBe(0);
  });

  it('an accounts.json set aside as unreadable is named on the very command that found it, and listed until acknowledged', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'accounts.json'), '{"schemaVersion": 1, "accounts": [');
    const listed = await cli('accounts', 'list');
    expect(listed.stderr).toContain(NOTICE);
    expect(listed.stderr).toMatch(/accounts\.corrupt-\d{8}T\d{9}Z\.json/);
    const problems = await cli('history', 'problems', '--json');
    expect((jsonOf(problems) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual(['file_set_aside']);
    expect((await cli('history', 'problems', '--ack-all')).code).toBe(0);
    expect((await cli('accounts', 'list')).stderr).not.toContain(NOTICE);
  });
});
