import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../common/drafts/draft';
import { describeWeixinError } from '../../common/errors/describe';
import type { DraftProgress, PreflightAnswer } from '../../common/ipc/channels/batch';
import { localized } from '../../common/i18n';
import { BatchPanel } from '../../renderer/src/features/builder/BatchPanel';
import { createDraft } from '../../renderer/src/lib/draft-factory';
import { setAt } from '../../renderer/src/lib/card-path';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { useRunStore } from '../../renderer/src/stores/run-store';
import { useSaveStore } from '../../renderer/src/stores/save-store';
import { BATCH_ID, CARD_ID, fakeRunBridge, resetRunHistory, runStatus, storedBatch } from './run-history-support';
import { renderScreen, setBridge } from './support/harness';

const stops: (() => void)[] = [];
beforeEach(resetRunHistory);
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  resetRunHistory();
});

const NOW_MS = Date.now();

/** Two valid drafts, or with `invalidSecond` a second one whose title is 28 bytes (45021). */
function drafts(invalidSecond = false): Draft[] {
  const first = createDraft('CASH', NOW_MS, undefined, { example: true });
  const second = createDraft('GIFT', NOW_MS, undefined, { example: true });
  return [first, invalidSecond ? { ...second, card: setAt(second.card, 'card.gift.base_info.title', '1000元面值充值卡哈哈') } : second];
}

/** The builder on a stored batch of these drafts, with the run store following the bridge. */
async function open(batchDrafts: Draft[], options: { offline?: boolean; preflight?: PreflightAnswer } = {}) {
  const stored = storedBatch(batchDrafts);
  const bridge = fakeRunBridge({ batch: options.offline ? { ...stored, accountId: null } : stored, ...(options.preflight ? { preflight: options.preflight } : {}) });
  setBridge(bridge);
  await useAccountsStore.getState().load();
  stops.push(useSaveStore.getState().start());
  await waitFor(() => expect(useBuilderStore.getState().batch.id).toBe(BATCH_ID));
  stops.push(useRunStore.getState().start());
  renderScreen(<BatchPanel />);
  await screen.findByTestId('run-start');
  return bridge;
}

const progress = (draft: Draft, patch: Partial<DraftProgress>): DraftProgress => ({
  scope: 'draft',
  runId: 'run-1',
  batchId: BATCH_ID,
  draftId: draft.id,
  recordId: `op:x:${BATCH_ID}:${draft.id}`,
  title: null,
  phase: 'validating',
  state: null,
  cardId: null,
  attempts: 0,
  errcode: null,
  message: null,
  ...patch,
});

/** Presses 开始创建 (or the skip offer) and answers the confirmation with 创建. */
async function confirmStart(testId: 'start-run' | 'start-run-skip'): Promise<void> {
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(await screen.findByTestId('confirm-run-ok'));
}

const chipOf = (draft: Draft) => within(document.querySelector(`[data-draft-id="${draft.id}"]`) as HTMLElement);

