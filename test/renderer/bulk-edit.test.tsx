import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulkEditDialog } from '../../renderer/src/features/builder/bulk/BulkEditDialog';
import { addMemberCardDraft } from '../../renderer/src/features/builder/member/member-draft';
import { getAt } from '../../renderer/src/lib/card-path';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { pickAntdOption } from './support/antd-select';
import { renderScreen, resetAll, startDraft } from './support/harness';

beforeEach(() => {
  resetAll();
  startDraft('CASH');
  startDraft('GIFT');
  addMemberCardDraft();
});
afterEach(resetAll);

const drafts = () => useBuilderStore.getState().batch.drafts;

/** Types a date into antd's DatePicker and confirms it with Enter, as a person does. */
function pickDate(testId: string, date: string): void {
  const root = screen.getByTestId(testId);
  const input = (root.tagName === 'INPUT' ? root : root.querySelector('input')) as HTMLInputElement;
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('bulk edit', () => {
  it('sets colour, service phone and a China-day validity on the ticked drafts of any kind, and only on those', async () => {
    renderScreen(<BulkEditDialog open onClose={() => undefined} />);
    const picks = await screen.findAllByTestId('bulk-edit-pick');
    fireEvent.click(picks[0] as HTMLElement);
    fireEvent.click(picks[2] as HTMLElement);
    pickAntdOption('bulk-edit-color', '#dd6549');
    fireEvent.change(screen.getByTestId('bulk-edit-phone'), { target: { value: '400-800-8888' } });
    pickDate('bulk-edit-begin', '2027-01-01');
    pickDate('bulk-edit-end', '2027-01-31');
    fireEvent.click(screen.getByTestId('bulk-edit-apply'));
    expect(screen.getByTestId('bulk-edit-message').textContent).toBe('已修改 2 张');
    const [cash, gift, member] = drafts();
    expect(getAt(cash?.card, 'card.cash.base_info')).toMatchObject({ color: 'Color090', service_phone: '400-800-8888', date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: 1798732800, end_timestamp: 1801411199 } });
    expect(getAt(member?.card, 'card.member_card.base_info')).toMatchObject({ color: 'Color090', service_phone: '400-800-8888' });
    expect(getAt(gift?.card, 'card.gift.base_info.service_phone')).not.toBe('400-800-8888');
  });

  it('an end date before the start is refused with what to do, and nothing changes', async () => {
    renderScreen(<BulkEditDialog open onClose={() => undefined} />);
    fireEvent.click((await screen.findAllByTestId('bulk-edit-pick'))[0] as HTMLElement);
    const before = drafts()[0];
    pickDate('bulk-edit-begin', '2027-02-01');
    pickDate('bulk-edit-end', '2027-01-01');
    fireEvent.click(screen.getByTestId('bulk-edit-apply'));
    expect(screen.getByRole('alert').textContent).toContain('结束不能早于开始');
    expect(drafts()[0]).toBe(before);
  });
});
