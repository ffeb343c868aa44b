import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuilderScreen } from '../../renderer/src/features/builder/BuilderScreen';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { resetAll, startDraft } from './support/harness';
import { developerText, visibleText } from './support/visible-text';

beforeEach(() => {
  resetAll();
  startDraft('CASH');
});
afterEach(resetAll);

const findingAt = (path: string) => screen.getAllByTestId('finding').find((f) => f.getAttribute('data-path') === path);

describe('the findings panel', () => {
  it('lists the title error and, clicked, focuses the title input', () => {
    useBuilderStore.getState().setField('card.cash.base_info.title', '1000元面值充值卡哈哈');
    render(<BuilderScreen />);
    const finding = findingAt('card.cash.base_info.title');
    expect(finding?.textContent).toContain('27');
    // The raw path sits in the folded developer detail beside the finding, not in what the merchant reads.
    const item = finding?.closest('li') as HTMLElement;
    expect(visibleText(item)).not.toContain('card.cash.base_info.title');
    expect(developerText(item)).toContain('card.cash.base_info.title');
    fireEvent.click(finding as HTMLElement);
    expect(document.activeElement?.id).toBe(fieldDomId('card.cash.base_info.title'));
  });

  it('opens a folded section to reach the field (usage hours are folded by default)', () => {
    useBuilderStore.getState().setField('card.cash.advanced_info.time_limit', [{ type: 'MONDAY', begin_hour: 25, begin_minute: 0, end_hour: 22, end_minute: 0 }]);
    render(<BuilderScreen />);
    expect(document.getElementById(fieldDomId('card.cash.advanced_info.time_limit[0].begin_hour'))).toBeNull();
    fireEvent.click(findingAt('card.cash.advanced_info.time_limit[0].begin_hour') as HTMLElement);
    expect(useBuilderStore.getState().openSections.hours).toBe(true);
    expect(document.activeElement?.id).toBe(fieldDomId('card.cash.advanced_info.time_limit[0].begin_hour'));
  });

  it('a finding on a container lands on the first field inside it (required sku → stock)', () => {
    useBuilderStore.getState().setField('card.cash.base_info.sku', undefined);
    render(<BuilderScreen />);
    fireEvent.click(findingAt('card.cash.base_info.sku') as HTMLElement);
    expect(document.activeElement?.id).toBe(fieldDomId('card.cash.base_info.sku.quantity'));
  });

  it('a finding clicked in one draft never moves the caret in the next draft shown (stale focus request)', () => {
    const first = useBuilderStore.getState().selectedId as string;
    useBuilderStore.getState().setField('card.cash.base_info.title', '1000元面值充值卡哈哈');
    act(() => useBuilderStore.getState().addDraft('CASH'));
    const second = useBuilderStore.getState().selectedId as string;
    act(() => useBuilderStore.getState().selectDraft(first));
    render(<BuilderScreen />);
    fireEvent.click(findingAt('card.cash.base_info.title') as HTMLElement);
    expect(document.activeElement?.id).toBe(fieldDomId('card.cash.base_info.title'));
    (document.activeElement as HTMLElement).blur();
    act(() => useBuilderStore.getState().selectDraft(second));
    expect(document.activeElement).toBe(document.body);
    act(() => useBuilderStore.getState().selectDraft(first));
    expect(document.activeElement).toBe(document.body);
    expect(useBuilderStore.getState().focusRequest).toBeNull();
  });

  it('shows the all-clear when the draft has no findings', () => {
    render(<BuilderScreen />);
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByTestId('findings-panel').textContent).toContain('没有发现问题');
  });
});
