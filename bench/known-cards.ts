import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../common/clock';
import { fingerprintOfBody } from '../main/batch/fingerprint';
import { syncKnownCards, type KnownCardsReport } from '../main/batch/known-cards';
import { openHistoryStore, type HistoryStore } from '../main/history/history-store';
import type { HistoryRecord } from '../common/ipc/channels/history';
import { couponBody, sandboxAccount, sandboxWithClient } from '../test/batch/support';
import type { Bench } from './index';

/** Account sizes to measure: the 2,000 and 10,000 cards. */
const SIZES = [2_000, 10_000];
const LIMIT = { daily: 100_000_000, perMinute: 100_000_000 };

/** One sync's time and calls. */
async function timed(run: () => ReturnType<typeof syncKnownCards>): Promise<{ ms: number; report: KnownCardsReport }> {
  const start = performance.now();
  const synced = await run();
  const ms = performance.now() - start;
  if (!synced.ok) throw new Error(synced.error.failure.message.en);
  return { ms, report: synced.value.report };
}

const calls = (r: KnownCardsReport) => `${r.listCalls + r.getCalls} calls (batchget ${r.listCalls}, get ${r.getCalls})`;

/**
 * What knowing an account's existing cards costs before a run's first create, over loopback HTTP
 * against the sandbox: cold (empty cache: every card read with card/get), cached (the cache
 * answers; only the card/batchget pages are read), and a cold cache whose cards the history
 * created (their fingerprints are in the records: no card/get either). Ratios in the same run.
 */
export const bench: Bench = {
  name: `known cards: the lookup before a run at ${SIZES.join(' and ')} cards, cold vs cached vs history-known`,
  async run() {
    for (const size of SIZES) {
      const account = sandboxAccount(950 + size / 1000);
      const { sandbox, client } = await sandboxWithClient(account);
      for (const path of ['/card/create', '/card/get', '/card/batchget']) sandbox.setQuota(path, LIMIT);
      const dataDir = await mkdtemp(join(tmpdir(), 'cs-bench-known-'));
      const stores: HistoryStore[] = [];
      try {
        const now = sandbox.clock.now();
        const made = new Map<string, string>();
        for (let next = 0; next < size; ) {
          const chunk = Array.from({ length: Math.min(50, size - next) }, (_, i) => couponBody(now, next + i));
          const answers = await Promise.all(chunk.map((body) => client.createCard(body)));
          answers.forEach((answer, i) => {
            if (!answer.ok) throw new Error(answer.error.message.en);
            made.set(answer.value.cardId, fingerprintOfBody(chunk[i]) ?? '');
          });
          next += chunk.length;
        }
        // The cache lives in the history database (known_cards); a second database stands for "reopened".
        const open = async (dir: string) => {
          const opened = await openHistoryStore({ dataDir: dir });
          if (!opened.ok) throw new Error(opened.error.message.en);
          stores.push(opened.value);
          return opened.value;
        };
        const store = await open(dataDir);
        const noHistory = { byCardId: () => undefined };
        const target = { accountId: 'bench', appid: account.appid, client };
        const reopen = async () => {
          await store.close();
          return open(dataDir);
        };
        const cold = await timed(() => syncKnownCards({ store, history: noHistory, clock: systemClock }, target));
        const cached = await timed(() => syncKnownCards({ store, history: noHistory, clock: systemClock }, target));
        const reopenedStore = await reopen();
        const reopened = await timed(() => syncKnownCards({ store: reopenedStore, history: noHistory, clock: systemClock }, target));
        const history = { byCardId: (cardId: string) => ({ kind: 'op', appid: account.appid, fingerprint: made.get(cardId) ?? null, title: null, cardType: 'CASH', reviewStatus: null, createdAt: null }) as unknown as HistoryRecord };
        const otherStore = await open(join(dataDir, 'other'));
        const fromHistory = await timed(() => syncKnownCards({ store: otherStore, history, clock: systemClock }, { ...target, accountId: 'bench2' }));
        console.log(`${size} cards:`);
        console.log(`  cold (empty cache):       ${cold.ms.toFixed(0)} ms, ${calls(cold.report)}`);
        console.log(`  cached (same process):    ${cached.ms.toFixed(0)} ms, ${calls(cached.report)} → cold / cached = ${(cold.ms / cached.ms).toFixed(1)}×, calls ${((cold.report.listCalls + cold.report.getCalls) / (cached.report.listCalls + cached.report.getCalls)).toFixed(0)}×`);
        console.log(`  cached (database reopened):${reopened.ms.toFixed(0)} ms, ${calls(reopened.report)} → cold / reopened = ${(cold.ms / reopened.ms).toFixed(1)}×`);
        console.log(`  history-known, cold cache:  ${fromHistory.ms.toFixed(0)} ms, ${calls(fromHistory.report)} (${fromHistory.report.fromHistory} from the history)`);
        console.log(`  per card, cold: ${(cold.ms / size).toFixed(3)} ms; cached: ${(cached.ms / size).toFixed(4)} ms`);
      } finally {
        for (const opened of stores) await opened.close().catch(() => undefined);
        await sandbox.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  },
};
