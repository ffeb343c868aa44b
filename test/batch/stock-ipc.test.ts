// A 商家券 batch runs through batch:* like a card batch (issue 12): the web harness's router, its
// embedded sandbox over real HTTP, the built-in sandbox merchant and a real data dir. batch:start
// routes the batch to the stock engine by its back end; the logo is uploaded by main first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleStock } from '../../common/busifavor/examples';
import type { StockType } from '../../common/busifavor/enums';
import type { DraftBatch } from '../../common/drafts/draft';
import type { BatchProgress, RunStatus } from '../../common/ipc/channels/batch';
import type { HistoryPage } from '../../common/ipc/channels/history';
import type { IpcResult } from '../../common/ipc/envelope';
import { SANDBOX_MERCHANT_ID } from '../../main/busifavor/merchant-clients';
import { createMemoryLogger } from '../../main/log/logger';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { startHarnessStack, type HarnessStack } from '../../main/web/harness-stack';
import { smallJpeg } from '../images/fixtures';

const SENDER = { transport: 'web-harness', verified: true } as const;
let stack: HarnessStack;

async function data<T>(channel: string, payload?: unknown): Promise<T> {
  const answer = (await stack.host.router.dispatch(channel, payload, SENDER)) as IpcResult<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message.en}`);
  return answer.data;
}

beforeAll(async () => {
  stack = await startHarnessStack({ log: createMemoryLogger() });
});
afterAll(async () => {
  await stack.host.close();
  await stack.stop();
});

/** A draft body of a type for the demo merchant, without out_request_no (the run commits its own). */
function stock(type: StockType, logo: string): Record<string, unknown> {
  const { out_request_no: _none, ...body } = exampleStock(type, stack.sandbox.clock.now(), DEMO_MERCHANT.mchid);
  return { ...body, display_pattern_info: { ...body.display_pattern_info, merchant_logo_url: logo } };
}

describe('a 商家券 batch over IPC', () => {
  it('batch:start creates the stocks (满减, 折扣, 换购) on the sandbox merchant, with the same progress and history as cards', async () => {
    const intake = await data<{ ref: string }>('images:intake', { role: 'logo', source: { kind: 'bytes', base64: (await smallJpeg()).toString('base64'), name: 'logo.jpg' } });
    expect(intake.ref).toMatch(/^local-image:/);
    const cards = (['NORMAL', 'DISCOUNT', 'EXCHANGE'] as const).map((type) => stock(type, intake.ref));
    const batch = await data<DraftBatch>('drafts:create', { name: '春季商家券', backEnd: 'busifavor', accountId: SANDBOX_MERCHANT_ID, cards });
    expect(batch.backEnd).toBe('busifavor');

    const preflight = await data<{ linked: number; drafts: number }>('batch:preflight', { batchId: batch.id });
    expect(preflight).toMatchObject({ linked: 0, drafts: 3 });
    const progress: BatchProgress[] = [];
    const done = new Promise<RunStatus>((resolve) => {
      const stop = stack.host.router.subscribe((event, payload) => {
        if (event !== 'batch:progress') return;
        const p = payload as BatchProgress;
        progress.push(p);
        if (p.scope === 'batch' && p.run.batchId === batch.id && p.run.status === 'done') {
          stop();
          resolve(p.run);
        }
      });
    });
    const started = await data<RunStatus>('batch:start', { batchId: batch.id });
    expect(started).toMatchObject({ status: 'running', total: 3, accountId: SANDBOX_MERCHANT_ID, appid: DEMO_MERCHANT.mchid });
    const final = await done;
    expect(final.counts).toMatchObject({ created: 3, failed: 0, invalid: 0, unknown: 0 });
    expect(progress.some((p) => p.scope === 'draft' && p.phase === 'uploading')).toBe(true);

    const remote = stack.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks ?? [];
    const ours = remote.filter((s) => ['满100减20元', '全场八八折', '9.9元换购咖啡'].includes((JSON.parse(s.rawBody) as { stock_name: string }).stock_name));
    expect(ours).toHaveLength(3);
    // The logo was uploaded through the marketing image upload: the body sent carries its media_url.
    for (const s of ours) expect((JSON.parse(s.rawBody) as { display_pattern_info: { merchant_logo_url: string } }).display_pattern_info.merchant_logo_url).not.toContain('local-image:');

    const page = await data<HistoryPage>('history:query', { batchId: batch.id });
    expect(page.byState).toEqual({ created: 3 });
    const status = await data<{ runs: RunStatus[] }>('batch:status', { batchId: batch.id });
    expect(status.runs).toMatchObject([{ runId: started.runId, status: 'done' }]);
    // A finished run with nothing retryable is not resumed — by the stock engine, which owns it.
    expect(await stack.host.router.dispatch('batch:resume', { runId: started.runId }, SENDER)).toMatchObject({ ok: false, error: { code: 'run_not_resumable' } });
    // Started again, nothing is sent twice: every draft is already created.
    const again = await data<RunStatus>('batch:start', { batchId: batch.id });
    await expect.poll(async () => (await data<{ runs: RunStatus[] }>('batch:status', { runId: again.runId })).runs[0]?.status).toBe('done');
    expect((stack.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.stocks ?? []).length).toBe(remote.length);
  });
});
