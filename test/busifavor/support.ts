// The stock engine over a real embedded sandbox (loopback), a real history database and real
// drafts/images services in a temp data dir: what the CLI wires, with short timeouts and delays.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import type { BatchEngine } from '../../main/batch/engine';
import { SANDBOX_MERCHANT_ID, withSandboxMerchant, type MerchantClients } from '../../main/busifavor/merchant-clients';
import { openStockServices, type StockServicesOptions } from '../../main/busifavor/stock-services';
import type { HistoryStore } from '../../main/history/history-store';
import { DEMO_MERCHANT, type FaultOutcome, type SandboxHandle, type StartSandboxOptions } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices, type LocalServices } from '../../main/storage/local-services';
import { startPaySandbox } from '../wechatpay/pay-support';

/**
 * Every way an APIv3 answer goes wrong (§2.7, §6.2): lost after the commit (reset, timeout, 502),
 * refused before it (reset, 500, 429), or committed with a signature the client must refuse.
 */
export function lostAnswerFaults(signature: 'wrong-key' | 'stale-timestamp', holdMs = 900): FaultOutcome[] {
  return [
    { kind: 'reset-after-commit' },
    { kind: 'timeout-after-commit', holdMs },
    { kind: '502-after-commit' },
    { kind: 'reset' },
    { kind: 'pay-error', status: 500, code: 'SYSTEM_ERROR' },
    { kind: 'pay-error', status: 429, code: 'FREQUENCY_LIMITED' },
    { kind: 'answer-signature', variant: signature },
  ];
}

/** A create-stock body the simulator accepts, named for draft `n` (fingerprints differ per draft). */
export function stockBody(now: number, n: number): Record<string, unknown> {
  const { out_request_no: _none, ...body } = demoStockBody(now, 'unused');
  return { ...body, stock_name: `测试批次${n}号` };
}

/** What {@link startStockFixture} builds. */
export interface StockFixture {
  readonly sandbox: SandboxHandle;
  readonly dataDir: string;
  readonly local: LocalServices;
  readonly merchants: MerchantClients;
  history: HistoryStore;
  engine: BatchEngine;
  /** Saves a batch of stock bodies for the built-in sandbox merchant. */
  makeBatch(bodies: readonly Record<string, unknown>[]): Promise<string>;
  /** Drops the engine and the history as a killed process would, and opens new ones on the same data dir. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a sandbox (frozen clock at T0), a data dir, the history and an engine with the stock back end. */
export async function startStockFixture(options: { sandbox?: StartSandboxOptions; engine?: StockServicesOptions['engine']; timeoutMs?: number } = {}): Promise<StockFixture> {
  const sandbox = await startPaySandbox({ faultSeed: 11, ...options.sandbox });
  const dataDir = await mkdtemp(join(tmpdir(), 'cs-stocks-'));
  const local = createLocalServices({
    dataDir,
    openDocument: confDocumentOpener(),
    makeVault: () => createMemoryVault(),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }),
    clock: sandbox.clock,
  });
  // Every wait (settle delay, 429 back-off) shortened to at most 50 ms: the suites stay fast.
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 50)));
  const openEngine = async () => {
    const opened = await openStockServices({
      dataDir,
      merchants: withSandboxMerchant(undefined),
      drafts: local.drafts,
      images: local.imageResolver,
      sandboxBaseUrl: () => sandbox.baseUrl,
      clock: sandbox.clock,
      timeoutMs: options.timeoutMs ?? 2_000,
      engine: { settleDelayMs: 50, sleep, ...options.engine },
    });
    if (!opened.ok) throw new Error(opened.error.message.en);
    return opened.value;
  };
  const first = await openEngine();
  const fixture: StockFixture = {
    sandbox,
    dataDir,
    local,
    merchants: first.merchants,
    history: first.history,
    engine: first.engine,
    async makeBatch(bodies) {
      const created = await local.drafts.create({ name: '商家券批次', accountId: SANDBOX_MERCHANT_ID, cards: bodies });
      if (!created.ok) throw new Error(created.error.message.en);
      return created.value.id;
    },
    async restart() {
      fixture.history.abandon();
      const next = await openEngine();
      fixture.history = next.history;
      fixture.engine = next.engine;
    },
    async stop() {
      await fixture.history.close();
      await sandbox.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** Every stock the simulator holds is some record's stock_id, no record's id is missing there, and no draft has two. */
export function stockLedger(f: Pick<StockFixture, 'sandbox' | 'history'>) {
  const remote = f.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks ?? [];
  const records = f.history.all().filter((r) => r.kind === 'op' && r.accountId === SANDBOX_MERCHANT_ID);
  const local = new Set(records.flatMap((r) => (r.cardId ? [r.cardId] : [])));
  const ids = new Set(remote.map((s) => s.stockId));
  const perName = new Map<string, number>();
  for (const stock of remote) {
    const name = (JSON.parse(stock.rawBody) as { stock_name: string }).stock_name;
    perName.set(name, (perName.get(name) ?? 0) + 1);
  }
  return {
    lost: [...ids].filter((id) => !local.has(id)).length,
    phantom: [...local].filter((id) => !ids.has(id)).length,
    duplicated: [...perName.values()].reduce((n, count) => n + count - 1, 0),
    unresolved: records.filter((r) => r.state === 'pending' || r.state === 'unknown').length,
    created: records.filter((r) => r.state === 'created').length,
  };
}
