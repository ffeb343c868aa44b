// The write-ahead protocol is the back end's to use, not the card path's: the same engine runs a
// replay-idempotent back end (a request key, no list-all endpoint) over a real loopback server
// that loses answers after committing them, with 0 duplicates, 0 lost.
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineFixture } from './support';
import { couponBody, sandboxAccount, startEngineFixture } from './support';
import { replayBackEnd, requestKeyOf, startReplayServer, type ReplayServer } from './support/replay-back-end';

const CLIENT_TIMEOUT_MS = 250;

let fixture: EngineFixture | undefined;
let server: ReplayServer | undefined;
afterEach(async () => {
  await fixture?.stop();
  await server?.stop();
  fixture = undefined;
  server = undefined;
});

/** Every stored object is some record's remote id, each record's id is stored, and no draft has two. */
function ledger(f: EngineFixture, s: ReplayServer) {
  const records = f.history.all().filter((r) => r.kind === 'op');
  const remote = new Set([...s.objects.values()].map((o) => o.id));
  const local = new Set(records.flatMap((r) => (r.cardId ? [r.cardId] : [])));
  const perBody = new Map<string, number>();
  for (const object of s.objects.values()) perBody.set(object.body, (perBody.get(object.body) ?? 0) + 1);
  return {
    lost: [...remote].filter((id) => !local.has(id)),
    phantom: [...local].filter((id) => !remote.has(id)),
    duplicates: [...perBody.values()].reduce((n, count) => n + count - 1, 0),
    unresolved: records.filter((r) => r.state === 'pending' || r.state === 'unknown').length,
    created: records.filter((r) => r.state === 'created').length,
  };
}

describe('a replay-idempotent back end under the same protocol', () => {
  it('settles answers lost after commit (reset, timeout, 502) by replaying the committed key: 0 duplicates, 0 lost', async () => {
    server = await startReplayServer({ faultEvery: 3, holdMs: CLIENT_TIMEOUT_MS * 3 });
    const account = sandboxAccount(71);
    const drafts = { get: (id: string) => (fixture as EngineFixture).local.drafts.get(id) };
    fixture = await startEngineFixture({ accounts: [account], engine: { backEnd: replayBackEnd(server, drafts, CLIENT_TIMEOUT_MS), settleDelayMs: 20 } });
    const now = fixture.sandbox.clock.now();
    const batchId = await fixture.makeBatch(account.appid, Array.from({ length: 60 }, (_, i) => couponBody(now, i)));
    const run = await fixture.engine.start(batchId);
    if (!run.ok) throw new Error(run.error.message.en);
    const final = await fixture.engine.settled(run.value.runId);

    expect(final?.status).toBe('done');
    expect(server.faults['reset-after-commit']).toBeGreaterThan(0);
    expect(server.faults['timeout-after-commit']).toBeGreaterThan(0);
    expect(server.faults['502-after-commit']).toBeGreaterThan(0);
    expect(ledger(fixture, server)).toEqual({ lost: [], phantom: [], duplicates: 0, unresolved: 0, created: 60 });
    expect(server.objects.size).toBe(60);
    // Every lost answer was settled by a replay of the same key (a concurrent pass may replay a key first): sent again, never stored twice.
    const faulted = Object.values(server.faults).reduce((n, v) => n + v, 0);
    expect([...server.sends.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(faulted);
    expect(fixture.engine.stats().ambiguous).toBeGreaterThan(0);
    // The key each record committed is the one the server holds its object under.
    for (const record of fixture.history.all().filter((r) => r.kind === 'op')) expect(server.objects.get(requestKeyOf(record))?.id).toBe(record.cardId);
  }, 60_000);
});
