import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscountField } from '../../renderer/src/features/builder/fields/DiscountField';
import { MoneyField } from '../../renderer/src/features/builder/fields/MoneyField';
import { getAt } from '../../renderer/src/lib/card-path';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { currentDraft, renderInEditor, resetAll, startDraft } from './support/harness';

afterEach(resetAll);

describe('money fields take 元 and store 分', () => {
  const REDUCE = 'card.cash.reduce_cost';
  beforeEach(() => {
    resetAll();
    startDraft('CASH');
  });

  it('9.9 元 becomes 990 分 in the card JSON', () => {
    renderInEditor(<MoneyField path={REDUCE} />);
    const input = document.getElementById(fieldDomId(REDUCE)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '9.9' } });
    expect(getAt(currentDraft().card, REDUCE)).toBe(990);
    expect(input.value).toBe('9.9');
    // The 分 figure is for developers: only inside the folded developer detail, never beside the input.
    expect(screen.queryByText(/990 分/)).toBeNull();
    const dev = screen.getByTestId('dev-detail');
    expect(dev.hasAttribute('open')).toBe(false);
    expect(dev.textContent).toContain('card.cash.reduce_cost');
    expect(dev.textContent).toContain('990');
  });

  it('a third decimal is refused with parseYuan’s message; the card keeps its last good value and the text stays', () => {
    renderInEditor(<MoneyField path={REDUCE} />);
    const input = document.getElementById(fieldDomId(REDUCE)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '19.99' } });
    expect(getAt(currentDraft().card, REDUCE)).toBe(1999);
    fireEvent.change(input, { target: { value: '19.999' } });
    expect(getAt(currentDraft().card, REDUCE)).toBe(1999);
    expect(input.value).toBe('19.999');
    expect(screen.getByTestId('field-msg-error').textContent).toContain('超过两位小数');
    expect(Object.keys(useBuilderStore.getState().inputIssues)).toHaveLength(1);
    fireEvent.change(input, { target: { value: '20' } });
    expect(getAt(currentDraft().card, REDUCE)).toBe(2000);
    expect(screen.queryByTestId('field-msg-error')).toBeNull();
    expect(useBuilderStore.getState().inputIssues).toEqual({});
  });

  it('shows the stored 分 as 元 when the draft is opened', () => {
    renderInEditor(<MoneyField path="card.cash.least_cost" />);
    const input = document.getElementById(fieldDomId('card.cash.least_cost')) as HTMLInputElement;
    expect(input.value).toBe('100');
  });
});

describe('the discount field takes 折 and stores percent off', () => {
  const DISCOUNT = 'card.discount.discount';
  beforeEach(() => {
    resetAll();
    startDraft('DISCOUNT');
  });

  it('7.5折 stores 25 and explains it as 七五折, 25% off', () => {
    renderInEditor(<DiscountField path={DISCOUNT} />);
    const input = document.getElementById(fieldDomId(DISCOUNT)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '7.5折' } });
    expect(getAt(currentDraft().card, DISCOUNT)).toBe(25);
    expect(screen.getByTestId('discount-meaning').textContent).toBe('七五折，减 25%');
  });

  it('七折 stores 30; 10 (full price) is refused', () => {
    renderInEditor(<DiscountField path={DISCOUNT} />);
    const input = document.getElementById(fieldDomId(DISCOUNT)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '七折' } });
    expect(getAt(currentDraft().card, DISCOUNT)).toBe(30);
    fireEvent.change(input, { target: { value: '10' } });
    expect(getAt(currentDraft().card, DISCOUNT)).toBe(30);
    expect(screen.getByTestId('field-msg-error').textContent).toContain('原价');
  });
});
