// The computer's zone is set far from China before anything reads the clock: a picked date must
// still be a China date (product-landscape.md §2.6).
process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChinaDateField } from '../../renderer/src/features/builder/fields/ChinaDateField';
import { getAt } from '../../renderer/src/lib/card-path';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { currentDraft, renderInEditor, resetAll, startDraft } from './support/harness';

const BEGIN = 'card.cash.base_info.date_info.begin_timestamp';
const END = 'card.cash.base_info.date_info.end_timestamp';

/** Types a date into antd's DatePicker and confirms it with Enter, as a person does. */
function pick(input: HTMLInputElement, date: string): void {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

beforeEach(() => {
  resetAll();
  startDraft('CASH');
});
afterEach(resetAll);

describe('date fields are China Standard Time whatever the computer’s zone', () => {
  it('runs in a zone eight hours behind UTC in winter (the premise of this file)', () => {
    expect(new Date(2026, 11, 31).getTimezoneOffset()).toBe(480);
  });

  it('picking 2026-12-31 as the end stores 23:59:59 CST (1798732799)', () => {
    renderInEditor(<ChinaDateField path={END} edge="end" />);
    const input = document.getElementById(fieldDomId(END)) as HTMLInputElement;
    pick(input, '2026-12-31');
    expect(getAt(currentDraft().card, END)).toBe(1_798_732_799);
    expect(input.value).toBe('2026-12-31');
    expect(screen.getByTestId('date-time').textContent).toBe('23:59:59');
    expect(screen.getByText('北京时间')).toBeTruthy();
  });

  it('picking 2026-12-01 as the start stores 00:00:00 CST', () => {
    renderInEditor(<ChinaDateField path={BEGIN} edge="start" />);
    const input = document.getElementById(fieldDomId(BEGIN)) as HTMLInputElement;
    pick(input, '2026-12-01');
    // 2026-12-01 00:00:00 +08:00 = 2026-11-30T16:00:00Z
    expect(getAt(currentDraft().card, BEGIN)).toBe(Date.UTC(2026, 10, 30, 16) / 1000);
  });
});
