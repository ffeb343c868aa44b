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
    const checked = radios.filter((r) => (r as HTMLInputElement).checked);
    expect(checked).toHaveLength(1);
    expect(checked[0]?.getAttribute('data-color')).toBe(getAt(currentDraft().card, COLOR));
  });

  it('a click stores the ColorNNN name, never a hex', () => {
    renderInEditor(<ColorPicker path={COLOR} />);
    fireEvent.click(screen.getByRole('radio', { name: /Color102/ }));
    expect(getAt(currentDraft().card, COLOR)).toBe('Color102');
  });

  it('the swatches are one native radio group, so the browser gives one tab stop and the arrow keys', () => {
    renderInEditor(<ColorPicker path={COLOR} />);
    const radios = within(screen.getByTestId('color-picker')).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.every((r) => r.type === 'radio')).toBe(true);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    // A finding on the colour focuses the checked swatch: it carries the field's id.
    fireEvent.click(screen.getByRole('radio', { name: /Color010/ }));
    expect(document.getElementById('f-card_cash_base_info_color')?.getAttribute('data-color')).toBe('Color010');
  });
});
