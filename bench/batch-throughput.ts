import { createWeixinClient } from '../main/wechat';
import { couponBody, sandboxAccount, startEngineFixture } from '../test/batch/support';
import type { Bench } from './index';

/**
 * The batch engine against its lower bound and against a plain one-call-at-a-time script, in the
 * same run, with 50 ms of latency injected on every sandbox endpoint. Each draft needs two calls on
 * its critical path (card/create, then card/paycell/set); the run adds one token fetch and one
 * card/batchget (the account's baseline). Lower bound = (2 + 2·N / concurrency) × latency. The
 * engine journals every transition with fsync (three lines per draft) on top.
 */
const DRAFTS = 120;
const LATENCY_MS = 50;
const CONCURRENCY = 4;

export const bench: Bench = {
  name: `batch: ${DRAFTS} drafts (create + paycell) at ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, vs lower bound and vs sequential`,
  async run() {
    const engineAccount = { ...sandboxAccount(901), concurrency: CONCURRENCY };
    const scriptAccount = sandboxAccount(902);
    const fixture = await startEngineFixture({
      accounts: [engineAccount, scriptAccount],
      sandbox: { faults: { '*': { probability: 1, kinds: [{ kind: 'latency', ms: LATENCY_MS }] } } },
      client: { timeouts: { createMs: 5_000, readMs: 5_000, writeMs: 5_000, tokenMs: 5_000 } },
    });
    try {
      const now = fixture.sandbox.clock.now();
      const batchId = await fixture.makeBatch(engineAccount.appid, Array.from({ length: DRAFTS }, (_, i) => couponBody(now, i)), () => ({ paycell: true }));
      const engineStart = performance.now();
      const started = await fixture.engine.start(batchId);
      if (!started.ok) throw new Error(started.error.message.en);
      const final = await fixture.engine.settled(started.value.runId);
      const engineMs = performance.now() - engineStart;
      if (final?.counts.created !== DRAFTS) throw new Error(`engine created ${final?.counts.created ?? 0}`);

      // The same work the way a plain SDK script does it: one call after the other, nothing journaled.
      const client = createWeixinClient({ appid: scriptAccount.appid, secret: async () => scriptAccount.secret, baseUrl: fixture.sandbox.baseUrl });
      if (!client.ok) throw new Error('client');
      const scriptStart = performance.now();
      for (let i = 0; i < DRAFTS; i++) {
        const created = await client.value.createCard(couponBody(now, 10_000 + i));
        if (!created.ok) throw new Error(created.error.message.en);
        const cell = await client.value.setPaycell(created.value.cardId, true);
        if (!cell.ok) throw new Error(cell.error.message.en);
      }
      const scriptMs = performance.now() - scriptStart;

      const lowerBound = (2 + (2 * DRAFTS) / CONCURRENCY) * LATENCY_MS;
      const sequentialBound = (1 + 2 * DRAFTS) * LATENCY_MS;
      console.log(`lower bound (critical path × latency ÷ concurrency): ${lowerBound.toFixed(0)} ms`);
      console.log(`engine:     ${engineMs.toFixed(0)} ms  → ratio engine / lower bound = ${(engineMs / lowerBound).toFixed(2)}`);
      console.log(`sequential: ${scriptMs.toFixed(0)} ms (its own bound ${sequentialBound} ms) → ratio sequential / engine = ${(scriptMs / engineMs).toFixed(2)}`);
      const stats = fixture.history.stats();
      console.log(`history: ${stats.records} records in ${stats.flushes} commits (group commit) for ${DRAFTS} drafts`);
    } finally {
      await fixture.stop();
    }
  },
};
