import { uploadCodes } from '../main/busifavor/code-upload';
import { SANDBOX_MERCHANT_ID } from '../main/busifavor/merchant-clients';
import { DEMO_MERCHANT } from '../main/sandbox';
import { demoStockBody } from '../main/sandbox/wechatpay/demo-stock';
import { startStockFixture } from '../test/busifavor/support';
import { T0 } from '../test/wechatpay/pay-support';
import type { Bench } from './index';

/**
 * 100,000 MERCHANT_UPLOAD codes into one stock at 50 ms of latency on every upload call, against
 * the lower bound calls ÷ concurrency × latency (500 calls of 200). On top of the bound: the
 * one-transaction commit of every chunk and code before the first send, each call's signing and
 * answer verification (RSA-2048 both ways, the simulator's share in this same process), and one
 * fsync'd commit of each call's per-code results.
 */
const CODES = 100_000;
const LATENCY_MS = 50;
const CONCURRENCY = 4;
const TARGET = 1.2;

export const bench: Bench = {
  name: `codes upload: ${CODES.toLocaleString('en')} codes at ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, vs lower bound`,
  async run() {
    const fixture = await startStockFixture({
      timeoutMs: 10_000,
      sandbox: { faults: { '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes': { probability: 1, kinds: [{ kind: 'latency', ms: LATENCY_MS }] } } },
    });
    try {
      const merchant = await fixture.merchants.clientFor(SANDBOX_MERCHANT_ID);
      if (!merchant.ok) throw new Error('merchant');
      const created = await merchant.value.pay.createStock({ ...demoStockBody(T0, 'BENCH-CODES'), stock_send_rule: { max_coupons: CODES, max_coupons_per_user: 1 } });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const stockId = created.value.stock_id;
      const codes = Array.from({ length: CODES }, (_, i) => `BENCH${String(i).padStart(8, '0')}`);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      let firstSend: number | undefined;
      const uploaded = await uploadCodes(fixture.history, merchant.value, stockId, codes, {
        concurrency: CONCURRENCY,
        now: () => Date.now(),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        beforeSend: () => {
          firstSend ??= performance.now();
        },
      });
      const elapsed = performance.now() - started;
      if (!uploaded.ok) throw new Error(uploaded.error.message.en);
      const report = uploaded.value;
      const cpu = process.cpuUsage(cpuBefore);
      if (report.counts.success !== CODES) throw new Error(`uploaded ${report.counts.success} of ${CODES}`);
      const onStock = fixture.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes.length;
      if (onStock !== CODES) throw new Error(`the stock holds ${onStock ?? 0} codes`);
      const lowerBound = (report.calls / CONCURRENCY) * LATENCY_MS;
      const ratio = elapsed / lowerBound;
      console.log(`commit of ${CODES.toLocaleString('en')} codes in ${report.planned} chunks before the first send: ${((firstSend ?? started) - started).toFixed(0)} ms`);
      console.log(`calls ${report.calls}, lower bound (calls ÷ concurrency × latency): ${lowerBound.toFixed(0)} ms`);
      // Client and simulator share this process: when their CPU time nears the bound, the ratio measures the machine, not the protocol.
      console.log(`CPU of this process (client + simulator) during the upload: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${((cpu.user + cpu.system) / 1000 / report.calls).toFixed(1)} ms per call)`);
      console.log(`upload: ${elapsed.toFixed(0)} ms → ${ratio.toFixed(2)}× the lower bound (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`);
    } finally {
      await fixture.stop();
    }
  },
};
