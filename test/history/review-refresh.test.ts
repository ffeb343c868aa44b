import { afterEach, describe, expect, it } from 'vitest';
import { accountClients } from '../../main/batch/clients';
import { refreshAccountReview, type ReviewTarget } from '../../main/history/review-refresh';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from '../batch/support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

async function setUp(cards: number): Promise<{ f: EngineFixture; target: ReviewTarget; cardIds: string[]; appid: string }> {
  const account = { ...sandboxAccount(61), review: { mode: 'manual' as const } };
  fixture = await startEngineFixture({ accounts: [account] });
  const f = fixture;
  const started = await f.engine.start(await f.makeBatch(account.appid, Array.from({ length: cards }, (_, i) => couponBody(f.sandbox.clock.now(), i))));
  if (!started.ok) throw new Error(started.error.message.en);
  await f.engine.settled(started.value.runId);
  const accountId = f.accountIds.get(account.appid) ?? '';
  const client = await accountClients({ accounts: f.local.accounts, sandboxBaseUrl: () => f.sandbox.baseUrl }).clientFor(accountId);
  if (!client.ok) throw new Error('no client');
  const cardIds = f.history.all().map((r) => r.cardId as string);
  return { f, target: { accountId, appid: account.appid, client: client.value.client }, cardIds, appid: account.appid };
}

describe('review status refresh', () => {
  it('learns every decision with fewer calls than cards (status lists), then skips decided cards on the next refresh', async () => {
    const { f, target, cardIds, appid } = await setUp(8);
    const reviewCalls = () => (f.sandbox.dump().endpointCounts['/card/get'] ?? 0) + (f.sandbox.dump().endpointCounts['/card/batchget'] ?? 0);
    for (const id of cardIds.slice(0, 3)) f.sandbox.review(appid, id, { approve: true });
    for (const id of cardIds.slice(3, 5)) f.sandbox.review(appid, id, { reject: '图片不清晰' });
    const before = reviewCalls();

    const first = await refreshAccountReview(f.history, target, { maxCalls: 50, clock: f.sandbox.clock });
    expect(first).toMatchObject({ checked: 8, changed: 5, remaining: 0, skippedFinal: 0, failure: undefined });
    expect(first.callsUsed).toBeLessThan(8);
    expect(reviewCalls() - before).toBe(first.callsUsed);
    const status = (id: string) => f.history.byCardId(id)?.reviewStatus;
    expect(cardIds.slice(0, 3).map(status)).toEqual(Array(3).fill('CARD_STATUS_VERIFY_OK'));
    expect(cardIds.slice(3, 5).map(status)).toEqual(Array(2).fill('CARD_STATUS_VERIFY_FAIL'));
    expect(cardIds.slice(5).map(status)).toEqual(Array(3).fill('CARD_STATUS_NOT_VERIFY'));

    f.sandbox.review(appid, cardIds[5] as string, { approve: true });
    const second = await refreshAccountReview(f.history, target, { maxCalls: 50, clock: f.sandbox.clock });
    expect(second).toMatchObject({ skippedFinal: 5, checked: 3, changed: 1, callsUsed: 3 });
    expect(status(cardIds[5] as string)).toBe('CARD_STATUS_VERIFY_OK');
  });

  it('never makes more calls than the cap and reports what it left unchecked', async () => {
    const { f, target, cardIds, appid } = await setUp(6);
    for (const id of cardIds.slice(0, 3)) f.sandbox.review(appid, id, { approve: true });
    // One call lists the three still in review; the cap leaves the three decided ones unchecked.
    const capped = await refreshAccountReview(f.history, target, { maxCalls: 1, clock: f.sandbox.clock });
    expect(capped).toMatchObject({ callsUsed: 1, checked: 3, changed: 0, remaining: 3 });
    const rest = await refreshAccountReview(f.history, target, { maxCalls: 10, clock: f.sandbox.clock });
    expect(rest).toMatchObject({ changed: 3, remaining: 0 });
  });
});