describe('the run block of the batch pane', () => {
  it('lists the drafts already on Weixin before starting: linking them is the default, a copy only when chosen', async () => {
    const batchDrafts = drafts();
    const [a] = batchDrafts as [Draft, Draft];
    const existing = 'pAbCdEabcdefghijklmnopqrstuv';
    const preflight: PreflightAnswer = {
      accountId: 'sandbox',
      existingCards: { cards: 7, listCalls: 1, getCalls: 7, cached: 0, fromHistory: 0, removed: 0, cold: true },
      drafts: 2,
      matches: [{ draftId: a.id, title: '满100减20代金券', identical: [{ cardId: existing, title: '满100减20代金券', status: 'CARD_STATUS_VERIFY_OK', createTime: 1 }], linkTo: existing }],
      linked: 1,
    };
    const bridge = await open(batchDrafts, { preflight });
    await confirmStart('start-run');
    const confirm = await screen.findByTestId('run-duplicates');
    expect(within(confirm).getByTestId('run-duplicates-list').textContent).toContain(existing);
    expect(bridge.batch.start).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByTestId('duplicates-cancel'));
    expect(screen.queryByTestId('run-duplicates')).toBeNull();
    expect(bridge.batch.start).not.toHaveBeenCalled();

    await confirmStart('start-run');
    fireEvent.click(within(await screen.findByTestId('run-duplicates')).getByTestId('duplicates-link'));
    await waitFor(() => expect(bridge.batch.start).toHaveBeenLastCalledWith({ batchId: BATCH_ID }));
    act(() => bridge.emit('batch:progress', { scope: 'batch', run: runStatus({ status: 'done', finishedAt: NOW_MS }, { found: 1, created: 1, queued: 0 }) }));
    expect((await screen.findByTestId('run-found')).textContent).toBe('1 张在微信上已有完全相同的卡券，已直接关联，没有重复创建');

    await screen.findByTestId('start-run');
    await confirmStart('start-run');
    fireEvent.click(within(await screen.findByTestId('run-duplicates')).getByTestId('duplicates-copy'));
    await waitFor(() => expect(bridge.batch.start).toHaveBeenLastCalledWith({ batchId: BATCH_ID, allowDuplicates: true }));
  });

  it('saves pending edits before it starts, then follows batch:progress: phase chips, the card_id, the summary', async () => {
    const batchDrafts = drafts();
    const [a, b] = batchDrafts as [Draft, Draft];
    const bridge = await open(batchDrafts);
    expect(screen.getByTestId('start-hint').textContent).toBe('用“示例商户（沙箱）”创建 2 张卡券');
    useBuilderStore.getState().selectDraft(a.id);
    useBuilderStore.getState().setField('card.cash.base_info.title', '满200减50代金券');

    await confirmStart('start-run');
    await waitFor(() => expect(bridge.batch.start).toHaveBeenCalledWith({ batchId: BATCH_ID }));
    // The edit typed a moment ago reached main before the run was asked for.
    const saved = bridge.drafts.save.mock.calls.at(-1)?.[0].batch;
    expect(JSON.stringify(saved?.drafts[0]?.card)).toContain('满200减50代金券');
    expect(bridge.drafts.save.mock.invocationCallOrder.at(-1)).toBeLessThan(bridge.batch.start.mock.invocationCallOrder[0] ?? 0);
    await screen.findByTestId('run-progress');
    expect(chipOf(a).getByTestId('run-chip').getAttribute('data-state')).toBe('queued');

    act(() => bridge.emit('batch:progress', progress(a, { phase: 'validating' })));
    expect(chipOf(a).getByTestId('run-chip').textContent).toBe('校验中');
    act(() => bridge.emit('batch:progress', progress(a, { phase: 'creating', state: 'unknown', attempts: 1 })));
    expect(chipOf(a).getByTestId('run-chip').textContent).toBe('创建中');
    act(() => bridge.emit('batch:progress', progress(a, { phase: 'reconciling', state: 'unknown', attempts: 1 })));
    expect(chipOf(a).getByTestId('run-chip').textContent).toBe('核对中');
    act(() => bridge.emit('batch:progress', progress(a, { phase: 'done', state: 'created', cardId: CARD_ID, attempts: 1 })));
    expect(chipOf(a).getByTestId('run-chip').textContent).toBe('已创建');
    expect(chipOf(a).getByTestId('run-card-id').textContent).toBe(CARD_ID);
    const failed = localized('卡券名超过 27 字节', 'Title over 27 bytes');
    act(() => bridge.emit('batch:progress', progress(b, { phase: 'done', state: 'failed', errcode: 45021, message: failed })));
    expect(chipOf(b).getByTestId('run-chip').textContent).toBe('失败 45021');
    expect(chipOf(b).getByTestId('run-message').textContent).toBe('卡券名超过 27 字节');

    // A run of another batch (the console's) changes nothing here.
    act(() => bridge.emit('batch:progress', { ...progress(b, { phase: 'creating' }), batchId: 'another', runId: 'run-9' }));
    expect(chipOf(b).getByTestId('run-chip').textContent).toBe('失败 45021');

    act(() => bridge.emit('batch:progress', { scope: 'batch', run: runStatus({ status: 'done', finishedAt: NOW_MS }, { created: 1, failed: 1, queued: 0 }) }));
    const summary = await screen.findByTestId('run-summary');
    expect(within(summary).getByTestId('run-title').textContent).toBe('已完成');
    const count = (key: string) => summary.querySelector(`[data-count="${key}"] dd`)?.textContent;
    expect([count('created'), count('failed'), count('invalid'), count('duplicates'), count('orphans')]).toEqual(['1', '1', '0', '0', '0']);
  });

  it('asks before sending: account, coupons, images, calls, no undo and the daily quota; 取消 sends nothing', async () => {
    const batchDrafts = drafts();
    const bridge = await open(batchDrafts);
    fireEvent.click(screen.getByTestId('start-run'));
    const dialog = await screen.findByTestId('confirm-run');
    expect(within(dialog).getByTestId('confirm-run-account').textContent).toBe('示例商户（沙箱）');
    expect(within(dialog).getByTestId('confirm-run-cards').textContent).toBe('2 张');
    expect(within(dialog).getByTestId('confirm-run-images').textContent).toBe('无');
    expect(within(dialog).getByTestId('confirm-run-calls').textContent).toBe('约 2 次');
    expect(within(dialog).getByTestId('confirm-run-irreversible').textContent).toContain('不能撤回');
    expect(within(dialog).getByTestId('confirm-run-quota').textContent).toContain('每天的接口次数上限');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('confirm-run-cancel')));
    fireEvent.click(within(dialog).getByTestId('confirm-run-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-run')).toBeNull());
    expect(bridge.batch.start).not.toHaveBeenCalled();
  });

  it('a start answer that arrives after the run already finished does not bring back "running"', async () => {
    const bridge = await open(drafts());
    const finished = runStatus({ status: 'done', updatedAt: NOW_MS + 500, finishedAt: NOW_MS + 500 }, { created: 2, queued: 0 });
    bridge.batch.start.mockImplementationOnce(async () => {
      // The harness delivers events over SSE and answers over HTTP: the events can win the race.
      bridge.emit('batch:progress', { scope: 'batch', run: finished });
      return { ok: true as const, data: runStatus({ updatedAt: NOW_MS }) };
    });
    await confirmStart('start-run');
    await waitFor(() => expect(bridge.batch.start).toHaveBeenCalled());
    expect((await screen.findByTestId('run-summary')).getAttribute('data-status')).toBe('done');
    expect(screen.queryByTestId('run-progress')).toBeNull();
  });

  it('pauses, resumes and cancels the live run through batch:*', async () => {
    const bridge = await open(drafts());
    await confirmStart('start-run');
    await screen.findByTestId('run-pause');
    fireEvent.click(screen.getByTestId('run-pause'));
    await waitFor(() => expect(bridge.batch.pause).toHaveBeenCalledWith({ runId: 'run-1' }));
    await screen.findByText('已发出的请求会正常完成；继续后接着创建剩余的卡券。');
    fireEvent.click(screen.getByTestId('run-resume'));
    await waitFor(() => expect(bridge.batch.resume).toHaveBeenCalledWith({ runId: 'run-1' }));
    await screen.findByTestId('run-pause');
    fireEvent.click(screen.getByTestId('run-cancel'));
    await waitFor(() => expect(bridge.batch.cancel).toHaveBeenCalledWith({ runId: 'run-1' }));
    await screen.findByText('不再发送新的卡券；已发出的请求会核对完成，不会丢失 card_id。');
  });

  it('45009 says "今日额度已用完，剩余 N 张明天继续" and 继续创建 resumes the run', async () => {
    const bridge = await open(drafts());
    const stopReason = { kind: 'weixin', errcode: 45009, errmsg: 'reach max api daily quota limit', rid: null, message: localized('今天的额度用完了', 'Quota used up'), at: NOW_MS };
    act(() => bridge.emit('batch:progress', { scope: 'batch', run: runStatus({ status: 'quota_stopped', stopReason }, { created: 1, queued: 1 }) }));
    expect((await screen.findByTestId('run-title')).textContent).toBe('今日额度已用完，剩余 1 张明天继续');
    expect(screen.queryByTestId('start-run')).toBeNull();
    fireEvent.click(screen.getByTestId('run-resume'));
    await waitFor(() => expect(bridge.batch.resume).toHaveBeenCalledWith({ runId: 'run-1' }));
  });

  it('48001 shows the honest 2021 explanation main sent, folded until asked', async () => {
    const bridge = await open(drafts());
    const described = describeWeixinError({ errcode: 48001, errmsg: 'api unauthorized', endpoint: '/card/create' });
    const message = localized(`${described.meaning['zh-CN']}。${described.fix['zh-CN']}`, `${described.meaning.en}. ${described.fix.en}`);
    const stopReason = { kind: 'weixin', errcode: 48001, errmsg: 'api unauthorized', rid: null, message, at: NOW_MS };
    act(() => bridge.emit('batch:progress', { scope: 'batch', run: runStatus({ status: 'stopped', stopReason }, { queued: 2 }) }));
    const summary = await screen.findByTestId('run-summary');
    expect(summary.getAttribute('data-errcode')).toBe('48001');
    expect(within(summary).getByTestId('run-title').textContent).toBe('微信拒绝了创建（48001）');
    const reason = within(summary).getByTestId('run-stop-reason');
    expect(reason.textContent).toContain('自 2021-04-01 起');
    expect(reason.className).toContain('run-card__text--clamped');
    fireEvent.click(within(summary).getByTestId('run-reason-more'));
    expect(reason.className).not.toContain('run-card__text--clamped');
    expect(summary.textContent).toContain('剩余 2 张没有发送');
    // The same request would be refused again: no 重试, the alternatives instead (issue 11, problem 7).
    expect(within(summary).queryByTestId('run-resume')).toBeNull();
    expect(within(summary).getByTestId('run-alternatives').textContent).toContain('会员卡或微信支付商家券');
  });

  it('cannot start without an account, and offers to skip drafts with errors', async () => {
    const batchDrafts = drafts(true);
    const bridge = await open(batchDrafts, { offline: true });
    expect((screen.getByTestId('start-run') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('start-reason').textContent).toBe('先在顶栏为这个批次选择公众号，再开始创建');

    act(() => useBuilderStore.getState().setAccount(useAccountsStore.getState().accounts[0]?.id ?? null));
    await waitFor(() => expect(screen.getByTestId('start-reason').textContent).toBe('1 张卡券有错误，不能发送'));
    expect((screen.getByTestId('start-run') as HTMLButtonElement).disabled).toBe(true);
    const skip = screen.getByTestId('start-run-skip');
    expect(skip.textContent).toBe('跳过有错误的卡券，创建其余 1 张');
    await confirmStart('start-run-skip');
    await waitFor(() => expect(bridge.batch.start).toHaveBeenCalledWith({ batchId: BATCH_ID }));
  });

  it('a refused start shows main\'s reason', async () => {
    const bridge = await open(drafts());
    bridge.batch.start.mockResolvedValueOnce({ ok: false, error: { code: 'recovery_pending', message: localized('这个账号上次有卡券的创建结果还没与微信核对清楚', 'Earlier creates not checked yet') } } as never);
    await confirmStart('start-run');
    expect((await screen.findByTestId('run-error')).textContent).toBe('未能开始创建：这个账号上次有卡券的创建结果还没与微信核对清楚');
  });
});
