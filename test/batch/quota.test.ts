import { afterEach, describe, expect, it } from 'vitest';
import type { RunProgress } from '../../common/ipc/channels/batch';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

const DAY_MS = 86_400_000;

describe('quotas', () => {
  it('halves the account concurrency on 45011, waits for the next minute, and still creates every draft once', async () => {
    const account = { ...sandboxAccount(31), concurrency: 4, quotas: { '/card/create': { perMinute: 3 } } };
    // Waiting for the next minute moves the sandbox's virtual clock instead of sleeping.
    const clockRef: { clock?: EngineFixture['sandbox']['clock'] } = {};
    fixture = await startEngineFixture({
      accounts: [account],
      engine: {
        sleep: async (ms) => clockRef.clock?.advance(ms),
        recoverAfter: 2,
      },
    });
    const f = fixture;
    clockRef.clock = f.sandbox.clock;
    const startedAt = f.sandbox.clock.now();
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 12 }, (_, i) => couponBody(startedAt, i)));
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const final = await f.engine.settled(started.value.runId);

    expect(final?.counts.created).toBe(12);
    expect(f.sandbox.dump().accounts[account.appid]?.cards.length).toBe(12);
    expect(f.engine.stats().minuteQuota).toBeGreaterThan(0);
    const seen = f.progress.filter((p): p is RunProgress => p.scope === 'batch').map((p) => p.run.concurrency.current);
    expect(Math.min(...seen)).toBeLessThan(4);
    expect(seen[0]).toBe(4);
    // 12 creates at 3 a minute span at least four calendar minutes: three boundaries crossed.
    expect(f.sandbox.clock.now() - startedAt).toBeGreaterThan(2 * 60_000);
  });

  it('stops on 45009 keeping the rest queued, and resumes the next (virtual) day after a restart, sending each draft once', async () => {
    const account = { ...sandboxAccount(32), concurrency: 2, quotas: { '/card/create': { daily: 5 } } };
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 9 }, (_, i) => couponBody(f.sandbox.clock.now(), i)));
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const stopped = await f.engine.settled(started.value.runId);

    expect(stopped).toMatchObject({ status: 'quota_stopped', counts: { created: 5, queued: 4, failed: 0 }, stopReason: { errcode: 45009 } });
    expect(stopped?.stopReason?.message['zh-CN']).toContain('45009');
    expect(f.sandbox.dump().accounts[account.appid]?.cards.length).toBe(5);
    const refused = f.history.all().filter((r) => r.state === 'queued');
    expect(refused.every((r) => r.error?.errcode === 45009)).toBe(true);

    // The app closes; the next day it opens again: the run is still there, quota-stopped, resumable.
    await f.restart();
    await f.engine.ready;
    expect(f.engine.status(started.value.runId)?.status).toBe('quota_stopped');
    f.sandbox.clock.advance(DAY_MS);
    const resumed = await f.engine.resume(started.value.runId);
    expect(resumed.ok).toBe(true);
    const done = await f.engine.settled(started.value.runId);

    expect(done).toMatchObject({ status: 'done', counts: { created: 9, queued: 0 } });
    const cards = f.sandbox.dump().accounts[account.appid]?.cards ?? [];
    expect(cards.length).toBe(9);
    const titles = cards.map((c) => (JSON.parse(c.rawBody) as { card: { cash: { base_info: { title: string } } } }).card.cash.base_info.title);
    expect(new Set(titles).size).toBe(9);
  });
});
