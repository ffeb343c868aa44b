// A card that lands after reconcile confirmed its absence (the server was slower than the settle
// delay): it is never lost — adopted by its draft if the draft has no card, else flagged as a duplicate.
import { afterEach, describe, expect, it } from 'vitest';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

/**
 * The first create commits 2.5 s late (the client gives up at 400 ms; reconcile looks after 50 ms): far
 * enough apart that a loaded machine still sees the card arrive after reconcile confirmed it absent.
 */
async function lateFirstCreate(maxAttempts: number): Promise<{ f: EngineFixture; accountId: string; appid: string }> {
  const account = { ...sandboxAccount(81), concurrency: 1 };
  fixture = await startEngineFixture({
    accounts: [account],
    sandbox: { faults: { '/card/create': { script: [{ kind: 'slow-commit', delayMs: 2_500 }] } } },
    engine: { settleDelayMs: 50, maxAttempts },
  });
  const f = fixture;
  const started = await f.engine.start(await f.makeBatch(account.appid, [couponBody(f.sandbox.clock.now(), 1)]));
  if (!started.ok) throw new Error(started.error.message.en);
  await f.engine.settled(started.value.runId);
  return { f, accountId: f.accountIds.get(account.appid) ?? '', appid: account.appid };
}

describe('late cards', () => {
  it('flags the late card as a duplicate of the draft that was resent, never hides it', async () => {
    const { f, accountId, appid } = await lateFirstCreate(3);
    const op = f.history.all().find((r) => r.kind === 'op');
    expect(op).toMatchObject({ state: 'created', attempts: 2 });
    await expect.poll(() => f.sandbox.dump().accounts[appid]?.cards.length, { timeout: 10_000 }).toBe(2);

    const pass = await f.engine.reconcileAccount(accountId);
    expect(pass.ok && pass.value.duplicates.length).toBe(1);
    const duplicate = f.history.all().find((r) => r.kind === 'orphan');
    expect(duplicate).toMatchObject({ state: 'orphan', flags: { duplicate: true, orphan: true }, duplicateOf: op?.id, draftId: op?.draftId, title: '测试券1号' });
    const cards = f.sandbox.dump().accounts[appid]?.cards.map((c) => c.cardId) ?? [];
    expect(new Set(f.history.all().map((r) => r.cardId))).toEqual(new Set(cards));
  });

  it('gives the late card to its draft when the draft had given up (attempts exhausted)', async () => {
    const { f, accountId, appid } = await lateFirstCreate(1);
    expect(f.history.all().find((r) => r.kind === 'op')).toMatchObject({ state: 'failed', error: { kind: 'attempts_exhausted' } });
    await expect.poll(() => f.sandbox.dump().accounts[appid]?.cards.length, { timeout: 10_000 }).toBe(1);

    const pass = await f.engine.reconcileAccount(accountId);
    expect(pass.ok && pass.value.adopted.length).toBe(1);
    const op = f.history.all().find((r) => r.kind === 'op');
    expect(op).toMatchObject({ state: 'created', cardId: f.sandbox.dump().accounts[appid]?.cards[0]?.cardId, flags: { adopted: true } });
    expect(f.history.all().filter((r) => r.kind === 'orphan')).toEqual([]);
  });

  it('creates identical drafts one after the other, so a reconciled card goes to the right one and each gets exactly one', async () => {
    const account = { ...sandboxAccount(82), concurrency: 4 };
    fixture = await startEngineFixture({
      accounts: [account],
      // The first create commits and its answer is lost; the others go through.
      sandbox: { faults: { '/card/create': { script: [{ kind: 'timeout-after-commit', holdMs: 1_000 }] } } },
    });
    const f = fixture;
    const same = couponBody(f.sandbox.clock.now(), 7);
    const started = await f.engine.start(await f.makeBatch(account.appid, [same, same, same]));
    if (!started.ok) throw new Error(started.error.message.en);
    const final = await f.engine.settled(started.value.runId);

    expect(final?.counts).toMatchObject({ created: 3, failed: 0 });
    const cards = f.sandbox.dump().accounts[account.appid]?.cards.map((c) => c.cardId) ?? [];
    expect(cards.length).toBe(3);
    const ops = f.history.all().filter((r) => r.kind === 'op');
    expect(new Set(ops.map((r) => r.cardId))).toEqual(new Set(cards));
    expect(ops.filter((r) => r.flags.adopted).length).toBe(1);
    expect(f.history.all().filter((r) => r.kind === 'orphan')).toEqual([]);
    // Never two identical creates in flight: each draft is done before the next one is sent.
    const phases = f.progress.flatMap((p) => (p.scope === 'draft' && (p.phase === 'creating' || p.phase === 'done') ? [p.phase] : []));
    expect(phases).toEqual(['creating', 'done', 'creating', 'done', 'creating', 'done']);
  });
});
