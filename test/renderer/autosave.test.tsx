import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftBatch } from '../../common/drafts/draft';
import { SaveIndicator } from '../../renderer/src/features/builder/SaveIndicator';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { useSaveStore } from '../../renderer/src/stores/save-store';
import { resetAll, setBridge } from './support/harness';

const STORED: DraftBatch = {
  schemaVersion: 2,
  backEnd: 'weixin_card',
  id: '6f1d2c1e-8a8b-4a53-9d7e-2f3b4c5d6e7f',
  name: '双十一批次',
  accountId: null,
  drafts: [],
  createdAt: 1,
  updatedAt: 2,
};

const summary = (batch: DraftBatch) => ({ id: batch.id, name: batch.name, backEnd: batch.backEnd, accountId: null, draftCount: batch.drafts.length, createdAt: 1, updatedAt: 3 });
const failure = { ok: false as const, error: { code: 'storage_failed', message: { 'zh-CN': '磁盘已满', en: 'Disk full' } } };

function fakeDrafts(save: (batch: DraftBatch) => unknown, stored: readonly DraftBatch[] = [STORED]) {
  return {
    list: vi.fn(async () => ({ ok: true, data: { batches: [summary(STORED)], problems: [] } })),
    get: vi.fn(async ({ batchId }: { batchId: string }) => ({ ok: true, data: stored.find((b) => b.id === batchId) ?? STORED })),
    create: vi.fn(async () => ({ ok: true, data: STORED })),
    save: vi.fn(async ({ batch }: { batch: DraftBatch }) => save(batch)),
  };
}

let stop: () => void = () => undefined;
beforeEach(resetAll);
afterEach(() => {
  stop();
  resetAll();
});

describe('autosave through the drafts channels', () => {
  it('opens the latest stored batch and saves a change after a quiet moment', async () => {
    const drafts = fakeDrafts((batch) => ({ ok: true, data: summary(batch) }));
    setBridge({ drafts });
    stop = useSaveStore.getState().start();
    await waitFor(() => expect(useBuilderStore.getState().batch.name).toBe('双十一批次'));
    expect(drafts.get).toHaveBeenCalledWith({ batchId: STORED.id });
    useBuilderStore.getState().addDraft('CASH');
    expect(useSaveStore.getState().status).toBe('saving');
    await waitFor(() => expect(drafts.save).toHaveBeenCalledTimes(1), { timeout: 3000 });
    const saved = drafts.save.mock.calls[0]?.[0].batch;
    expect(saved?.id).toBe(STORED.id);
    expect(saved?.drafts).toHaveLength(1);
    await waitFor(() => expect(useSaveStore.getState().status).toBe('saved'));
  });

  it('a failed save keeps everything typed, says 保存失败, and a retry saves it', async () => {
    let fail = true;
    const drafts = fakeDrafts((batch) => (fail ? failure : { ok: true, data: summary(batch) }));
    setBridge({ drafts });
    stop = useSaveStore.getState().start();
    await waitFor(() => expect(useBuilderStore.getState().batch.id).toBe(STORED.id));
    render(<SaveIndicator />);
    useBuilderStore.getState().addDraft('GIFT');
    useBuilderStore.getState().setField('card.gift.base_info.title', '免费兑换摩卡一杯');
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('failed'), { timeout: 3000 });
    expect(screen.getByTestId('save-status').textContent).toContain('保存失败');
    expect(useSaveStore.getState().error).toEqual(failure.error.message);
    expect(useBuilderStore.getState().batch.drafts).toHaveLength(1);
    fail = false;
    screen.getByRole('button', { name: '重试' }).click();
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('saved'));
    const last = drafts.save.mock.calls.at(-1)?.[0].batch;
    expect(JSON.stringify(last)).toContain('免费兑换摩卡一杯');
  });

  it('a new batch started right after an edit still saves that edit into the old batch', async () => {
    const drafts = fakeDrafts((batch) => ({ ok: true, data: summary(batch) }));
    setBridge({ drafts });
    stop = useSaveStore.getState().start();
    await waitFor(() => expect(useBuilderStore.getState().batch.id).toBe(STORED.id));
    useBuilderStore.getState().addDraft('CASH');
    useBuilderStore.getState().setField('card.cash.base_info.title', '最后一刻的修改');
    useBuilderStore.getState().newBatch();
    await waitFor(() => expect(drafts.save.mock.calls.some(([{ batch }]) => batch.id === STORED.id && JSON.stringify(batch).includes('最后一刻的修改'))).toBe(true));
  });

  it('opening a saved batch saves the current one first, then loads the other', async () => {
    const other: DraftBatch = { ...STORED, id: '0b7e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: '周年庆' };
    const drafts = fakeDrafts((batch) => ({ ok: true, data: summary(batch) }), [STORED, other]);
    setBridge({ drafts });
    stop = useSaveStore.getState().start();
    await waitFor(() => expect(useBuilderStore.getState().batch.id).toBe(STORED.id));
    useBuilderStore.getState().addDraft('GIFT');
    await useSaveStore.getState().openBatch(other.id);
    expect(drafts.save.mock.calls[0]?.[0].batch.drafts).toHaveLength(1);
    expect(useBuilderStore.getState().batch.name).toBe('周年庆');
    expect(useSaveStore.getState().status).toBe('saved');
  });

  it('without drafts channels the batch stays in the window and the indicator says so', () => {
    setBridge({});
    stop = useSaveStore.getState().start();
    render(<SaveIndicator />);
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('local');
    expect(screen.getByTestId('save-status').textContent).toContain('仅保存在本次会话');
  });
});
