import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuilderToasts, UNDO_MS } from '../../renderer/src/features/builder/BuilderToasts';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { resetAll, startDraft } from './support/harness';

beforeEach(() => {
  resetAll();
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  resetAll();
});

describe('the undo offer (issue 11, problem 14)', () => {
  it('lapses ten seconds after the delete even while the builder was not on screen, and does not come back on the next visit', () => {
    const draft = startDraft('CASH');
    act(() => useBuilderStore.getState().deleteDraft(draft.id));
    const first = render(<BuilderToasts />);
    expect(screen.getByTestId('undo-toast')).toBeTruthy();
    first.unmount(); // the merchant goes to History
    act(() => vi.advanceTimersByTime(UNDO_MS + 1));
    render(<BuilderToasts />); // and comes back
    expect(screen.queryByTestId('undo-toast')).toBeNull();
    expect(useBuilderStore.getState().undo).toBeNull();
  });

  it('shown again within the ten seconds, it keeps only the time left', () => {
    const draft = startDraft('CASH');
    act(() => useBuilderStore.getState().deleteDraft(draft.id));
    render(<BuilderToasts />).unmount();
    act(() => vi.advanceTimersByTime(6_000));
    render(<BuilderToasts />);
    expect(screen.getByTestId('undo-toast')).toBeTruthy();
    act(() => vi.advanceTimersByTime(4_100));
    expect(useBuilderStore.getState().undo).toBeNull();
  });
});
