// A fake window.couponStudio for the accounts and sandbox component tests: canned envelopes shaped
// exactly like main's (see common/ipc/channels/accounts.ts, sandbox.ts), with vi.fn spies.
import { vi } from 'vitest';
import type { AccountStore, AccountView, ConnectionReport, SecretStorageInfo } from '../../common/ipc/channels/accounts';
import type { SandboxStatus } from '../../common/ipc/channels/sandbox';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useSandboxStore } from '../../renderer/src/stores/sandbox-store';
import { resetAll } from './support/harness';

export const SANDBOX_ID = '00000000-0000-4000-8000-00000000d001';
export const NOW = Date.UTC(2026, 0, 15, 4, 0, 0);

/** The built-in sandbox account as main lists it. */
export const SANDBOX_ACCOUNT: AccountView = {
  id: SANDBOX_ID,
  name: '示例商户（沙箱）',
  displayName: { 'zh-CN': '示例商户（沙箱）', en: 'Demo merchant (sandbox)' },
  appid: 'wx8d3f5a7c1e9b2046',
  environment: 'sandbox',
  tokenMode: 'stable',
  settings: { concurrency: 4, proxy: null },
  createdAt: 0,
  secretState: 'stored',
  builtIn: true,
};

/** A live account as main answers accounts:create with. */
export function liveAccount(patch: Partial<AccountView> = {}): AccountView {
  return {
    id: '11111111-2222-4333-8444-000000000001',
    name: '小林咖啡',
    displayName: { 'zh-CN': '小林咖啡', en: '小林咖啡' },
    appid: 'wx0123456789abcdef',
    environment: 'weixin',
    tokenMode: 'stable',
    settings: { concurrency: 4, proxy: null },
    createdAt: NOW,
    secretState: 'none',
    builtIn: false,
    ...patch,
  };
}

export const MEMORY_STORAGE: SecretStorageInfo = {
  persistence: 'memory',
  backend: 'memory',
  allowBasicText: false,
  message: { 'zh-CN': 'AppSecret 只保存在内存中（测试或网页调试模式）。', en: 'AppSecrets are kept in memory only (test or web-harness mode).' },
};

/** The demo stores: three approved, one in review, one rejected (main/sandbox DEMO_STORES). */
export const DEMO_STORES: AccountStore[] = [
  { sid: '101', poiId: '287640011', businessName: '示例咖啡', branchName: '南京西路店', address: '上海市静安区南京西路1266号', availableState: 3, usable: true },
  { sid: '102', poiId: '287640012', businessName: '示例咖啡', branchName: '人民广场店', address: '上海市黄浦区西藏中路268号', availableState: 3, usable: true },
  { sid: '103', poiId: '287640013', businessName: '示例咖啡', branchName: '徐家汇店', address: '上海市徐汇区虹桥路1号', availableState: 3, usable: true },
  { sid: '104', poiId: '', businessName: '示例咖啡', branchName: '陆家嘴店', address: '上海市浦东新区世纪大道8号', availableState: 2, usable: false },
  { sid: '105', poiId: '', businessName: '示例咖啡', branchName: '五角场店', address: '上海市杨浦区邯郸路600号', availableState: 4, usable: false },
];

/** A sandbox status with the default scenario. */
export function sandboxStatus(patch: Partial<SandboxStatus> = {}): SandboxStatus {
  return {
    baseUrl: 'http://127.0.0.1:1',
    now: NOW,
    demoAppid: SANDBOX_ACCOUNT.appid,
    scenario: { couponCreation: 'allowed', payPermission: true, ipNotWhitelisted: false, faultRate: 0 },
    cards: { total: 0, byStatus: {} },
    stores: DEMO_STORES.map((s) => ({ poiId: s.poiId, name: `${s.businessName}（${s.branchName}）`, usable: s.usable })),
    faultsInjected: 0,
    ...patch,
  };
}

const ok = <T,>(data: T) => ({ ok: true as const, data });

type Listener = (payload: unknown) => void;

