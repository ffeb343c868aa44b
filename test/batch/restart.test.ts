// The engine is dropped mid-batch as a killed process would be (no cleanup, nothing more written),
// then a new one opens the same data directory: it reconciles before sending anything new.
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore, type HistoryStore } from '../../main/history/history-store';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

/** The history as a fresh process reads it from disk (read-only, its own connection). */
async function readFromDisk(dataDir: string): Promise<HistoryStore> {
  const opened = await openHistoryStore({ dataDir, readOnly: true });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

describe('restart after a crash mid-batch', () => {
  it('reconciles every pending/unknown create first, adopts the cards that exist, then resumes without a duplicate or a lost card_id', async () => {
    const account = { ...sandboxAccount(51), concurrency: 4 };
    const never = new Promise<void>(() => undefined);
    let killed = false;
    let sends = 0;
    let answered = 0;
    let answeredAll = 0;
    let markKilled: () => void = () => undefined;
    const killedAt = new Promise<void>((resolve) => (markKilled = resolve));
    fixture = await startEngineFixture({
      accounts: [account],
      sandbox: { faults: { '/card/create': { probability: 1, kinds: [{ kind: 'latency', ms: 25 }] } } },
      engine: {
        hooks: {
          // The 10th create stops for good right after `pending` is on disk (killed before sending);
          // at the 13th answer the process "dies": that answer, and any other still on the wire, is
          // never journaled ("created but response lost").
          beforeSend: () => (killed || ++sends === 10 ? never : undefined),
          afterSend: () => {
            answeredAll++;
            if (killed) return never;
            if (++answered < 13) return undefined;
            killed = true;
            fixture?.history.abandon();
            markKilled();
            return never;
          },
        },
      },
    });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 40 }, (_, i) => couponBody(f.sandbox.clock.now(), i)));
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const runId = started.value.runId;
    await killedAt;
    // Nothing runs after the kill but the requests already on the wire: wait until each was answered
    // (they commit on the server; nobody journals them).
    await expect.poll(() => answeredAll === (f.sandbox.dump().endpointCounts['/card/create'] ?? -1)).toBe(true);

    const onDisk = await readFromDisk(f.dataDir);
    const unfinished = onDisk.unfinishedOps();
    expect(unfinished.some((r) => r.state === 'pending')).toBe(true);
    expect(unfinished.some((r) => r.state === 'unknown')).toBe(true);
    const serverBefore = f.sandbox.dump().accounts[account.appid]?.cards.map((c) => c.cardId) ?? [];
    const unjournaled = serverBefore.filter((id) => !onDisk.byCardId(id));
    await onDisk.close();
    expect(unjournaled.length).toBeGreaterThan(0);

    await f.restart({ hooks: {} });
    const createsBefore = f.sandbox.dump().endpointCounts['/card/create'] ?? 0;
    const recovery = await f.engine.ready;
    expect(f.sandbox.dump().endpointCounts['/card/create'] ?? 0).toBe(createsBefore);
    expect(recovery).toMatchObject({ found: unfinished.length, adopted: unjournaled.length, unresolved: 0, interruptedRuns: 1 });
    expect(recovery.requeued).toBe(unfinished.length - unjournaled.length);
    for (const id of unjournaled) expect(f.history.byCardId(id)?.flags.adopted).toBe(true);
    expect(f.engine.status(runId)?.status).toBe('interrupted');

    const resumed = await f.engine.resume(runId);
    expect(resumed.ok).toBe(true);
    const final = await f.engine.settled(runId);
    expect(final).toMatchObject({ status: 'done', counts: { created: 40, unknown: 0, queued: 0 } });
    const cards = f.sandbox.dump().accounts[account.appid]?.cards ?? [];
    expect(cards.length).toBe(40);
    const inHistory = new Set(f.history.all().map((r) => r.cardId));
    expect(cards.filter((c) => !inHistory.has(c.cardId))).toEqual([]);
    expect(f.history.all().filter((r) => r.kind === 'orphan')).toEqual([]);
    expect(f.history.unfinishedOps()).toEqual([]);
  });

  it('sends nothing for an account while Weixin cannot confirm the outcome of a create cut short by the crash', async () => {
    const account = { ...sandboxAccount(52), concurrency: 1 };
    const never = new Promise<void>(() => undefined);
    let answers = 0;
    fixture = await startEngineFixture({
      accounts: [account],
      engine: {
        hooks: {
          afterSend: () => {
            if (++answers < 3) return undefined;
            fixture?.history.abandon();
            return never;
          },
        },
      },
    });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, Array.from({ length: 6 }, (_, i) => couponBody(f.sandbox.clock.now(), i)));
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    await expect.poll(() => answers).toBe(3);

    // Weixin's card list cannot be read: the third create's outcome cannot be confirmed.
    f.sandbox.setFaults('/card/batchget', { probability: 1, kinds: [{ kind: 'http502' }] });
    await f.restart({ hooks: {} });
    const recovery = await f.engine.ready;
    expect(recovery).toMatchObject({ found: 1, adopted: 0, unresolved: 1 });
    const creates = f.sandbox.dump().endpointCounts['/card/create'];
    const refused = await f.engine.resume(started.value.runId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'recovery_pending' } });
    expect(f.sandbox.dump().endpointCounts['/card/create']).toBe(creates);

    f.sandbox.setFaults('/card/batchget', undefined);
    const resumed = await f.engine.resume(started.value.runId);
    expect(resumed.ok).toBe(true);
    const final = await f.engine.settled(started.value.runId);
    expect(final).toMatchObject({ status: 'done', counts: { created: 6 } });
    const cards = f.sandbox.dump().accounts[account.appid]?.cards ?? [];
    expect(cards.length).toBe(6);
    expect(f.history.all().filter((r) => r.flags.adopted).length).toBe(1);
  });
});
