// The 商家券 crash test, like the card path's (crash.test.ts): `stocks create` / `stocks resume`
// and then `codes upload` SIGKILLed at seeded random points against a simulator this test owns
// (latency and after-commit faults), re-run until done. The simulator's dump is the ground truth:
// every stock it holds is in the history, none twice; every code of the file is on the stock
// exactly once, none uploaded under a second number.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../main/history/history-store';
import { DEMO_MERCHANT, startSandbox, type FaultOutcome, type SandboxHandle } from '../../main/sandbox';
import { seededRng } from '../../main/sandbox/random';
import { demoStock } from './stock-files';
import { collect, jsonOf, onStderrLine, removeDir, spawnCli, tempDir, writeJson, type CliRun } from './support';

// Enough stocks that MIN_KILLS + 1 kills, each after up to 3 progress lines plus what finishes in
// the kill's delay on a loaded machine, cannot use them all up before the kills have landed.
const STOCKS = 45;
const CODES = 6_000;
const MIN_KILLS = 5;
const MAX_PROCESSES = 30;
const seed = process.env.CS_CRASH_SEED ? Number(process.env.CS_CRASH_SEED) : Math.floor(Math.random() * 2 ** 31);

// Slow enough to be caught in flight; a third lose their answer after the commit.
const AFTER_COMMIT: readonly FaultOutcome[] = [
  { kind: 'latency', ms: 20 },
  { kind: 'latency', ms: 50 },
  { kind: 'latency', ms: 80 },
  { kind: 'reset-after-commit' },
  { kind: '502-after-commit' },
  { kind: 'slow-commit', delayMs: 60 },
];

/** Runs a process, SIGKILLed `delayMs` after its `lines`-th progress line (or never). */
async function runOnce(child: ChildProcessWithoutNullStreams, plan: { lines: number; delayMs: number } | undefined): Promise<{ run: CliRun; killed: boolean }> {
  const finished = collect(child);
  let killed = false;
  if (plan) {
    let seen = 0;
    onStderrLine(child, (line) => {
      if (/^\[\d+\/\d+\]/.test(line) && ++seen === plan.lines) {
        setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
        }, plan.delayMs);
      }
    });
  }
  const run = await finished;
  return { run, killed: killed && run.signal === 'SIGKILL' };
}

/** Kills processes of `first` then `again` until one exits 0 after at least MIN_KILLS kills. */
async function killUntilDone(dataDir: string, first: string[], again: string[], random: () => number, maxLines: number) {
  let kills = 0;
  let processes = 0;
  let last: CliRun | undefined;
  while (processes < MAX_PROCESSES) {
    const plan = kills < MIN_KILLS + 1 ? { lines: 1 + Math.floor(random() * maxLines), delayMs: Math.floor(random() * 40) } : undefined;
    const { run, killed } = await runOnce(spawnCli(processes === 0 ? first : again, { dataDir }), plan);
    processes++;
    if (killed) {
      kills++;
      continue;
    }
    last = run;
    // Done: the caller checks enough kills landed before it.
    if (run.code === 0) break;
    expect([0, 4], `exit ${run.code}: ${run.stderr}`).toContain(run.code);
  }
  return { kills, processes, last };
}

let sandbox: SandboxHandle;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox({
    faultSeed: seed,
    faults: {
      '/v3/marketing/busifavor/stocks': { probability: 1, kinds: AFTER_COMMIT },
      '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes': { probability: 1, kinds: AFTER_COMMIT },
    },
  });
  dataDir = await tempDir('stocks-crash');
});
afterAll(async () => {
  await sandbox.stop();
  await removeDir(dataDir);
});

describe('商家券 under SIGKILL', () => {
  it(`loses no stock and uploads no code twice or never across kills of stocks create and codes upload (seed ${seed}, replay with CS_CRASH_SEED=${seed})`, async () => {
    const random = seededRng(seed);
    const url = ['--sandbox-url', sandbox.baseUrl];
    await writeFile(join(dataDir, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    const file = await writeJson(dataDir, 'crash-stocks.json', { stocks: Array.from({ length: STOCKS }, (_, i) => demoStock(`断电批次${i + 1}号`, 1, (s) => (s.stock_send_rule.max_coupons = 10_000))) });
    const stocks = await killUntilDone(dataDir, ['stocks', 'create', file, ...url, '--json'], ['stocks', 'resume', ...url, '--json'], random, 3);
    expect(stocks.last?.code, stocks.last?.stderr).toBe(0);

    const held = sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks ?? [];
    const opened = await openHistoryStore({ dataDir });
    if (!opened.ok) throw new Error(opened.error.code);
    const records = opened.value.all().filter((r) => r.kind === 'op');
    const names = new Map<string, number>();
    for (const s of held) {
      const name = (JSON.parse(s.rawBody) as { stock_name: string }).stock_name;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    const stockFigures = {
      stocks: STOCKS,
      kills: stocks.kills,
      processes: stocks.processes,
      onWechatPay: held.length,
      lost: held.filter((s) => !records.some((r) => r.cardId === s.stockId)).length,
      duplicated: [...names.values()].reduce((n, c) => n + c - 1, 0),
      unresolved: opened.value.unfinishedOps().length,
    };
    await opened.value.close();

    const stockId = held[0]?.stockId as string;
    const codes = Array.from({ length: CODES }, (_, i) => `CRASH${String(i).padStart(6, '0')}`);
    const codesFile = join(dataDir, 'codes.txt');
    await writeFile(codesFile, codes.join('\n'));
    const command = ['codes', 'upload', '--stock', stockId, codesFile, ...url, '--concurrency', '2'];
    const upload = await killUntilDone(dataDir, command, command, random, 3);
    expect(upload.last?.code, upload.last?.stderr).toBe(0);
    const onStock = sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes.map((c) => c.code) ?? [];
    const reopened = await openHistoryStore({ dataDir });
    if (!reopened.ok) throw new Error(reopened.error.code);
    const rows = reopened.value.codeRows(DEMO_MERCHANT.mchid, stockId);
    await reopened.value.close();
    const codeFigures = {
      codes: CODES,
      kills: upload.kills,
      processes: upload.processes,
      onStock: onStock.length,
      skipped: codes.filter((c) => !onStock.includes(c)).length,
      uploadedTwice: rows.filter((r) => r.result === 'exist').length + (onStock.length - new Set(onStock).size),
      notSuccess: rows.filter((r) => r.result !== 'success').length,
    };
    console.log(JSON.stringify({ suite: 'stocks-crash', seed, stocks: stockFigures, codes: codeFigures, faults: sandbox.dump().faults.byKind }));

    expect(stockFigures).toMatchObject({ onWechatPay: STOCKS, lost: 0, duplicated: 0, unresolved: 0 });
    expect(stockFigures.kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(codeFigures).toMatchObject({ onStock: CODES, skipped: 0, uploadedTwice: 0, notSuccess: 0 });
    expect(codeFigures.kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(jsonOf(stocks.last as CliRun)).toMatchObject({ ok: true, unfinishedOps: 0 });
  }, 600_000);
});
