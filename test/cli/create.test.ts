// `coupon-studio create` / `resume` against a sandbox the test owns: card_ids out, history shared
// with the app's services, and each exit code (0, 1, 2, 3, 4, 5, 130) from a real situation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { openBatchServices } from '../../main/batch/services';
import { openHistoryStore } from '../../main/history/history-store';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { collect, couponBody, jsonOf, onStderrLine, removeDir, runCli, spawnCli, tempDir, writeJson } from './support';

let sandbox: SandboxHandle;
let dataDir: string;
beforeEach(async () => {
  sandbox = await startSandbox();
  dataDir = await tempDir('create');
});
afterEach(async () => {
  await sandbox.stop();
  await removeDir(dataDir);
});

const serverCards = () => sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? [];
const bodies = (n: number, prefix = '脚本券') => Array.from({ length: n }, (_, i) => couponBody(Date.now(), `${prefix}${i + 1}号`));
const create = (file: string, ...extra: string[]) => runCli(['create', file, '--sandbox-url', sandbox.baseUrl, ...extra], { dataDir });

type RunDoc = { outcome: string; exitCode: number; run: { status: string; counts: Record<string, number> }; cards: { cardId: string | null; state: string; title: string | null }[] };
const runsOf = (doc: Record<string, unknown>) => doc.runs as RunDoc[];

/** The app's own services over the data directory, as the desktop app opens them. */
async function appServices() {
  const local = createLocalServices({ dataDir, openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }) });
  const opened = await openBatchServices({ dataDir, accounts: local.accounts, drafts: local.drafts, images: local.imageResolver, sandboxBaseUrl: () => sandbox.baseUrl, engine: { settleDelayMs: 50 } });
  if (!opened.ok) throw new Error(opened.error.code);
  return { local, ...opened.value };
}

