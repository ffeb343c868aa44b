// 新建批次 picks the back end (issue 12): the batch carries it, the panel shows it, and the account
// carries over only when it is of the kind the new back end creates with.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackEndTag } from '../../renderer/src/features/builder/stock/BackEndTag';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { renderScreen } from './support/harness';

describe('a new batch for a back end', () => {
  it('keeps an Official Account between card batches and drops it for a 商家券 batch', () => {
    useBuilderStore.getState().newBatch('weixin_card');
    useBuilderStore.setState({ batch: { ...useBuilderStore.getState().batch, accountId: 'oa-1' } });
    useBuilderStore.getState().newBatch('member_card');
    expect(useBuilderStore.getState().batch).toMatchObject({ backEnd: 'member_card', accountId: 'oa-1' });
    useBuilderStore.getState().newBatch('busifavor');
    expect(useBuilderStore.getState().batch).toMatchObject({ backEnd: 'busifavor', accountId: null, drafts: [] });
    useBuilderStore.getState().newBatch();
    expect(useBuilderStore.getState().batch.backEnd).toBe('weixin_card');
  });

  it('shows what the batch creates in the merchant platform words', () => {
    renderScreen(<BackEndTag backEnd="busifavor" />);
    expect(screen.getByTestId('batch-back-end').textContent).toBe('微信支付商家券');
  });
});