/** The fake bridge: accounts and sandbox domains over in-memory state; `reports` answers testConnection in order. */
export function fakeBridge(options: { accounts?: AccountView[]; storage?: SecretStorageInfo; reports?: ConnectionReport[] } = {}) {
  const accounts = [...(options.accounts ?? [SANDBOX_ACCOUNT])];
  let storage = options.storage ?? MEMORY_STORAGE;
  const reports = [...(options.reports ?? [])];
  let status = sandboxStatus();
  const listeners = new Map<string, Set<Listener>>();
  const bridge = {
    accounts: {
      list: vi.fn(async () => ok({ accounts: accounts.map((a) => ({ ...a })), problems: [], secretStorage: storage })),
      create: vi.fn(async (input: { name: string; appid: string; tokenMode?: AccountView['tokenMode']; settings?: Partial<AccountView['settings']> }) => {
        const created = liveAccount({ id: `11111111-2222-4333-8444-00000000000${accounts.length}`, name: input.name, displayName: { 'zh-CN': input.name, en: input.name }, appid: input.appid, tokenMode: input.tokenMode ?? 'stable' });
        accounts.push(created);
        return ok(created);
      }),
      update: vi.fn(async ({ accountId, ...patch }: { accountId: string; name?: string }) => {
        const at = accounts.findIndex((a) => a.id === accountId);
        const updated = { ...(accounts[at] as AccountView), ...(patch.name ? { name: patch.name, displayName: { 'zh-CN': patch.name, en: patch.name } } : {}) };
        accounts[at] = updated;
        return ok(updated);
      }),
      remove: vi.fn(async ({ accountId }: { accountId: string }) => {
        accounts.splice(
          accounts.findIndex((a) => a.id === accountId),
          1,
        );
        return ok(null);
      }),
      setSecret: vi.fn(async ({ accountId }: { accountId: string; secret: string }) => {
        const account = accounts.find((a) => a.id === accountId);
        if (account) account.secretState = 'session';
        return ok({ secretState: 'session' as const });
      }),
      clearSecret: vi.fn(async ({ accountId }: { accountId: string }) => {
        const account = accounts.find((a) => a.id === accountId);
        if (account) account.secretState = 'none';
        return ok({ secretState: 'none' as const });
      }),
      testConnection: vi.fn(async () => ok(reports.shift() ?? { status: 'connected' as const, verifiedAt: NOW, tokenExpiresIn: 7200, stores: { total: 5, usable: 3 } })),
      stores: vi.fn(async () => ok({ stores: DEMO_STORES, total: DEMO_STORES.length })),
      secretStorage: vi.fn(async () => ok(storage)),
      setSecretStorage: vi.fn(async ({ allowBasicText }: { allowBasicText: boolean }) => {
        storage = { ...storage, allowBasicText, persistence: allowBasicText ? 'basic_text_opted_in' : 'session_only' };
        return ok(storage);
      }),
    },
    sandbox: {
      status: vi.fn(async () => ok(status)),
      setScenario: vi.fn(async (patch: Partial<SandboxStatus['scenario']>) => {
        status = { ...status, scenario: { ...status.scenario, ...patch } };
        return ok(status);
      }),
      review: vi.fn(async () => ok(status)),
      advanceClock: vi.fn(async ({ seconds }: { seconds: number }) => {
        status = { ...status, now: status.now + seconds * 1000 };
        return ok(status);
      }),
    },
    on: (event: string, callback: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(callback);
      return () => set.delete(callback);
    },
    emit(event: string, payload: unknown) {
      for (const callback of listeners.get(event) ?? []) callback(payload);
    },
  };
  return bridge;
}

const initial = { accounts: useAccountsStore.getInitialState(), sandbox: useSandboxStore.getInitialState() };

/** resetAll() plus the accounts and sandbox stores. */
export function resetAccounts(): void {
  resetAll();
  useAccountsStore.setState(initial.accounts, true);
  useSandboxStore.setState(initial.sandbox, true);
}
