import { describe, expect, it } from 'vitest';
import { runChipOf } from '../../renderer/src/features/builder/run-chip';

const info = (state: 'queued' | 'failed', errcode: number | null) => ({ phase: 'done' as const, state, cardId: null, attempts: 1, errcode, message: null });

describe('a draft’s run chip', () => {
  it('a draft Weixin refused (the run stopped on 48001) says so, not 未发送 (issue 11, problem 12)', () => {
    const chip = runChipOf(info('queued', 48001), false);
    expect(chip?.key).toBe('refused');
    expect(chip?.tone).toBe('error');
    expect(chip?.label['zh-CN']).toBe('微信拒绝 48001');
  });

  it('a draft never sent still says 未发送', () => {
    expect(runChipOf(info('queued', null), false)?.label['zh-CN']).toBe('未发送');
  });
});
