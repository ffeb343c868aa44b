// stocks:* handlers over real HTTP against the simulator and a real history database: refresh,
// budget change with the current value, modify, a 1,000-code upload from a file with progress
// events and per-code results, the same file again (nothing sent twice), and COUPON.SEND events.
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../common/result';
import { stocksHandlers } from '../../main/busifavor/stock-ipc-handlers';
import { SANDBOX_MERCHANT_ID } from '../../main/busifavor/merchant-clients';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { T0 } from '../wechatpay/pay-support';
import { startStockFixture, type StockFixture } from './support';

let fixture: StockFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

async function setup() {
  const f = await startStockFixture();
  fixture = f;
  const events: { name: string; payload: unknown }[] = [];
  const handlers = stocksHandlers({
    batchServices: { get: async () => ok({ history: f.history }) as never, close: async () => undefined },
    sandboxControl: { status: () => ({ baseUrl: f.sandbox.baseUrl }) as never },
    clock: f.sandbox.clock,
    sleep: () => Promise.resolve(),
  });
  const ctx = { channel: 'test', emit: (name: string, payload: unknown) => void events.push({ name, payload }) } as never;
  const merchant = await f.merchants.clientFor(SANDBOX_MERCHANT_ID);
  if (!merchant.ok) throw new Error('no merchant');
  const created = await merchant.value.pay.createStock({ ...demoStockBody(T0, `IPC-${Math.random()}`), stock_send_rule: { max_coupons: 5000, max_coupons_per_user: 1 } });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  // Past the audit delay: the stock runs.
  f.sandbox.clock.advance(3_600_000);
  return { f, handlers, ctx, events, stockId: created.value.stock_id, target: { accountId: SANDBOX_MERCHANT_ID, stockId: created.value.stock_id } };
}

const data = <T>(answer: { ok: true; data: T } | { ok: false; error: { message: { en: string } } }): T => {
  if (!answer.ok) throw new Error(answer.error.message.en);
  return answer.data;
};

describe('stocks:* over the sandbox (§2.3, §2.6)', () => {
  it('refreshes the state and counts, changes the budget with the current value, and modifies the editable fields', async () => {
    const { f, handlers, ctx, stockId, target } = await setup();
    const stock = data(await handlers['stocks:get'](target, ctx));
    expect(stock).toMatchObject({ stockId, state: 'RUNNING', maxCoupons: 5000, sent: { total: 0 }, editable: { goodsName: '全场饮品' } });
    const budget = data(await handlers['stocks:budget']({ ...target, field: 'maxCoupons', target: 6000 }, ctx));
    expect(budget).toMatchObject({ outcome: 'changed', from: 5000, to: 6000, stock: { maxCoupons: 6000 } });
    // The change was committed with its current value before it was sent, and settled after.
    expect(f.history.openStockChanges(DEMO_MERCHANT.mchid, stockId)).toHaveLength(0);
    const modified = data(await handlers['stocks:modify']({ ...target, patch: { goodsName: '全场咖啡', comment: '改过' } }, ctx));
    expect(modified.editable).toMatchObject({ goodsName: '全场咖啡', comment: '改过' });
    const same = await handlers['stocks:modify']({ ...target, patch: { goodsName: '全场咖啡' } }, ctx);
    expect(same.ok ? null : same.error.code).toBe('nothing_to_change');
  });

  it('uploads 1,000 codes from a file with progress events and per-code results; the same file again sends nothing', async () => {
    const { f, handlers, ctx, events, stockId, target } = await setup();
    const file = `券码\n${Array.from({ length: 1000 }, (_, i) => `F${String(i).padStart(6, '0')}`).join('\n')}\n`;
    const base64 = Buffer.from(file, 'utf8').toString('base64');
    const first = data(await handlers['stocks:uploadCodes']({ ...target, fileName: 'codes.txt', base64, uploadId: 'u1' }, ctx));
    expect(first).toMatchObject({ codes: 1000, planned: 5, calls: 5, alreadyPlanned: 0, fileCounts: { success: 1000 } });
    const progress = events.filter((e) => e.name === 'stocks:uploadProgress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ uploadId: 'u1', stockId, done: 5, total: 5 });
    expect(progress).toHaveLength(5);
    const rows = data(await handlers['stocks:codeResults']({ ...target, limit: 5000 }, ctx));
    expect(rows.total).toBe(1000);
    expect(rows.rows[0]).toEqual({ code: 'F000000', result: 'success', reason: null });
    const calls = f.sandbox.dump().endpointCounts;
    const again = data(await handlers['stocks:uploadCodes']({ ...target, fileName: 'codes.txt', base64, uploadId: 'u2' }, ctx));
    expect(again).toMatchObject({ alreadyPlanned: 1000, planned: 0, calls: 0 });
    const uploadsBefore = Object.entries(calls).filter(([p]) => p.endsWith('/couponcodes')).reduce((n, [, c]) => n + c, 0);
    const uploadsAfter = Object.entries(f.sandbox.dump().endpointCounts).filter(([p]) => p.endsWith('/couponcodes')).reduce((n, [, c]) => n + c, 0);
    expect(uploadsAfter).toBe(uploadsBefore);
    expect(f.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes).toHaveLength(1000);
  });

  it('a file with a bad code uploads nothing and names the line', async () => {
    const { f, handlers, ctx, stockId, target } = await setup();
    const answer = await handlers['stocks:uploadCodes']({ ...target, fileName: 'codes.csv', base64: Buffer.from('OK-1\nbad*code\n').toString('base64'), uploadId: 'u3' }, ctx);
    expect(answer.ok ? null : answer.error.code).toBe('codes_file_invalid');
    expect(f.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes).toHaveLength(0);
  });

  it('shows the COUPON.SEND events the sandbox produced, verified and decrypted in main', async () => {
    const { f, handlers, ctx, stockId, target } = await setup();
    data(await handlers['stocks:uploadCodes']({ ...target, fileName: 'codes.txt', base64: Buffer.from('E-1\nE-2\n').toString('base64'), uploadId: 'u4' }, ctx));
    expect(data(await handlers['stocks:events'](target, ctx)).events).toHaveLength(0);
    const given = await fetch(`${f.sandbox.baseUrl}/__sandbox/pay/receive`, { method: 'POST', body: JSON.stringify({ stock_id: stockId, openid: 'oUserA' }) });
    expect(given.status).toBe(200);
    const answer = data(await handlers['stocks:events'](target, ctx));
    expect(answer).toMatchObject({ source: 'sandbox', unreadable: 0 });
    expect(answer.events).toEqual([expect.objectContaining({ couponCode: 'E-1', openid: 'oUserA', channel: 'BUSICOUPON_SEND_CHANNEL_PAYGIFT', verified: true })]);
    expect(data(await handlers['stocks:get'](target, ctx)).sent.total).toBe(1);
  });
});
