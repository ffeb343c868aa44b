import { afterEach, describe, expect, it } from 'vitest';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

/** Resolves on the first draft event matching `accept`. */
function onDraft(f: EngineFixture, accept: (e: { phase: string; state: string | null }) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = f.engine.subscribe((event) => {
      if (event.scope === 'draft' && accept(event)) {
        stop();
        resolve();
      }
    });
  });
}

describe('pause, resume, cancel', () => {
  it('pause stops starting drafts (the one in flight finishes); resume creates the rest, each once', async () => {
    const account = { ...sandboxAccount(41), concurrency: 1 };
    fixture = await startEngineFixture({ accounts: [account], sandbox: { faults: { '/card/create': { probability: 1, kinds: [{ kind: 'latency', ms: 30 }] } } } });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 8 }, (_, i) => couponBody(f.sandbox.clock.now(), i)));
    const firstDone = onDraft(f, (e) => e.phase === 'done');
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const runId = started.value.runId;
    await firstDone;
    const paused = await f.engine.pause(runId);
    expect(paused.ok && paused.value.status).toBe('paused');
    const drained = await new Promise<number>((resolve) => {
      const check = () => {
        const status = f.engine.status(runId);
        if (status?.status === 'paused' && status.counts.inFlight === 0) {
          stop();
          resolve(status.counts.created);
        }
      };
      const stop = f.engine.subscribe(check);
      check();
    });
    expect(drained).toBeLessThan(8);
    expect(f.sandbox.dump().accounts[account.appid]?.cards.length).toBe(drained);

    const resumed = await f.engine.resume(runId);
    expect(resumed.ok && resumed.value.status).toBe('running');
    const final = await f.engine.settled(runId);
    expect(final).toMatchObject({ status: 'done', counts: { created: 8 } });
    expect(f.sandbox.dump().accounts[account.appid]?.cards.length).toBe(8);
  });

  it('cancel stops the run; a create already sent is still reconciled and its late card recorded', async () => {
    const account = { ...sandboxAccount(42), concurrency: 1 };
    fixture = await startEngineFixture({
      accounts: [account],
      // The third create commits 300 ms later whether or not anyone is still waiting.
      sandbox: { faults: { '/card/create': { script: [{ kind: 'none' }, { kind: 'none' }, { kind: 'slow-commit', delayMs: 300 }] } } },
      engine: { settleDelayMs: 500 },
    });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 10 }, (_, i) => couponBody(f.sandbox.clock.now(), i)));
    let creating = 0;
    const third = onDraft(f, (e) => e.phase === 'creating' && ++creating === 3);
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    await third;
    const cancelling = await f.engine.cancel(started.value.runId);
    expect(cancelling.ok && cancelling.value.status).toBe('cancelling');
    const final = await f.engine.settled(started.value.runId);

    expect(final).toMatchObject({ status: 'cancelled', counts: { created: 3, queued: 7, unknown: 0 } });
    const cards = f.sandbox.dump().accounts[account.appid]?.cards ?? [];
    expect(cards.length).toBe(3);
    const inHistory = new Set(f.history.all().map((r) => r.cardId));
    expect(cards.every((c) => inHistory.has(c.cardId))).toBe(true);
    const late = f.history.all().find((r) => r.title === '测试券2号');
    expect(late).toMatchObject({ state: 'created', flags: { adopted: true } });
    expect(f.history.all().filter((r) => r.kind === 'orphan')).toEqual([]);
  });
});
