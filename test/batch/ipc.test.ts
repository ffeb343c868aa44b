// The batch:* and history:* domains through the web harness's router (same contract and handlers as
// Electron), against its embedded sandbox and the built-in demo account.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftBatch } from '../../common/drafts/draft';
import type { BatchProgress, PreflightAnswer, RunStatus } from '../../common/ipc/channels/batch';
import type { HistoryPage, HistoryRecord } from '../../common/ipc/channels/history';
import type { IpcResult } from '../../common/ipc/envelope';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { createMemoryLogger } from '../../main/log/logger';
import { startHarnessStack, type HarnessStack } from '../../main/web/harness-stack';
import { tempDir } from '../storage/temp-dir';
import { couponBody } from './support';

const SENDER = { transport: 'web-harness', verified: true } as const;
let stack: HarnessStack;
const events: { event: string; payload: unknown }[] = [];

async function call<T>(channel: string, payload?: unknown): Promise<IpcResult<T>> {
  return (await stack.host.router.dispatch(channel, payload, SENDER)) as IpcResult<T>;
}
async function data<T>(channel: string, payload?: unknown): Promise<T> {
  const answer = await call<T>(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message.en}`);
  return answer.data;
}

beforeAll(async () => {
  stack = await startHarnessStack({ log: createMemoryLogger() });
  stack.host.router.subscribe((event, payload) => events.push({ event, payload }));
});
afterAll(async () => {
  await stack.host.close();
  await stack.stop();
});

describe('history problems over IPC (the app banner)', () => {
  it('history:problems lists a data file set aside since the history opened, until history:acknowledgeProblems', async () => {
    const movedTo = join(stack.dataDir, 'accounts.corrupt-20260115T040000000Z.json');
    await writeFile(movedTo, '{"accounts": [');
    const listed = await data<{ problems: { id: number; code: string; savedTo: string | null; message: { en: string } }[] }>('history:problems');
    expect(listed.problems).toMatchObject([{ code: 'file_set_aside', savedTo: movedTo }]);
    expect(listed.problems[0]?.message.en).toContain(movedTo);
    // Asked again (a reload of the window): the same problem, stored once.
    expect((await data<{ problems: unknown[] }>('history:problems')).problems).toHaveLength(1);
    expect(await data('history:acknowledgeProblems', { ids: [listed.problems[0]?.id ?? 0] })).toEqual({ acknowledged: 1 });
    expect((await data<{ problems: unknown[] }>('history:problems')).problems).toEqual([]);
    expect(await call('history:acknowledgeProblems', { ids: [0] })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('batch and history over IPC', () => {
  let records: HistoryRecord[] = [];

  it('batch:start runs a saved batch for its account, pushing batch:progress per draft and per batch, and history:changed', async () => {
    const now = stack.sandbox.clock.now();
    const batch = await data<DraftBatch>('drafts:create', { name: '三月活动', accountId: SANDBOX_ACCOUNT_ID, cards: [0, 1, 2, 3].map((i) => couponBody(now, i)) });
    batch.drafts = batch.drafts.map((d, i) => ({ ...d, after: { ...d.after, paycell: i === 0 } }));
    await data('drafts:save', { batch });
    const done = new Promise<RunStatus>((resolve) => {
      const stop = stack.host.router.subscribe((event, payload) => {
        const progress = payload as BatchProgress;
        if (event === 'batch:progress' && progress.scope === 'batch' && progress.run.status === 'done') {
          stop();
          resolve(progress.run);
        }
      });
    });
    const started = await data<RunStatus>('batch:start', { batchId: batch.id });
    expect(started).toMatchObject({ status: 'running', total: 4, accountId: SANDBOX_ACCOUNT_ID });
    const final = await done;
    expect(final.counts).toMatchObject({ created: 4, failed: 0 });
    expect(events.some((e) => e.event === 'batch:progress' && (e.payload as BatchProgress).scope === 'draft')).toBe(true);
    await expect.poll(() => events.some((e) => e.event === 'history:changed')).toBe(true);

    const page = await data<HistoryPage>('history:query', { batchId: batch.id });
    expect(page.total).toBe(4);
    expect(page.byState).toEqual({ created: 4 });
    records = page.records;
    expect(records.find((r) => r.title === '测试券0号')?.paycell.state).toBe('set');
    const status = await data<{ runs: RunStatus[]; recovering: boolean }>('batch:status', { batchId: batch.id });
    expect(status.runs.map((r) => r.status)).toEqual(['done']);
    expect(status.recovering).toBe(false);
  });

  it('history:setCell switches a created card, and answers a Weixin refusal with its errcode while keeping the record', async () => {
    const target = records.find((r) => r.title === '测试券1号');
    const on = await data<HistoryRecord>('history:setCell', { recordId: target?.id, cell: 'selfConsume', open: true, needVerifyCode: true });
    expect(on.selfConsume).toMatchObject({ state: 'set', needVerifyCode: true });
    const refused = await call<HistoryRecord>('history:setCell', { recordId: target?.id, cell: 'paycell', open: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wechat_error', details: { errcode: 45046 } } });
    const after = await data<HistoryPage>('history:query', { text: target?.cardId ?? '' });
    expect(after.records[0]).toMatchObject({ state: 'created', paycell: { state: 'failed', error: { errcode: 45046 } } });
    expect(await call('history:setCell', { recordId: 'op:nope', cell: 'paycell', open: true })).toMatchObject({ ok: false, error: { code: 'record_not_found' } });
  });

  it('history:export returns XLSX bytes as base64, or writes CSV to an absolute path chosen by the user', async () => {
    const xlsx = await data<{ base64: string; rows: number; fileName: string }>('history:export', { format: 'xlsx' });
    expect(xlsx.rows).toBe(4);
    expect(xlsx.fileName).toMatch(/^卡券历史-\d{8}-\d{6}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('卡券ID');

    const dir = await tempDir();
    const path = join(dir, 'history.csv');
    const written = await data<{ path: string; base64: string | null }>('history:export', { format: 'csv', language: 'en', path });
    expect(written).toMatchObject({ path, base64: null });
    expect((await readFile(path, 'utf8')).slice(0, 8)).toBe('\uFEFFCard ID');
    expect(await call('history:export', { format: 'csv', path })).toMatchObject({ ok: false, error: { code: 'export_path_refused' } });
    expect(await call('history:export', { format: 'csv', path, overwrite: true })).toMatchObject({ ok: true });
    expect(await call('history:export', { format: 'csv', path: 'relative.csv' })).toMatchObject({ ok: false, error: { code: 'export_path_refused' } });
    expect(await call('history:export', { format: 'xlsx', path: join(dir, 'wrong.csv') })).toMatchObject({ ok: false, error: { code: 'export_path_refused' } });
  });

  it('history:refreshReview reports the calls it used; batch controls answer run_not_found for an unknown run', async () => {
    stack.sandbox.clock.advance(120_000);
    const report = await data<{ checked: number; changed: number; callsUsed: number }>('history:refreshReview', {});
    expect(report).toMatchObject({ checked: 4, changed: 4 });
    expect(report.callsUsed).toBeGreaterThan(0);
    expect(report.callsUsed).toBeLessThan(4);
    const again = await data<{ skippedFinal: number; callsUsed: number }>('history:refreshReview', {});
    expect(again).toMatchObject({ skippedFinal: 4, callsUsed: 0 });
    for (const channel of ['batch:pause', 'batch:resume', 'batch:cancel']) {
      expect(await call(channel, { runId: 'no-such-run' })).toMatchObject({ ok: false, error: { code: 'run_not_found' } });
    }
  });

  it('batch:preflight lists a copy of the first batch as already on Weixin; batch:start links it, or with allowDuplicates makes the copy', async () => {
    const now = stack.sandbox.clock.now();
    const copy = await data<DraftBatch>('drafts:create', { name: '三月活动（再来一次）', accountId: SANDBOX_ACCOUNT_ID, cards: [0, 1].map((i) => couponBody(now, i)) });
    const before = await data<HistoryPage>('history:query', {});
    const checked = await data<PreflightAnswer>('batch:preflight', { batchId: copy.id });
    expect(checked).toMatchObject({ drafts: 2, linked: 2 });
    expect(checked.matches.map((m) => m.title)).toEqual(['测试券0号', '测试券1号']);
    expect(checked.matches.every((m) => m.linkTo !== null && records.some((r) => r.cardId === m.linkTo))).toBe(true);
    const started = await data<RunStatus>('batch:start', { batchId: copy.id });
    await expect.poll(async () => (await data<{ runs: RunStatus[] }>('batch:status', { runId: started.runId })).runs[0]?.status).toBe('done');
    const linked = (await data<{ runs: RunStatus[] }>('batch:status', { runId: started.runId })).runs[0];
    expect(linked?.counts).toMatchObject({ found: 2, created: 0 });
    expect((await data<HistoryPage>('history:query', {})).records.filter((r) => r.cardId !== null && !before.records.some((b) => b.cardId === r.cardId))).toEqual([]);

    const third = await data<DraftBatch>('drafts:create', { name: '三月活动（复制）', accountId: SANDBOX_ACCOUNT_ID, cards: [couponBody(now, 0)] });
    const copied = await data<RunStatus>('batch:start', { batchId: third.id, allowDuplicates: true });
    await expect.poll(async () => (await data<{ runs: RunStatus[] }>('batch:status', { runId: copied.runId })).runs[0]?.counts.created).toBe(1);
  });
});
