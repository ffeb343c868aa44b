// Far from China on purpose: a slot's hours are China wall-clock numbers and must not shift.
process.env.TZ = 'America/Los_Angeles';

import { act, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoursSection } from '../../renderer/src/features/builder/sections/HoursSection';
import { getAt } from '../../renderer/src/lib/card-path';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { currentDraft, renderInEditor, resetAll, startDraft } from './support/harness';

const LIST = 'card.cash.advanced_info.time_limit';
const beginInput = () => document.getElementById(fieldDomId(`${LIST}[0].begin_hour`)) as HTMLInputElement;

beforeEach(() => {
  resetAll();
  startDraft('CASH');
  useBuilderStore.getState().setField(LIST, [{ type: 'MONDAY', begin_hour: 10, begin_minute: 0, end_hour: 22, end_minute: 30 }]);
});
afterEach(() => {
  act(() => useAppStore.setState({ locale: 'zh-CN' }));
  resetAll();
});

describe('usage hours on antd TimePicker', () => {
  it('shows the stored hours in the UI language’s format, not the computer’s: 10:00 in Chinese, 10:00 AM in English', () => {
    renderInEditor(<HoursSection />);
    expect(beginInput().value).toBe('10:00');
    act(() => useAppStore.setState({ locale: 'en' }));
    expect(beginInput().value).toBe('10:00 AM');
  });

  it('a typed time is stored as the same hour and minute numbers (no zone shift)', () => {
    renderInEditor(<HoursSection />);
    const input = beginInput();
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '08:15' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(getAt(currentDraft().card, `${LIST}[0]`)).toEqual({ type: 'MONDAY', begin_hour: 8, begin_minute: 15, end_hour: 22, end_minute: 30 });
  });
});
