// Fixtures for the run, History and Console component tests: records, run statuses and console
// results shaped exactly like main's (common/ipc/channels/{batch,history,console}.ts), and a fake
// window.couponStudio with vi.fn spies and an emit() for pushed events.
import { vi } from 'vitest';
import type { DraftBatch } from '../../common/drafts/draft';
import type { PreflightAnswer, RunStatus } from '../../common/ipc/channels/batch';
import type { ConsoleEndpoint, ConsoleResult } from '../../common/ipc/channels/console';
import type { HistoryPage, HistoryProblemView, HistoryRecord } from '../../common/ipc/channels/history';
import { useConsoleStore } from '../../renderer/src/stores/console-store';
import { useHistoryStore } from '../../renderer/src/stores/history-store';
import { useHistoryProblemsStore } from '../../renderer/src/stores/history-problems-store';
import { useRunStore } from '../../renderer/src/stores/run-store';
import { NOW, SANDBOX_ACCOUNT, SANDBOX_ID, resetAccounts } from './accounts-support';

export const BATCH_ID = '6f1d2c1e-8a8b-4a53-9d7e-2f3b4c5d6e7f';
export const CARD_ID = 'pDm7qZu5uykJ5jew70E7wEjAyhTA';

const NO_CELL = { state: 'none' as const, at: null, error: null, needVerifyCode: false, needRemarkAmount: false };

/** A created record of the sandbox account, in review. */
export function record(patch: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    id: `op:${SANDBOX_ID}:${BATCH_ID}:d1`,
    kind: 'op',
    accountId: SANDBOX_ID,
    accountName: '示例商户（沙箱）',
    appid: SANDBOX_ACCOUNT.appid,
    batchId: BATCH_ID,
    batchName: '双十一批次',
    draftId: 'd1',
    runId: 'run-1',
    title: '满100减20代金券',
    cardType: 'CASH',
    fingerprint: 'f'.repeat(16),
    cardId: CARD_ID,
    state: 'created',
    attempts: 1,
    firstSeenAt: NOW,
    attemptedAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
    reviewStatus: 'CARD_STATUS_NOT_VERIFY',
    reviewStatusAt: NOW,
    paycell: NO_CELL,
    selfConsume: NO_CELL,
    error: null,
    findings: [],
    flags: { duplicate: false, orphan: false, adopted: false },
    duplicateOf: null,
    ...patch,
  };
}

/** A run of the batch for the sandbox account. */
export function runStatus(patch: Partial<RunStatus> = {}, counts: Partial<RunStatus['counts']> = {}): RunStatus {
  return {
    runId: 'run-1',
    batchId: BATCH_ID,
    batchName: '双十一批次',
    accountId: SANDBOX_ID,
    appid: SANDBOX_ACCOUNT.appid,
    status: 'running',
    total: 2,
    counts: { created: 0, found: 0, alreadyCreated: 0, failed: 0, retryable: 0, invalid: 0, cancelled: 0, queued: 2, inFlight: 0, unknown: 0, cellFailed: 0, ...counts },
    concurrency: { current: 4, max: 4 },
    reconciles: 0,
    duplicatesFlagged: 0,
    orphansFlagged: 0,
    startedAt: NOW,
    updatedAt: NOW,
    finishedAt: null,
    stopReason: null,
    ...patch,
  };
}

/** A console answer. */
export function consoleResult(patch: Partial<ConsoleResult> = {}): ConsoleResult {
  return {
    outcome: 'answered',
    durationMs: 12,
    response: '{\n  "errcode": 0,\n  "errmsg": "ok"\n}',
    errcode: 0,
    message: { 'zh-CN': '微信返回成功。', en: 'Weixin answered OK.' },
    fix: null,
    cardId: null,
    historyRecordId: null,
    position: null,
    findings: [],
    ...patch,
  };
}

export const ENDPOINTS: ConsoleEndpoint[] = [
  { method: 'POST', path: '/card/create', kind: 'create', label: { 'zh-CN': '创建卡券', en: 'Create a card' }, sample: '{\n  "card": {}\n}' },
  { method: 'POST', path: '/card/get', kind: 'read', label: { 'zh-CN': '查询卡券详情', en: 'Get a card' }, sample: '{\n  "card_id": ""\n}' },
  { method: 'GET', path: '/card/getcolors', kind: 'read', label: { 'zh-CN': '获取卡券颜色', en: 'Get colours' }, sample: '' },
];

/** A preflight that found none of the batch's drafts on Weixin. */
const noneOnWeixin: PreflightAnswer = {
  accountId: SANDBOX_ID,
  existingCards: { cards: 0, listCalls: 1, getCalls: 0, cached: 0, fromHistory: 0, removed: 0, cold: true },
  drafts: 2,
  matches: [],
  linked: 0,
};

