// MERCHANT_UPLOAD codes over real HTTP against the simulator: chunks of 200 committed with their
// upload_request_no before sending, lost answers replayed with the same number, a killed run
// continued by the next one — 0 codes uploaded twice, 0 skipped.
import { afterEach, describe, expect, it } from 'vitest';
import { uploadCodes } from '../../main/busifavor/code-upload';
import { SANDBOX_MERCHANT_ID, type MerchantClient } from '../../main/busifavor/merchant-clients';
import { openHistoryStore } from '../../main/history/history-store';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { T0 } from '../wechatpay/pay-support';
import { lostAnswerFaults, startStockFixture, type StockFixture } from './support';

const CODES_PATH = '/v3/marketing/busifavor/stocks/{stock_id}/couponcodes';
const fast = { now: () => T0, sleep: () => new Promise<void>((r) => setTimeout(r, 2)), replayDelayMs: 5 };

let fixture: StockFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

async function uploadStock(f: StockFixture): Promise<{ merchant: MerchantClient; stockId: string }> {
  const merchant = await f.merchants.clientFor(SANDBOX_MERCHANT_ID);
  if (!merchant.ok) throw new Error('no merchant');
  const created = await merchant.value.pay.createStock({ ...demoStockBody(T0, `CODES-${Math.random()}`), stock_send_rule: { max_coupons: 100_000, max_coupons_per_user: 1 } });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return { merchant: merchant.value, stockId: created.value.stock_id };
}

/** An upload that must reach an answer (the ledger writable). */
async function uploadOk(...args: Parameters<typeof uploadCodes>) {
  const report = await uploadCodes(...args);
  if (!report.ok) throw new Error(report.error.message.en);
  return report.value;
}

