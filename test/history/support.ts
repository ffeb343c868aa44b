// History stores over temp data dirs, and records to put in them.
import { fixedClock, type Clock } from '../../common/clock';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import { openHistoryStore, type HistoryStore, type HistoryStoreOptions } from '../../main/history/history-store';
import type { RecordPatch } from '../../main/history/record';

export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** A clock the test moves by hand. */
export function manualClock(start = T0): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

/** Opens the history of a data dir, failing the test if it cannot. */
export async function openStore(dataDir: string, options: Partial<HistoryStoreOptions> = {}): Promise<HistoryStore> {
  const opened = await openHistoryStore({ dataDir, clock: fixedClock(T0), ...options });
  if (!opened.ok) throw new Error(`history did not open: ${opened.error.code}`);
  return opened.value;
}

/** The fields of a created card's record. */
export function createdPatch(n: number, extra: RecordPatch = {}): RecordPatch {
  return {
    kind: 'op',
    accountId: n % 2 === 0 ? 'acc-a' : 'acc-b',
    accountName: n % 2 === 0 ? '小林咖啡' : '大林茶饮',
    appid: n % 2 === 0 ? 'wx00000000000000aa' : 'wx00000000000000bb',
    batchId: `batch-${n % 3}`,
    batchName: `三月活动 ${n % 3}`,
    draftId: `draft-${n}`,
    runId: 'run-1',
    title: `满${n}减5代金券`,
    cardType: 'CASH',
    fingerprint: `fp-${n}`,
    cardId: `pDm7qZ${String(n).padStart(22, '0')}`,
    state: 'created',
    attempts: 1,
    createdAt: T0 + n * 1000,
    reviewStatus: 'CARD_STATUS_NOT_VERIFY',
    ...extra,
  };
}

/** Writes a record through its transitions pending → unknown → created, as the engine does. */
export async function writeCreated(store: HistoryStore, n: number, extra: RecordPatch = {}): Promise<HistoryRecord> {
  const id = `op:${n}`;
  const { cardId, state: _state, ...base } = createdPatch(n, extra);
  for (const [event, patch] of [
    ['pending', { ...base, state: 'pending' }],
    ['unknown', { state: 'unknown', attempts: 1 }],
    ['created', { state: 'created', cardId, ...extra }],
  ] as const) {
    const written = await store.write(id, event, patch as RecordPatch);
    if (!written.ok) throw new Error(written.error.message.en);
  }
  const record = store.get(id);
  if (!record) throw new Error('record missing');
  return record;
}
