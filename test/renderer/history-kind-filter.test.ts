// The History kind filter (微信卡券 / 会员卡 / 商家券) reaches main's query as `kinds`.
import { describe, expect, it } from 'vitest';
import { toQueryFilter, type HistoryFilters } from '../../renderer/src/stores/history-store';

const none: HistoryFilters = { accountId: null, batchId: null, state: 'all', review: 'all', kind: 'all', text: '' };

describe('History kind filter', () => {
  it('sends one kind when one is chosen and none for all kinds', () => {
    expect(toQueryFilter({ ...none, kind: 'stock' })).toEqual({ kinds: ['stock'] });
    expect(toQueryFilter({ ...none, kind: 'member' })).toEqual({ kinds: ['member'] });
    expect(toQueryFilter(none)).toEqual({});
  });
});
