import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { HistoryRecord } from '../common/ipc/channels/history';
import { historyPaths, openHistoryStore, type HistoryStore } from '../main/history/history-store';
import { blankRecord, encodeEntry, snapshotPatch } from '../main/history/record';
import { putRecord } from '../main/history/record-rows';
import { HISTORY_MIGRATIONS } from '../main/history/schema';
import { migrate, openSqlite } from '../main/storage/sqlite';
import type { Bench } from './index';

/**
 * The card history on SQLite at 100,000 records against 100, in one run (issue 8 §1):
 * open + first page (a fresh process, as `history list --limit 50`) ≤ 5×; that process's RSS at
 * 100,000 ≤ 150 MB; a title search over 100,000 ≤ 100 ms; the write-ahead protocol's append
 * (pending → unknown → created, each committed with synchronous=FULL) at 100,000 ≤ 2× at 100.
 */
const SMALL = 100;
const LARGE = 100_000;
const OPENS = 5;
const SEARCHES = 9;
const PROTOCOL_OPS = 150;
const CHILD = fileURLToPath(new URL('./history-open-child.ts', import.meta.url));
const run = promisify(execFile);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The n-th created card of a seeded history. */
function seededRecord(n: number, at: number): HistoryRecord {
  return {
    ...blankRecord(`op:acc-${n % 4}:batch-${n % 50}:draft-${n}`, at),
    accountId: `acc-${n % 4}`,
    accountName: '小林咖啡',
    appid: `wx0000000000000a0${n % 4}`,
    batchId: `batch-${n % 50}`,
    batchName: `活动批次 ${n % 50}`,
    draftId: `draft-${n}`,
    runId: `run-${n % 50}`,
    title: `满${n}减20代金券`,
    cardType: 'CASH',
    fingerprint: n.toString(16).padStart(32, '0'),
    cardId: `pDm7qZ${n.toString(36).padStart(22, '0')}`,
    state: 'created',
    attempts: 1,
    attemptedAt: at + n,
    createdAt: at + n,
    updatedAt: at + n,
    reviewStatus: 'CARD_STATUS_NOT_VERIFY',
  };
}

/** A history database of `size` created cards, written directly (seeding is not what is measured). */
function seedDatabase(dataDir: string, size: number): void {
  const db = openSqlite(historyPaths(dataDir).db);
  migrate(db, HISTORY_MIGRATIONS, Date.now());
  const at = Date.UTC(2026, 0, 15);
  db.transaction(() => {
    for (let n = 0; n < size; n++) putRecord(db, seededRecord(n, at));
  });
  db.close();
}

async function openInChild(dataDir: string): Promise<{ ms: number; rss: number; total: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as { ms: number; rss: number; total: number };
}

/** Median time of one protocol write (three per operation), on an open store. */
async function protocolAppend(store: HistoryStore, round: number): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < PROTOCOL_OPS; n++) {
    const id = `op:bench:${round}:${n}`;
    for (const patch of [
      { accountId: 'acc-0', appid: 'wx0000000000000a00', batchId: 'bench', draftId: `bench-${n}`, title: `基准券 ${n}`, fingerprint: `bench-${n}`, state: 'pending' as const },
      { state: 'unknown' as const, attempts: 1 },
      { state: 'created' as const, cardId: `pBench${round}${String(n).padStart(21, '0')}` },
    ]) {
      const started = performance.now();
      const written = await store.write(id, patch.state, patch);
      times.push(performance.now() - started);
      if (!written.ok) throw new Error(written.error.message.en);
    }
  }
  return median(times);
}