/** A stored batch for the sandbox account with the given drafts. */
export function storedBatch(drafts: DraftBatch['drafts']): DraftBatch {
  return { schemaVersion: 2, id: BATCH_ID, name: '双十一批次', backEnd: 'weixin_card', accountId: SANDBOX_ID, drafts, createdAt: 1, updatedAt: 2 };
}

const ok = <T,>(data: T) => ({ ok: true as const, data });
type Listener = (payload: unknown) => void;

/** The page of these records as history:query answers it. */
export function pageOf(records: readonly HistoryRecord[]): HistoryPage {
  const byState: Record<string, number> = {};
  for (const r of records) byState[r.state] = (byState[r.state] ?? 0) + 1;
  return { total: records.length, offset: 0, records: [...records], byState };
}

/** The fake bridge: accounts (sandbox only), drafts over `batch`, batch, history over `records`, console. */
export function fakeRunBridge(options: { batch?: DraftBatch; records?: HistoryRecord[]; runs?: RunStatus[]; preflight?: PreflightAnswer; problems?: HistoryProblemView[] } = {}) {
  let problems = options.problems ?? [];
  let batch = options.batch ?? storedBatch([]);
  let records = [...(options.records ?? [])];
  const listeners = new Map<string, Set<Listener>>();
  const bridge = {
    accounts: {
      list: vi.fn(async () => ok({ accounts: [SANDBOX_ACCOUNT], problems: [], secretStorage: { persistence: 'memory', backend: 'memory', allowBasicText: false, message: { 'zh-CN': '', en: '' } } })),
    },
    drafts: {
      list: vi.fn(async () => ok({ batches: [{ id: batch.id, name: batch.name, accountId: batch.accountId, draftCount: batch.drafts.length, createdAt: 1, updatedAt: 3 }], problems: [] })),
      get: vi.fn(async () => ok(batch)),
      create: vi.fn(async () => ok(batch)),
      save: vi.fn(async ({ batch: saved }: { batch: DraftBatch }) => {
        batch = saved;
        return ok({ id: saved.id });
      }),
    },
    batch: {
      start: vi.fn(async () => ok(runStatus())),
      preflight: vi.fn(async () => ok(options.preflight ?? noneOnWeixin)),
      pause: vi.fn(async () => ok(runStatus({ status: 'paused' }))),
      resume: vi.fn(async () => ok(runStatus({ status: 'running' }))),
      cancel: vi.fn(async () => ok(runStatus({ status: 'cancelling' }))),
      status: vi.fn(async () => ok({ runs: options.runs ?? [], recovering: false })),
    },
    history: {
      query: vi.fn(async (filter: { flaggedOnly?: boolean; text?: string }) => {
        const matching = records.filter((r) => (!filter.flaggedOnly || r.flags.duplicate || r.flags.orphan) && (!filter.text || (r.cardId ?? '').includes(filter.text) || (r.title ?? '').includes(filter.text)));
        return ok(pageOf(matching));
      }),
      export: vi.fn(async ({ format }: { format: 'csv' | 'xlsx' }) => ok({ fileName: `卡券历史-20260115-120000.${format}`, rows: records.length, bytes: 3, path: null, base64: btoa('abc') })),
      refreshReview: vi.fn(async () => ok({ accounts: 1, checked: 2, changed: 1, skippedFinal: 3, remaining: 0, callsUsed: 2, failures: [] })),
      setCell: vi.fn(async ({ recordId, cell, open }: { recordId: string; cell: 'paycell' | 'selfConsume'; open: boolean }) => {
        const found = records.find((r) => r.id === recordId) ?? record();
        const updated = { ...found, [cell]: { ...found[cell], state: open ? 'set' : 'off', at: NOW } };
        records = records.map((r) => (r.id === recordId ? updated : r));
        return ok(updated);
      }),
      problems: vi.fn(async () => ok({ problems })),
      acknowledgeProblems: vi.fn(async ({ ids }: { ids?: number[] }) => {
        const before = problems.length;
        problems = problems.filter((p) => ids !== undefined && !ids.includes(p.id));
        return ok({ acknowledged: before - problems.length });
      }),
    },
    console: {
      endpoints: vi.fn(async () => ok({ endpoints: ENDPOINTS })),
      send: vi.fn(async () => ok(consoleResult())),
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
    setRecords(next: HistoryRecord[]) {
      records = next;
    },
  };
  return bridge;
}

const initial = { run: useRunStore.getInitialState(), history: useHistoryStore.getInitialState(), console: useConsoleStore.getInitialState(), problems: useHistoryProblemsStore.getInitialState() };

/** resetAccounts() plus the run, history and console stores. */
export function resetRunHistory(): void {
  resetAccounts();
  useRunStore.setState(initial.run, true);
  useHistoryStore.setState(initial.history, true);
  useConsoleStore.setState(initial.console, true);
  useHistoryProblemsStore.setState(initial.problems, true);
}