describe('coupon-studio create', { timeout: 90_000 }, () => {
  it('creates every card, prints card_id<TAB>title on stdout, and the desktop app sees the batch and the cards', async () => {
    const file = await writeJson(dataDir, 'cards.json', bodies(6));
    const run = await create(file, '--name', '脚本批次');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    const server = serverCards();
    expect(new Set(lines.map((l) => l.split('\t')[0]))).toEqual(new Set(server.map((c) => c.cardId)));
    expect(lines[0]).toMatch(/^p[A-Za-z0-9_-]{27}\t脚本券\d号$/);
    expect(run.stderr).toMatch(/\[6\/6\] ✓/);

    const app = await appServices();
    try {
      await app.engine.ready;
      for (const card of server) expect(app.history.byCardId(card.cardId)).toMatchObject({ state: 'created', accountId: SANDBOX_ACCOUNT_ID, batchName: '脚本批次' });
      const { batches } = await app.local.drafts.list();
      expect(batches).toEqual([expect.objectContaining({ name: '脚本批次', accountId: SANDBOX_ACCOUNT_ID, draftCount: 6 })]);
    } finally {
      await app.close();
    }
  });

  it('--json: one JSON document on stdout with the batch, the run and every card; progress on stderr only', async () => {
    const file = await writeJson(dataDir, 'cards.json', bodies(3));
    const run = await create(file, '--json', '--concurrency', '2');
    expect(run.code).toBe(0);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ ok: true, command: 'create', exitCode: 0, dataDir, sandbox: { kind: 'url', baseUrl: sandbox.baseUrl }, batch: { name: 'cards', drafts: 3 }, unfinishedOps: 0 });
    const [only] = runsOf(doc);
    expect(only).toMatchObject({ outcome: 'finished', exitCode: 0, run: { status: 'done', counts: { created: 3 } } });
    expect(only?.cards.map((c) => c.cardId).sort()).toEqual(serverCards().map((c) => c.cardId).sort());
    expect(run.stderr).toContain('[3/3]');
  });

  it('uses an embedded sandbox when no account is named, and says it stops with the process', async () => {
    const file = await writeJson(dataDir, 'cards.json', bodies(2));
    const run = await runCli(['create', file, '--json'], { dataDir });
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({ sandbox: { kind: 'embedded' }, account: { id: SANDBOX_ACCOUNT_ID } });
    expect(run.stderr).toContain('进程结束时沙箱随之关闭');
    expect(serverCards()).toHaveLength(0);
  });

  it('exit 1 when a draft is invalid (never sent) or refused by Weixin; the others are created', async () => {
    const [good, tooLong, badStore] = [couponBody(Date.now(), '好券'), couponBody(Date.now(), '1000元面值充值卡哈哈'), couponBody(Date.now(), '门店不对')];
    const base = (badStore?.card.cash as { base_info: Record<string, unknown> }).base_info;
    base.use_all_locations = false;
    base.location_id_list = [Math.max(...DEMO_USABLE_POI_IDS) + 1];
    const file = await writeJson(dataDir, 'mixed.json', [good, tooLong, badStore]);
    const run = await create(file, '--json');
    expect(run.code).toBe(1);
    const [only] = runsOf(jsonOf(run));
    expect(only?.run.counts).toMatchObject({ created: 1, invalid: 1, failed: 1 });
    expect(serverCards()).toHaveLength(1);
    expect(run.stderr).toContain('45021');
  });

  it('exit 3 on the daily quota (45009): the rest stays queued and resume finishes it', async () => {
    sandbox.scriptFaults('/card/create', [{ kind: 'none' }, { kind: 'none' }, { kind: 'errcode', errcode: 45009 }]);
    const file = await writeJson(dataDir, 'cards.json', bodies(5));
    const stopped = await create(file, '--json', '--concurrency', '1');
    expect(stopped.code).toBe(3);
    const [run] = runsOf(jsonOf(stopped));
    expect(run?.run).toMatchObject({ status: 'quota_stopped', counts: { created: 2, queued: 3 } });
    expect(stopped.stderr).toContain('45009');

    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(runsOf(jsonOf(resumed))[0]?.run).toMatchObject({ status: 'done', counts: { created: 5 } });
    expect(serverCards()).toHaveLength(5);
  });

  it('exit 4 while Weixin cannot confirm a create; resume adopts the card later instead of sending it again', async () => {
    sandbox.scriptFaults('/card/create', [{ kind: 'reset-after-commit' }]);
    // The first card/batchget (the account's baseline scan) answers; every later one fails.
    sandbox.setFaults('/card/batchget', { script: [{ kind: 'none' }], probability: 1, kinds: [{ kind: 'http502' }] });
    const file = await writeJson(dataDir, 'cards.json', bodies(2));
    const unsure = await create(file, '--json', '--concurrency', '1');
    expect(unsure.code).toBe(4);
    expect(jsonOf(unsure)).toMatchObject({ unfinishedOps: 1 });
    expect(serverCards()).toHaveLength(2);

    const stillDown = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(stillDown.code).toBe(4);
    sandbox.setFaults('/card/batchget', undefined);
    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(jsonOf(resumed)).toMatchObject({ recovery: { adopted: 1 }, unfinishedOps: 0 });
    expect(serverCards()).toHaveLength(2);
    const history = await openHistoryStore({ dataDir });
    if (!history.ok) throw new Error(history.error.code);
    for (const card of serverCards()) expect(history.value.byCardId(card.cardId)?.state).toBe('created');
    await history.value.close();
  });

  it('creates while the desktop app has the history open, and the app sees every new card at once', async () => {
    const app = await openHistoryStore({ dataDir });
    if (!app.ok) throw new Error(app.error.code);
    try {
      const file = await writeJson(dataDir, 'cards.json', bodies(2));
      const run = await create(file, '--json');
      expect(run.code, run.stderr).toBe(0);
      expect(serverCards()).toHaveLength(2);
      for (const card of serverCards()) expect(app.value.byCardId(card.cardId)?.state).toBe('created');
    } finally {
      await app.value.close();
    }
  });

  it('exit 2 for usage errors: unknown account, --account with --sandbox, a bad --concurrency, a missing file', async () => {
    const file = await writeJson(dataDir, 'cards.json', bodies(1));
    const runs = await Promise.all([
      runCli(['create', file, '--account', '没有这个账号', '--json'], { dataDir }),
      runCli(['create', file, '--account', 'x', '--sandbox'], { dataDir }),
      runCli(['create', file, '--concurrency', '99'], { dataDir }),
      runCli(['create', `${dataDir}/none.json`], { dataDir }),
      runCli(['create', file, '--sandbox', '--sandbox-url', sandbox.baseUrl], { dataDir }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(jsonOf(runs[0] as never)).toMatchObject({ error: { code: 'account_not_found' } });
    expect(serverCards()).toHaveLength(0);
  });

  it('exit 130 on Ctrl-C after a clean pause: creates already sent are recorded, and resume finishes the batch', async () => {
    sandbox.setFaults('/card/create', { probability: 1, kinds: [{ kind: 'latency', ms: 250 }] });
    const file = await writeJson(dataDir, 'cards.json', bodies(12));
    const child = spawnCli(['create', file, '--sandbox-url', sandbox.baseUrl, '--json', '--concurrency', '2'], { dataDir });
    const done = collect(child);
    let signalled = false;
    onStderrLine(child, (line) => {
      if (!signalled && /^\[\d+\/12\] ✓/.test(line)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const run = await done;
    expect(run.code, run.stderr).toBe(130);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ exitCode: 130, interrupted: true, unfinishedOps: 0, runs: [{ outcome: 'paused', run: { status: 'paused', counts: { inFlight: 0, unknown: 0 } } }] });
    const created = serverCards().length;
    expect(created).toBeLessThan(12);
    // Every card the sandbox made is already in the journal: nothing was left in flight.
    const history = await openHistoryStore({ dataDir });
    if (!history.ok) throw new Error(history.error.code);
    for (const card of serverCards()) expect(history.value.byCardId(card.cardId)?.state).toBe('created');
    await history.value.close();

    sandbox.clearFaults();
    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(jsonOf(resumed)).toMatchObject({ recovery: { interruptedRuns: 1 }, runs: [{ run: { status: 'done', counts: { created: 12 } } }] });
    expect(serverCards()).toHaveLength(12);
  });

  it('resume needs to be told which sandbox a sandbox account ran against (exit 2), and has nothing to do afterwards (exit 0)', async () => {
    sandbox.scriptFaults('/card/create', [{ kind: 'errcode', errcode: 45009 }]);
    const file = await writeJson(dataDir, 'cards.json', bodies(2));
    expect((await create(file)).code).toBe(3);
    const blind = await runCli(['resume', '--json'], { dataDir });
    expect(blind.code).toBe(2);
    expect(jsonOf(blind)).toMatchObject({ blocked: [{ code: 'sandbox_required' }] });
    expect((await runCli(['resume', '--sandbox-url', sandbox.baseUrl], { dataDir })).code).toBe(0);
    const idle = await runCli(['resume', '--sandbox-url', sandbox.baseUrl], { dataDir });
    expect(idle.code).toBe(0);
    expect(idle.stderr).toContain('没有需要继续的批次');
  });
});
