import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUPON_COLORS } from '../../common/coupon/colors';
import { ColorPicker } from '../../renderer/src/features/builder/fields/ColorPicker';
import { getAt } from '../../renderer/src/lib/card-path';
import { currentDraft, renderInEditor, resetAll, startDraft } from './support/harness';

const COLOR = 'card.cash.base_info.color';

beforeEach(() => {
  resetAll();
  startDraft('CASH');
});
afterEach(resetAll);

describe('the colour picker', () => {
  it('offers exactly Weixin’s 14 colours, one marked as selected', () => {
    renderInEditor(<ColorPicker path={COLOR} />);
    const radios = within(screen.getByTestId('color-picker')).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('data-color'))).toEqual(COUPON_COLORS.map((c) => c.name));
    const checked = radios.filter((r) => r.getAttribute('aria-checked') === 'true');
    expect(checked).toHaveLength(1);
    expect(checked[0]?.getAttribute('data-color')).toBe(getAt(currentDraft().card, COLOR));
  });

  it('a click stores the ColorNNN name, never a hex', () => {
    renderInEditor(<ColorPicker path={COLOR} />);
    fireEvent.click(screen.getByRole('radio', { name: /Color102/ }));
    expect(getAt(currentDraft().card, COLOR)).toBe('Color102');
  });

  it('arrows move through the grid, selecting and focusing; Up/Down move a row of 7', () => {
    renderInEditor(<ColorPicker path={COLOR} />);
    fireEvent.click(screen.getByRole('radio', { name: /Color010/ }));
    const first = screen.getByRole('radio', { name: /Color010/ });
    expect(first.tabIndex).toBe(0);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(getAt(currentDraft().card, COLOR)).toBe('Color020');
    expect(document.activeElement?.getAttribute('data-color')).toBe('Color020');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(getAt(currentDraft().card, COLOR)).toBe('Color081');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(getAt(currentDraft().card, COLOR)).toBe('Color102');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(getAt(currentDraft().card, COLOR)).toBe('Color010');
    // Only the selected swatch is in the tab order (roving tabindex).
    const tabbable = within(screen.getByTestId('color-picker')).getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(tabbable.map((r) => r.getAttribute('data-color'))).toEqual(['Color010']);
  });
});
