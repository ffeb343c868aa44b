// Counter redemption over real HTTP against the simulator: use_request_no committed before the
// call, a lost answer replayed with the same number, a second redemption explained in one line —
// and under faults, 0 double redemptions.
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_MERCHANT_ID, type MerchantClient } from '../../main/busifavor/merchant-clients';
import { createRedeemService, type Redemption } from '../../main/busifavor/redeem-service';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { T0 } from '../wechatpay/pay-support';
import { lostAnswerFaults, startStockFixture, type StockFixture } from './support';

const USE_PATH = '/v3/marketing/busifavor/coupons/use';

let fixture: StockFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

/** A stock with `n` codes uploaded and received by users, ready at the counter. */
async function heldCodes(f: StockFixture, n: number): Promise<{ merchant: MerchantClient; stockId: string; codes: string[] }> {
  const merchant = await f.merchants.clientFor(SANDBOX_MERCHANT_ID);
  if (!merchant.ok) throw new Error('no merchant');
  const created = await merchant.value.pay.createStock({ ...demoStockBody(T0, `USE-${Math.random()}`), stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1 } });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const stockId = created.value.stock_id;
  f.sandbox.clock.advance(61_000);
  const codes = Array.from({ length: n }, (_, i) => `USE${String(i).padStart(5, '0')}`);
  for (let i = 0; i < codes.length; i += 200) {
    const up = await merchant.value.pay.uploadCodes(stockId, codes.slice(i, i + 200), `UP-${i}`);
    if (!up.ok) throw new Error(JSON.stringify(up.error));
  }
  for (let i = 0; i < n; i++) f.sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId, openid: `oUser${i}` });
  return { merchant: merchant.value, stockId, codes };
}

const serviceOf = (f: StockFixture) => createRedeemService({ store: f.history, now: () => f.sandbox.clock.now(), sleep: () => new Promise((r) => setTimeout(r, 2)), replayDelayMs: 5 });

describe('redeem (coupons/use, §2.3)', () => {
  it('redeems once; a second redemption is one bilingual line with the first time; the log finds it', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId, codes } = await heldCodes(fixture, 1);
    const service = serviceOf(fixture);
    const first = await service.redeem(merchant, stockId, `${codes[0]}\r\n`);
    expect(first).toMatchObject({ kind: 'used', row: { code: 'USE00000', state: 'used', openid: 'oUser0' } });
    const second = await service.redeem(merchant, stockId, 'USE00000');
    expect(second.kind).toBe('already_used');
    expect(second.message.en).toMatch(/^Code USE00000 was already redeemed at 2026-01-15 \d\d:\d\d:\d\d; it cannot be redeemed again\.$/);
    expect(second.message['zh-CN']).toContain('已于 2026-01-15');
    expect(service.log({ search: 'E0000' }).map((r) => [r.code, r.state])).toEqual([['USE00000', 'used']]);
  });

  it('a code redeemed elsewhere is explained too (WeChat Pay refuses it as used)', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId, codes } = await heldCodes(fixture, 1);
    await merchant.pay.useCoupon({ coupon_code: codes[0] as string, stock_id: stockId, appid: DEMO_MERCHANT.appid, use_time: '2026-01-15T12:02:00+08:00', use_request_no: 'OTHER-TILL-1' });
    const result = await serviceOf(fixture).redeem(merchant, stockId, codes[0] as string);
    expect(result).toMatchObject({ kind: 'already_used', message: { en: 'Code USE00000 was already redeemed (not on this computer); it cannot be redeemed again.' } });
  });

  it('fault suite: every answer lost or refused on the way, each coupon redeemed exactly once', async () => {
    fixture = await startStockFixture({ timeoutMs: 1000, sandbox: { faultSeed: 5150, faults: { [USE_PATH]: { probability: 0.5, kinds: lostAnswerFaults('wrong-key', 3000) } } } });
    const { merchant, stockId, codes } = await heldCodes(fixture, 60);
    const service = serviceOf(fixture);
    // Ten tills at once, each scanning its codes one after another.
    const tills = (scan: (code: string) => Promise<Redemption>) =>
      Promise.all(Array.from({ length: 10 }, async (_, till) => {
        const out: Redemption[] = [];
        for (const code of codes.filter((_, i) => i % 10 === till)) out.push(await scan(code));
        return out;
      })).then((lists) => lists.flat());
    const outcomes = await tills((code) => service.redeem(merchant, stockId, code));
    // A cashier scanning again settles what had no answer — never a second redemption.
    const again = await tills((code) => service.redeem(merchant, stockId, code));
    const used = fixture.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.coupons.filter((c) => c.state === 'USED') ?? [];
    const log = service.log({ limit: 1000 });
    const perCode = new Map<string, number>();
    for (const row of log) if (row.state === 'used') perCode.set(row.code, (perCode.get(row.code) ?? 0) + 1);
    const figures = {
      redemptions: codes.length,
      faults: fixture.sandbox.dump().faults.byPath[USE_PATH] ?? {},
      usedFirstTry: outcomes.filter((o) => o.kind === 'used').length,
      unknownAfterFirst: outcomes.filter((o) => o.kind === 'unknown').length,
      usedOnWechatPay: used.length,
      doubleRedemptions: [...perCode.values()].filter((n) => n > 1).length,
      secondScans: Object.fromEntries(['used', 'already_used', 'unknown', 'refused'].map((k) => [k, again.filter((o) => o.kind === k).length])),
    };
    process.stdout.write(`redemption fault suite: ${JSON.stringify(figures)}\n`);
    expect(Object.values(figures.faults).reduce((n, v) => n + (v ?? 0), 0)).toBeGreaterThan(10);
    expect(figures.usedOnWechatPay).toBe(codes.length);
    expect(figures.doubleRedemptions).toBe(0);
    expect(perCode.size).toBe(codes.length);
  }, 120_000);
});