const codesOf = (n: number, prefix = 'C') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(7, '0')}`);

/** What the simulator holds against what the file had. */
function codeLedger(f: StockFixture, stockId: string, file: readonly string[]) {
  const remote = f.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes.map((c) => c.code) ?? [];
  const rows = f.history.codeRows(DEMO_MERCHANT.mchid, stockId);
  const held = new Set(remote);
  return {
    skipped: file.filter((code) => !held.has(code)).length,
    // A code sent under a second number would come back `exist` (the stock had it already).
    uploadedTwice: rows.filter((r) => r.result === 'exist').length + (remote.length - held.size),
    extra: remote.filter((code) => !file.includes(code)).length,
    notSuccess: rows.filter((r) => r.result !== 'success').length,
  };
}

describe('codes upload (§2.3)', () => {
  it('uploads in chunks of 200 with each number committed first; a second run sends nothing', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId } = await uploadStock(fixture);
    const codes = codesOf(450);
    const first = await uploadOk(fixture.history, merchant, stockId, codes, fast);
    expect(first).toMatchObject({ planned: 3, calls: 3, unresolved: 0, counts: { success: 450, pending: 0 } });
    expect(codeLedger(fixture, stockId, codes)).toEqual({ skipped: 0, uploadedTwice: 0, extra: 0, notSuccess: 0 });
    const again = await uploadOk(fixture.history, merchant, stockId, codes, fast);
    expect(again).toMatchObject({ alreadyPlanned: 450, planned: 0, calls: 0 });
  });

  it('a code the stock already has and one WeChat Pay refuses are kept with their results', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId } = await uploadStock(fixture);
    await merchant.pay.uploadCodes(stockId, ['HAD-1'], 'ELSEWHERE-1');
    const report = await uploadOk(fixture.history, merchant, stockId, ['HAD-1', 'NEW-1', 'bad*code'], fast);
    expect(report.counts).toMatchObject({ success: 1, exist: 1, fail: 1 });
    const rows = fixture.history.codeRows(DEMO_MERCHANT.mchid, stockId);
    expect(rows.find((r) => r.code === 'bad*code')).toMatchObject({ result: 'fail', reason: expect.stringContaining('PARAM_ERROR') });
  });

  it('fault suite: lost answers, 500, 429, resets and bad signatures on chunks: 0 uploaded twice, 0 skipped', async () => {
    fixture = await startStockFixture({
      timeoutMs: 300,
      sandbox: {
        faultSeed: 99,
        faults: {
          [CODES_PATH]: {
            probability: 0.45,
            kinds: lostAnswerFaults('stale-timestamp'),
          },
        },
      },
    });
    const { merchant, stockId } = await uploadStock(fixture);
    const codes = codesOf(4_000);
    let report = await uploadOk(fixture.history, merchant, stockId, codes, { ...fast, concurrency: 6 });
    let replays = report.replays;
    // Anything still unanswered is continued by the next run, as after a kill.
    for (let round = 0; round < 5 && report.counts.pending > 0; round++) {
      report = await uploadOk(fixture.history, merchant, stockId, codes, { ...fast, concurrency: 6 });
      replays += report.replays;
    }
    const faults = fixture.sandbox.dump().faults.byPath[CODES_PATH] ?? {};
    const ledger = codeLedger(fixture, stockId, codes);
    process.stdout.write(`code fault suite: ${JSON.stringify({ codes: codes.length, chunks: 20, faults, replays, ...ledger, counts: report.counts })}\n`);
    expect(Object.values(faults).reduce((n, v) => n + (v ?? 0), 0)).toBeGreaterThan(5);
    expect(ledger).toEqual({ skipped: 0, uploadedTwice: 0, extra: 0, notSuccess: 0 });
    expect(replays).toBeGreaterThan(0);
  }, 120_000);

  it('a run killed after committing its chunks is continued by the next: the open chunks replay their own numbers', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId } = await uploadStock(fixture);
    const codes = codesOf(1_000, 'K');
    let sends = 0;
    // The "process" dies as it is about to send its third chunk: nothing after reaches the disk.
    const killed = uploadCodes(fixture.history, merchant, stockId, codes, {
      ...fast,
      concurrency: 1,
      beforeSend: () => (++sends === 3 ? new Promise<void>(() => fixture?.history.abandon()) : undefined),
    });
    await new Promise((r) => setTimeout(r, 300));
    void killed;
    const reopened = await openHistoryStore({ dataDir: fixture.dataDir, clock: fixture.sandbox.clock });
    if (!reopened.ok) throw new Error('reopen');
    fixture.history = reopened.value;
    expect(reopened.value.openChunks(DEMO_MERCHANT.mchid, stockId)).toHaveLength(3);
    const report = await uploadOk(reopened.value, merchant, stockId, codes, fast);
    expect(report).toMatchObject({ alreadyPlanned: 1_000, planned: 0, calls: 3, counts: { success: 1_000 } });
    expect(codeLedger(fixture, stockId, codes)).toEqual({ skipped: 0, uploadedTwice: 0, extra: 0, notSuccess: 0 });
  });

  it('a ledger that cannot be written is a bilingual error value, and nothing of that plan is sent', async () => {
    fixture = await startStockFixture();
    const { merchant, stockId } = await uploadStock(fixture);
    const broken = {
      ...fixture.history,
      plannedCodes: fixture.history.plannedCodes,
      openChunks: fixture.history.openChunks,
      codeCounts: fixture.history.codeCounts,
      planChunks: async () => ({ ok: false as const, error: { code: 'storage_io' as const, path: '/x', errno: 'SQLITE_FULL', message: { 'zh-CN': '磁盘已满', en: 'disk full' } } }),
    };
    const report = await uploadCodes(broken as unknown as typeof fixture.history, merchant, stockId, codesOf(10, 'S'), fast);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.code).toBe('storage_failed');
    expect(report.error.message['zh-CN']).toMatch(/没有上传任何券码.*磁盘已满/);
    expect(report.error.message.en).toMatch(/no code was uploaded.*disk full/);
    expect(fixture.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes).toHaveLength(0);
  });
});
