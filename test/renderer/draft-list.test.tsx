import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VIRTUAL_FROM, DraftList, type DraftListItem } from '../../renderer/src/features/builder/DraftList';
import { createDraft } from '../../renderer/src/lib/draft-factory';
import { resetAll } from './support/harness';

// jsdom has no layout: give the list pane a height and a ResizeObserver that reports it once, as
// Chromium does, so the virtual list has a window to fill (the real thing runs in bench/keystroke.ts).
const realHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe() {
      this.callback([], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  if (realHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', realHeight);
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  resetAll();
});

const NOW_MS = Date.now();
const items = (n: number): DraftListItem[] => Array.from({ length: n }, () => ({ draft: createDraft('CASH', NOW_MS), errors: 0, warnings: 0 }));

describe('the drafts list with many drafts (issue 11 problem 3)', () => {
  it('renders only the rows in view past the threshold, all of them below it', () => {
    const { unmount } = render(<DraftList items={items(300)} selectedId={null} runDrafts={{}} runLive={false} />);
    const shown = screen.getAllByTestId('draft-row').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(60);
    unmount();
    render(<DraftList items={items(VIRTUAL_FROM - 1)} selectedId={null} runDrafts={{}} runLive={false} />);
    expect(screen.getAllByTestId('draft-row')).toHaveLength(VIRTUAL_FROM - 1);
  });
});
