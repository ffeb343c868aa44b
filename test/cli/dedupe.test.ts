// Issue 8 §2 over real HTTP against a sandbox the test owns: a coupon file created again from an
// empty data directory, and a history that lost half its records then resumed, send no card twice; a copy is
// made only when asked (--allow-duplicates); resume retries drafts that failed for a passing reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyPaths, openHistoryStore } from '../../main/history/history-store';
import { openSqlite } from '../../main/storage/sqlite';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { couponBody, jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let sandbox: SandboxHandle;
const dirs: string[] = [];
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(async () => {
  await sandbox.stop();
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

const emptyDataDir = async () => {
  const dir = await tempDir('dedupe');
  dirs.push(dir);
  return dir;
};
const serverCards = () => sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? [];
const bodies = (n: number, prefix = '满减券') => Array.from({ length: n }, (_, i) => couponBody(Date.now(), `${prefix}${i + 1}号`));
const create = (dataDir: string, file: string, ...extra: string[]) => runCli(['create', file, '--sandbox-url', sandbox.baseUrl, '--json', ...extra], { dataDir });

type RunDoc = { run: { status: string; counts: Record<string, number>; existingCards?: Record<string, number | boolean> }; cards: { cardId: string | null; state: string; flags: Record<string, boolean> }[] };
const firstRun = (doc: Record<string, unknown>) => (doc.runs as RunDoc[])[0] as RunDoc;

describe('no duplicate even when the history is lost', { timeout: 120_000 }, () => {
  it('a 30-coupon file created again from an empty data directory makes 0 new cards, imports nothing, and says so', async () => {
    const first = await emptyDataDir();
    const file = await writeJson(first, 'coupons.json', bodies(30));
    const made = await create(first, file, '--concurrency', '4');
    expect(made.code, made.stderr).toBe(0);
    expect(serverCards()).toHaveLength(30);

    const fresh = await emptyDataDir();
    const again = await create(fresh, file);
    expect(again.code, again.stderr).toBe(0);
    expect(serverCards()).toHaveLength(30);
    const doc = jsonOf(again);
    expect(doc).toMatchObject({ imported: false, existing: { linked: 30, drafts: 30, existingCards: { cards: 30, listCalls: 1, getCalls: 30, cold: true } } });
    expect(again.stderr).toMatch(/All 30 coupons of this file already exist on Weixin|这个文件的 30 张券在微信上都已存在/);
    expect(again.stderr).toMatch(/card\/batchget 1, card\/get 30|card\/batchget 1 次，card\/get 30 次/);
    // No draft batch was imported in the new data directory.
    const history = await openHistoryStore({ dataDir: fresh });
    if (!history.ok) throw new Error(history.error.code);
    expect(history.value.size).toBe(0);
    await history.value.close();
    // Each coupon is answered with its existing card, each card once.
    const linked = (doc.existing as { matches: { linkTo: string | null }[] }).matches.map((m) => m.linkTo);
    expect(new Set(linked)).toEqual(new Set(serverCards().map((c) => c.cardId)));
    expect(linked).toHaveLength(30);

    // Checked again from the same (still empty) data directory: the cache answers, only the list is read.
    const cached = await create(fresh, file);
    expect(jsonOf(cached)).toMatchObject({ imported: false, existing: { existingCards: { cards: 30, listCalls: 1, getCalls: 0, cached: 30 } } });
  });

  it('a file partly on Weixin: the rest is created, the existing ones are linked ("found on Weixin"), none sent twice', async () => {
    const first = await emptyDataDir();
    const all = bodies(12);
    await writeJson(first, 'old.json', all.slice(0, 10));
    expect((await create(first, `${first}/old.json`)).code).toBe(0);
    expect(serverCards()).toHaveLength(10);

    const fresh = await emptyDataDir();
    const file = await writeJson(fresh, 'all.json', all);
    const run = await create(fresh, file);
    expect(run.code, run.stderr).toBe(0);
    expect(serverCards()).toHaveLength(12);
    const { run: status, cards } = firstRun(jsonOf(run));
    expect(status.counts).toMatchObject({ created: 2, found: 10 });
    expect(cards.filter((c) => c.flags.found)).toHaveLength(10);
    expect(new Set(cards.map((c) => c.cardId))).toEqual(new Set(serverCards().map((c) => c.cardId)));
    expect(run.stderr).toMatch(/found on Weixin 10|在微信上找到 10/);
  });

  it('a deliberate copy only with --allow-duplicates', async () => {
    const first = await emptyDataDir();
    const file = await writeJson(first, 'coupons.json', bodies(5));
    expect((await create(first, file)).code).toBe(0);
    const fresh = await emptyDataDir();
    const copy = await create(fresh, file, '--allow-duplicates');
    expect(copy.code, copy.stderr).toBe(0);
    expect(serverCards()).toHaveLength(10);
    expect(firstRun(jsonOf(copy)).run.counts).toMatchObject({ created: 5, found: 0 });
  });

  it('the history cut in half, then resume: 0 cards sent again, every draft ends with its own card', async () => {
    const dataDir = await emptyDataDir();
    const file = await writeJson(dataDir, 'coupons.json', bodies(30));
    expect((await create(dataDir, file, '--concurrency', '4')).code).toBe(0);
    const before = serverCards().map((c) => c.cardId);
    expect(before).toHaveLength(30);

    // The newer half of the history's records is lost (a restored old backup, a damaged disk).
    const db = openSqlite(historyPaths(dataDir).db);
    try {
      const lost = db.transaction(() => {
        const kept = Number(db.prepare("SELECT count(*) FROM records WHERE kind = 'op'").get()?.[0]) / 2;
        return db.prepare("DELETE FROM records WHERE kind = 'op' AND seq > (SELECT seq FROM records WHERE kind = 'op' ORDER BY seq LIMIT 1 OFFSET ?)").run(kept - 1);
      });
      expect(lost.changes).toBe(15);
    } finally {
      db.close();
    }

    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(serverCards().map((c) => c.cardId)).toEqual(before);
    const history = await openHistoryStore({ dataDir });
    if (!history.ok) throw new Error(history.error.code);
    try {
      const ops = history.value.all().filter((r) => r.kind === 'op');
      expect(ops).toHaveLength(30);
      expect(ops.every((r) => r.state === 'created')).toBe(true);
      expect(new Set(ops.map((r) => r.cardId))).toEqual(new Set(before));
      expect(ops.some((r) => r.flags.found === true)).toBe(true);
      // Cards a reconcile met before their draft had a record were orphans: claimed, no longer flagged.
      expect(history.value.all().filter((r) => r.flags.orphan || r.flags.duplicate)).toEqual([]);
    } finally {
      await history.value.close();
    }
  });

  it('resume retries drafts that failed for a transient reason instead of answering "Nothing to resume"', async () => {
    const dataDir = await emptyDataDir();
    const file = await writeJson(dataDir, 'coupons.json', bodies(2));
    // Every create is cut off before Weixin commits it: each reconcile confirms the card absent, until the attempts run out.
    sandbox.setFaults('/card/create', { probability: 1, kinds: [{ kind: 'reset' }] });
    const failed = await create(dataDir, file, '--concurrency', '1');
    expect(failed.code).toBe(1);
    expect(firstRun(jsonOf(failed)).run.counts).toMatchObject({ failed: 2, retryable: 2 });
    expect(serverCards()).toHaveLength(0);

    sandbox.setFaults('/card/create', undefined);
    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).not.toMatch(/Nothing to resume|没有需要继续的批次/);
    expect(serverCards()).toHaveLength(2);
    expect(firstRun(jsonOf(resumed)).run.counts).toMatchObject({ created: 2, failed: 0 });
  });
});
