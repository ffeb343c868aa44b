// A real process running a batch is SIGKILLed mid-run (security-reliability.md §7.4 note: SIGKILL,
// not SIGTERM); a new process on the same data directory reconciles and finishes the batch.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { openBatchServices } from '../../main/batch/services';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { couponBody } from './support';

const CHILD = fileURLToPath(new URL('./support/batch-child.ts', import.meta.url));
const DRAFTS = 30;

let sandbox: SandboxHandle;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox({ faults: { '/card/create': { probability: 1, kinds: [{ kind: 'latency', ms: 20 }, { kind: 'slow-commit', delayMs: 40 }] } } });
  dataDir = await mkdtemp(join(tmpdir(), 'cs-sigkill-'));
});
afterAll(async () => {
  await sandbox.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const local = () => createLocalServices({ dataDir, openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }) });

/** Runs the child; SIGKILLs it once it has sent `killAfter` creates. Answers the run id it printed. */
function runChild(batchId: string, killAfter: number): Promise<{ runId: string | undefined; killed: boolean }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx as a loader: the `tsx` command runs the script in a grandchild a SIGKILL would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, CS_DATA_DIR: dataDir, CS_SANDBOX_URL: sandbox.baseUrl, CS_BATCH_ID: batchId }, stdio: ['ignore', 'pipe', 'inherit'] });
    let runId: string | undefined;
    let creating = 0;
    let killed = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('run ')) runId = line.slice(4);
      if (line.startsWith('error ')) reject(new Error(line));
      if (line === 'creating' && ++creating === killAfter) {
        killed = child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ runId, killed }));
  });
}

describe('SIGKILL of a process running a batch', () => {
  it('loses no card_id and creates no duplicate across three kills and a final run', async () => {
    const created = await local().drafts.create({ name: '断电测试', accountId: SANDBOX_ACCOUNT_ID, cards: Array.from({ length: DRAFTS }, (_, i) => couponBody(sandbox.clock.now(), i)) });
    if (!created.ok) throw new Error(created.error.message.en);
    const batchId = created.value.id;
    for (const killAfter of [5, 9, 4]) {
      const { killed } = await runChild(batchId, killAfter);
      expect(killed).toBe(true);
    }
    // A last process: start-up reconcile, then the batch again (created drafts are skipped).
    const services = local();
    const opened = await openBatchServices({ dataDir, accounts: services.accounts, drafts: services.drafts, images: services.imageResolver, sandboxBaseUrl: () => sandbox.baseUrl, engine: { settleDelayMs: 100 } });
    if (!opened.ok) throw new Error(opened.error.code);
    const { engine, history } = opened.value;
    const recovery = await engine.ready;
    expect(recovery.unresolved).toBe(0);
    const run = await engine.start(batchId);
    if (!run.ok) throw new Error(run.error.message.en);
    await engine.settled(run.value.runId);

    const cards = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? [];
    const inHistory = new Set(history.all().map((r) => r.cardId));
    const titles = cards.map((c) => (JSON.parse(c.rawBody) as { card: { cash: { base_info: { title: string } } } }).card.cash.base_info.title);
    console.log(`[sigkill] 3 kills, ${cards.length} server cards, recovery ${JSON.stringify(recovery)}`);
    expect(cards.filter((c) => !inHistory.has(c.cardId))).toEqual([]);
    expect(cards.length).toBe(DRAFTS);
    expect(new Set(titles).size).toBe(DRAFTS);
    expect(history.all().filter((r) => r.kind === 'op' && r.state === 'created').length).toBe(DRAFTS);
    expect(history.unfinishedOps()).toEqual([]);
    await opened.value.close();
  }, 60_000);
});
