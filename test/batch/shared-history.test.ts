// 商家券 and Weixin cards share one history: a stock operation a killed `stocks create` left
// `unknown` belongs to the stock engine. The card engine's start-up recovery must not take it for a
// card missing from Weixin (nor report it unresolved), and it must not block the card account.
import { afterEach, describe, expect, it } from 'vitest';
import { cardBackEnd } from '../../main/batch/card-back-end';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

describe('a history shared with 商家券', () => {
  it('the card engine leaves an unknown stock operation to the stock engine and still creates cards', async () => {
    const account = sandboxAccount(61);
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const accountId = f.accountIds.get(account.appid) ?? '';
    // A stock of the same account id: what a killed stocks create leaves (sent, no answer).
    const stock = await f.history.write('op-stock-1', 'unknown', {
      kind: 'op',
      accountId,
      accountName: 'merchant',
      appid: '1900009231',
      batchId: 'stock-batch',
      batchName: '商家券',
      draftId: 'stock-draft',
      runId: null,
      title: '满100减20元',
      cardType: 'BUSIFAVOR_NORMAL',
      findings: [],
      state: 'unknown',
      attempts: 1,
    });
    expect(stock.ok).toBe(true);
    expect(cardBackEnd.owns({ cardType: 'BUSIFAVOR_NORMAL' })).toBe(false);
    expect(cardBackEnd.owns({ cardType: 'CASH' })).toBe(true);

    await f.restart();
    const report = await f.engine.ready;
    expect(report).toMatchObject({ found: 0, unresolved: 0 });

    const batchId = await f.makeBatch(account.appid, [couponBody(f.sandbox.clock.now(), 1)]);
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(`${started.error.code}: ${started.error.message.en}`);
    const done = await f.waitForStatus(started.value.runId, ['done', 'stopped', 'interrupted']);
    expect(done.status).toBe('done');
    // The stock operation is untouched: still the stock engine's to replay.
    expect(f.history.get('op-stock-1')?.state).toBe('unknown');
  });
});
