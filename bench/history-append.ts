import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyPaths, openHistoryStore, type HistoryStore } from '../main/history/history-store';
import type { SyncMode } from '../main/history/journal-file';
import { blankRecord, encodeEntry, snapshotPatch } from '../main/history/record';
import type { Bench } from './index';

/**
 * The card history's append (one fsync'd journal line per state transition) at 100,000 records
 * against the same append at 100, in the same run: architecture.md promises it stays ~1 ms however
 * long the history grows (no O(n) work per append). Also prints the start-up fold and a compaction.
 */
const APPENDS = 400;
const SIZES = [100, 100_000] as const;
/** Baseline first (100, datasync), then full fsync at 100, then datasync at 100,000. */
const CASES: readonly { readonly size: number; readonly syncMode: SyncMode }[] = [
  { size: SIZES[0], syncMode: 'datasync' },
  { size: SIZES[0], syncMode: 'sync' },
  { size: SIZES[1], syncMode: 'datasync' },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** A journal of `size` created cards, written as a compacted journal would be. */
async function seedJournal(dataDir: string, size: number): Promise<void> {
  const at = Date.UTC(2026, 0, 15);
  const chunks: string[] = [];
  for (let n = 0; n < size; n++) {
    const p = snapshotPatch({
      ...blankRecord(`op:acc:batch-${n % 50}:draft-${n}`, at),
      accountId: `acc-${n % 4}`,
      accountName: '小林咖啡',
      appid: `wx0000000000000a0${n % 4}`,
      batchId: `batch-${n % 50}`,
      batchName: `活动批次 ${n % 50}`,
      draftId: `draft-${n}`,
      title: `满${n % 500}减20代金券`,
      cardType: 'CASH',
      fingerprint: n.toString(16).padStart(32, '0'),
      cardId: `pDm7qZ${n.toString(36).padStart(22, '0')}`,
      state: 'created',
      attempts: 1,
      createdAt: at + n,
      reviewStatus: 'CARD_STATUS_NOT_VERIFY',
    });
    chunks.push(encodeEntry({ v: 1, e: 'rec', at, id: `op:acc:batch-${n % 50}:draft-${n}`, ev: 'snapshot', p }));
  }
  const { dir, journal } = historyPaths(dataDir);
  await mkdir(dir, { recursive: true });
  await writeFile(journal, chunks.join(''));
}

async function measureAppends(store: HistoryStore): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const id = `op:bench:draft-${i}-${Math.random().toString(36).slice(2, 8)}`;
    const start = performance.now();
    const written = await store.write(id, 'pending', { kind: 'op', accountId: 'acc-0', appid: 'wx0000000000000a00', title: `新券${i}`, state: 'pending', fingerprint: `bench-${i}` });
    times.push(performance.now() - start);
    if (!written.ok) throw new Error(written.error.message.en);
  }
  return times;
}

export const bench: Bench = {
  name: `history: fsync'd append at ${SIZES[1].toLocaleString('en')} records vs at ${SIZES[0]}`,
  async run() {
    const medians: number[] = [];
    for (const { size, syncMode } of CASES) {
      const dataDir = await mkdtemp(join(tmpdir(), 'cs-bench-history-'));
      try {
        await seedJournal(dataDir, size);
        const openStart = performance.now();
        const opened = await openHistoryStore({ dataDir, syncMode });
        const openMs = performance.now() - openStart;
        if (!opened.ok) throw new Error(opened.error.message.en);
        const store = opened.value;
        await measureAppends(store); // warm-up round (JIT, page cache)
        const times = await measureAppends(store);
        const queryStart = performance.now();
        const page = store.query({ text: '满42减', limit: 50 });
        const queryMs = performance.now() - queryStart;
        const compactStart = performance.now();
        await store.compact();
        const compactMs = performance.now() - compactStart;
        const stats = store.stats();
        await store.close();
        medians.push(median(times));
        console.log(
          `${size.toLocaleString('en').padStart(7)} records: append median ${median(times).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms (${APPENDS} appends, ${syncMode} each); ` +
            `open+fold ${openMs.toFixed(0)} ms; text query ${queryMs.toFixed(1)} ms (${page.total} hits); compaction ${compactMs.toFixed(0)} ms, ${(stats.bytes / 1e6).toFixed(1)} MB`,
        );
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
    console.log(`ratio append@${SIZES[1].toLocaleString('en')} / append@${SIZES[0]} (datasync) = ${((medians[2] ?? NaN) / (medians[0] ?? NaN)).toFixed(2)}`);
    console.log(`ratio sync / datasync at ${SIZES[0]} records = ${((medians[1] ?? NaN) / (medians[0] ?? NaN)).toFixed(2)}`);
  },
};
