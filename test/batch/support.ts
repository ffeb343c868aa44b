// A batch engine over a real embedded sandbox (loopback), real files in a temp data dir, real
// accounts/drafts/images services: what the hosts wire, with short timeouts and delays.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardType } from '../../common/coupon/card-types';
import { exampleCoupon } from '../../common/coupon/examples';
import type { AfterCreate } from '../../common/drafts/draft';
import type { BatchProgress, RunStatus, RunStatusName } from '../../common/ipc/channels/batch';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { accountClients, type AccountClientsOptions } from '../../main/batch/clients';
import { createBatchEngine, type BatchEngine, type BatchEngineOptions } from '../../main/batch/engine';
import { openHistoryStore, type HistoryStore } from '../../main/history/history-store';
import { startSandbox, type SandboxAccountConfig, type SandboxHandle, type StartSandboxOptions } from '../../main/sandbox';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices, type LocalServices } from '../../main/storage/local-services';

/** Short client timeouts and retry delays: the suites stay fast and bounded. */
const FAST_CLIENT: Pick<AccountClientsOptions, 'timeouts' | 'retry'> = {
  timeouts: { tokenMs: 1_000, readMs: 1_000, writeMs: 1_000, createMs: 400, uploadBaseMs: 2_000, uploadPerMiBMs: 2_000 },
  retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 },
};

/** One sandbox account for the tests: appid, secret, token mode. */
export function sandboxAccount(n: number, tokenMode: 'stable' | 'classic' = 'stable'): SandboxAccountConfig & { tokenMode: 'stable' | 'classic' } {
  return { appid: `wx${(0xa0000000 + n).toString(16).padStart(16, "0")}`, secret: `secret${String(n).padStart(26, '0')}`, tokenMode };
}

/** A valid card body with a title of its own (fingerprints differ per draft). */
export function couponBody(nowMs: number, n: number, type: CardType = 'CASH'): Record<string, unknown> {
  const body = exampleCoupon(type, nowMs) as unknown as { card: Record<string, { base_info: { title: string } }> };
  const key = type.toLowerCase();
  const node = body.card[key];
  if (node) node.base_info.title = `测试券${n}号`;
  return body as unknown as Record<string, unknown>;
}

/** What {@link startEngineFixture} builds. */
export interface EngineFixture {
  readonly sandbox: SandboxHandle;
  readonly dataDir: string;
  readonly local: LocalServices;
  history: HistoryStore;
  engine: BatchEngine;
  readonly accountIds: Map<string, string>;
  readonly progress: BatchProgress[];
  /** Saves a batch of bodies for an account; `after` per draft index when given. */
  makeBatch(appid: string, bodies: readonly Record<string, unknown>[], after?: (i: number) => Partial<AfterCreate>): Promise<string>;
  /** Waits for a run status in `statuses` (from the progress events or the engine). */
  waitForStatus(runId: string, statuses: readonly RunStatusName[]): Promise<RunStatus>;
  /** Drops the engine and the history as a killed process would, and opens new ones on the same data dir. */
  restart(overrides?: Partial<BatchEngineOptions>): Promise<void>;
  stop(): Promise<void>;
}

/** Options of {@link startEngineFixture}. */
export interface FixtureOptions {
  readonly accounts: readonly (SandboxAccountConfig & { tokenMode?: 'stable' | 'classic'; concurrency?: number })[];
  readonly sandbox?: StartSandboxOptions;
  readonly engine?: Partial<BatchEngineOptions>;
  readonly client?: Pick<AccountClientsOptions, 'timeouts' | 'retry' | 'sleep'>;
}

/** Starts a sandbox, a data dir with the accounts (memory vault), the history and the engine. */
export async function startEngineFixture(options: FixtureOptions): Promise<EngineFixture> {
  const sandbox = await startSandbox({ includeDemoAccount: false, faultSeed: 7, ...options.sandbox, accounts: options.accounts });
  const dataDir = await mkdtemp(join(tmpdir(), 'cs-batch-'));
  const local = createLocalServices({
    dataDir,
    openDocument: confDocumentOpener(),
    makeVault: () => createMemoryVault(),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }),
    clock: sandbox.clock,
  });
  const accountIds = new Map<string, string>();
  for (const account of options.accounts) {
    const created = await local.accounts.create({
      name: `测试账号 ${account.appid.slice(-4)}`,
      appid: account.appid,
      environment: 'sandbox',
      tokenMode: account.tokenMode ?? 'stable',
      settings: { concurrency: account.concurrency ?? 4 },
    });
    if (!created.ok) throw new Error(created.error.message.en);
    const secret = await local.accounts.setSecret(created.value.id, account.secret);
    if (!secret.ok) throw new Error(secret.error.message.en);
    accountIds.set(account.appid, created.value.id);
  }
  const clients = accountClients({ accounts: local.accounts, sandboxBaseUrl: () => sandbox.baseUrl, clock: sandbox.clock, ...FAST_CLIENT, ...options.client });
  const progress: BatchProgress[] = [];
  const waiters = new Set<() => void>();
  const openEngine = async (overrides: Partial<BatchEngineOptions> = {}) => {
    const history = await openHistoryStore({ dataDir, clock: sandbox.clock });
    if (!history.ok) throw new Error(history.error.message.en);
    const engine = createBatchEngine({ history: history.value, knownCards: history.value, drafts: local.drafts, clients, images: local.imageResolver, clock: sandbox.clock, settleDelayMs: 150, ...options.engine, ...overrides });
    engine.subscribe((event) => {
      progress.push(event);
      for (const wake of [...waiters]) wake();
    });
    return { history: history.value, engine };
  };
  const first = await openEngine();
  const fixture: EngineFixture = {
    sandbox,
    dataDir,
    local,
    history: first.history,
    engine: first.engine,
    accountIds,
    progress,
    async makeBatch(appid, bodies, after) {
      const accountId = accountIds.get(appid);
      const created = await local.drafts.create({ name: `批次 ${appid.slice(-4)}`, accountId: accountId ?? null, cards: bodies });
      if (!created.ok) throw new Error(created.error.message.en);
      const batch = created.value;
      if (after) {
        batch.drafts = batch.drafts.map((draft, i) => ({ ...draft, after: { ...draft.after, ...after(i) } }));
        const saved = await local.drafts.save(batch);
        if (!saved.ok) throw new Error(saved.error.message.en);
      }
      return batch.id;
    },
    waitForStatus(runId, statuses) {
      return new Promise((resolve) => {
        const check = () => {
          const status = fixture.engine.status(runId);
          if (status && statuses.includes(status.status)) {
            waiters.delete(check);
            resolve(status);
          }
        };
        waiters.add(check);
        check();
      });
    },
    async restart(overrides) {
      fixture.history.abandon();
      const next = await openEngine(overrides);
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

/** A sandbox with one account and a Weixin client of that account (no data directory). */
export async function sandboxWithClient(account: SandboxAccountConfig): Promise<{ sandbox: SandboxHandle; client: WeixinClient }> {
  const sandbox = await startSandbox({ includeDemoAccount: false, accounts: [account] });
  const created = createWeixinClient({ appid: account.appid, secret: async () => account.secret, baseUrl: sandbox.baseUrl });
  if (!created.ok) throw new Error('client');
  return { sandbox, client: created.value };
}