async function openStore(dataDir: string): Promise<HistoryStore> {
  const opened = await openHistoryStore({ dataDir });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER');

export const bench: Bench = {
  name: 'card history on SQLite: 100 vs 100,000 records',
  async run() {
    const root = await mkdtemp(join(tmpdir(), 'coupon-bench-history-'));
    try {
      const dirs = { small: join(root, 'small'), large: join(root, 'large') };
      for (const dir of Object.values(dirs)) await mkdir(historyPaths(dir).dir, { recursive: true });
      let started = performance.now();
      seedDatabase(dirs.small, SMALL);
      seedDatabase(dirs.large, LARGE);
      console.log(`seeded ${SMALL} and ${LARGE.toLocaleString('en')} records in ${(performance.now() - started).toFixed(0)} ms`);

      // Open + first page in a fresh process each time (the CLI's cost), alternating sizes.
      const opens = { small: [] as number[], large: [] as number[], smallRss: [] as number[], largeRss: [] as number[] };
      for (let i = 0; i < OPENS; i++) {
        const small = await openInChild(dirs.small);
        const large = await openInChild(dirs.large);
        if (small.total !== SMALL || large.total !== LARGE) throw new Error('seeded totals do not match');
        opens.small.push(small.ms);
        opens.large.push(large.ms);
        opens.smallRss.push(small.rss);
        opens.largeRss.push(large.rss);
      }
      const openRatio = median(opens.large) / median(opens.small);
      const rssMb = Math.max(...opens.largeRss) / 2 ** 20;
      console.log(`open + first page: ${median(opens.small).toFixed(1)} ms at ${SMALL}, ${median(opens.large).toFixed(1)} ms at ${LARGE.toLocaleString('en')} → ratio ${openRatio.toFixed(2)} (limit 5) ${verdict(openRatio <= 5)}`);
      console.log(`process RSS after open + first page: ${(median(opens.smallRss) / 2 ** 20).toFixed(0)} MB at ${SMALL}, max ${rssMb.toFixed(0)} MB at ${LARGE.toLocaleString('en')} (limit 150 MB) ${verdict(rssMb <= 150)}`);

      const large = await openStore(dirs.large);
      const small = await openStore(dirs.small);
      try {
        const searches: number[] = [];
        let hits = 0;
        for (let i = 0; i < SEARCHES; i++) {
          started = performance.now();
          hits = large.query({ text: `满${12_345 + i}减`, limit: 50 }).total;
          searches.push(performance.now() - started);
        }
        const searchMs = median(searches);
        console.log(`title search over ${LARGE.toLocaleString('en')} (page + total + per-state counts): ${searchMs.toFixed(1)} ms, ${hits} hit(s) (limit 100 ms) ${verdict(searchMs <= 100)}`);

        // Alternating rounds, so a noisy neighbour on the machine weighs on both sizes alike.
        const appends = { small: [] as number[], large: [] as number[] };
        for (let round = 0; round < 2; round++) {
          appends.small.push(await protocolAppend(small, round));
          appends.large.push(await protocolAppend(large, round));
        }
        const appendRatio = median(appends.large) / median(appends.small);
        console.log(
          `protocol append (one committed transition, synchronous=FULL): ${median(appends.small).toFixed(3)} ms at ${SMALL}, ${median(appends.large).toFixed(3)} ms at ${LARGE.toLocaleString('en')} → ratio ${appendRatio.toFixed(2)} (limit 2) ${verdict(appendRatio <= 2)}`,
        );
      } finally {
        await large.close();
        await small.close();
      }

      // The one-time import of a 100,000-record journal written by earlier versions.
      const legacy = join(root, 'legacy');
      await mkdir(historyPaths(legacy).dir, { recursive: true });
      const at = Date.UTC(2026, 0, 15);
      const lines: string[] = [];
      for (let n = 0; n < LARGE; n++) {
        const record = seededRecord(n, at);
        lines.push(encodeEntry({ v: 1, e: 'rec', at, id: record.id, ev: 'snapshot', p: snapshotPatch(record) }));
      }
      await writeFile(historyPaths(legacy).journal, lines.join(''));
      started = performance.now();
      const imported = await openStore(legacy);
      console.log(`import of a ${LARGE.toLocaleString('en')}-record journal.jsonl (fold, insert, verify, rename): ${(performance.now() - started).toFixed(0)} ms, ${imported.size.toLocaleString('en')} records`);
      await imported.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
