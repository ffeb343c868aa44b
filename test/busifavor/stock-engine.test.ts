// 商家券 stocks under the one write-ahead protocol, over real HTTP against the simulator: the
// out_request_no committed before the first send is the one WeChat Pay holds, a local logo goes
// through the marketing image upload once, and answers lost every way (reset, timeout, 500, 429,
// a 502 or a badly signed answer after commit) settle by replaying the committed number.
import { afterEach, describe, expect, it } from 'vitest';
import { localImageRef } from '../../common/coupon/local-image';
import { outRequestNoOf } from '../../main/busifavor/stock-back-end';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { T0 } from '../wechatpay/pay-support';
import { lostAnswerFaults, startStockFixture, stockBody, stockLedger, type StockFixture } from './support';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const STOCKS = '/v3/marketing/busifavor/stocks';

let fixture: StockFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

async function runBatch(f: StockFixture, bodies: Record<string, unknown>[]) {
  const batchId = await f.makeBatch(bodies);
  const run = await f.engine.start(batchId);
  if (!run.ok) throw new Error(run.error.message.en);
  return f.engine.settled(run.value.runId);
}

describe('stocks through the batch engine (§2.2)', () => {
  it('creates each stock once with the out_request_no its record committed; a local logo is uploaded once', async () => {
    fixture = await startStockFixture();
    const hash = await fixture.local.images.put(PNG, 'png');
    if (!hash.ok) throw new Error('image not stored');
    const bodies = [0, 1, 2].map((n) => {
      const body = stockBody(T0, n);
      (body.display_pattern_info as Record<string, unknown>).merchant_logo_url = localImageRef(hash.value);
      return body;
    });
    const final = await runBatch(fixture, bodies);

    expect(final?.status).toBe('done');
    expect(stockLedger(fixture)).toEqual({ lost: 0, phantom: 0, duplicated: 0, unresolved: 0, created: 3 });
    const dump = fixture.sandbox.dump().merchants[DEMO_MERCHANT.mchid];
    expect(dump?.images).toHaveLength(1);
    for (const record of fixture.history.all()) {
      const stock = dump?.stocks.find((s) => s.stockId === record.cardId);
      const sent = JSON.parse(stock?.rawBody ?? '{}') as { out_request_no: string; display_pattern_info: { merchant_logo_url: string } };
      expect(sent.out_request_no).toBe(outRequestNoOf(record));
      expect(sent.display_pattern_info.merchant_logo_url).toBe(dump?.images[0]);
      expect(record).toMatchObject({ state: 'created', cardType: 'BUSIFAVOR_NORMAL', title: expect.stringMatching(/^测试批次\d号$/) });
    }
  });

  it('an invalid stock is recorded with its findings and never sent', async () => {
    fixture = await startStockFixture();
    const body = stockBody(T0, 9);
    body.stock_name = '一二三四五六七八九十一二三四五六七八九十一二';
    const final = await runBatch(fixture, [body]);
    expect(final?.counts).toMatchObject({ invalid: 1 });
    const [record] = fixture.history.all();
    expect(record?.findings[0]).toMatchObject({ path: 'stock_name' });
    expect(fixture.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks).toHaveLength(0);
  });
});

describe('the stock fault suite (seeded)', () => {
  it('answers lost after commit, 500, 429 and bad signatures: 0 stocks lost, 0 duplicated', async () => {
    fixture = await startStockFixture({
      timeoutMs: 300,
      sandbox: {
        faultSeed: 20261203,
        faults: {
          [STOCKS]: {
            probability: 0.4,
            kinds: lostAnswerFaults('wrong-key'),
          },
        },
      },
    });
    const final = await runBatch(fixture, Array.from({ length: 40 }, (_, n) => stockBody(T0, n)));
    // Whatever the faults left open, one more reconcile (as the next start does) settles it.
    if (fixture.history.unfinishedOps().length > 0) await fixture.engine.reconcileAccount(fixture.history.unfinishedOps()[0]!.accountId);
    const ledger = stockLedger(fixture);
    const faults = fixture.sandbox.dump().faults.byPath[STOCKS] ?? {};
    process.stdout.write(`stock fault suite: ${JSON.stringify({ stocks: 40, faults, ambiguous: fixture.engine.stats().ambiguous, ...ledger, status: final?.status })}\n`);
    expect(Object.values(faults).reduce((n, v) => n + (v ?? 0), 0)).toBeGreaterThan(8);
    expect(ledger).toMatchObject({ lost: 0, phantom: 0, duplicated: 0 });
    // A run may leave a stock failed after 3 clear refusals in a row (429s), never unknown or twice.
    expect(ledger.created + fixture.history.all().filter((r) => r.state === 'failed').length).toBe(40);
    expect(fixture.engine.stats().ambiguous).toBeGreaterThan(0);
  }, 120_000);
});
