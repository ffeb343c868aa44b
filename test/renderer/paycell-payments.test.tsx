import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PayCellEvent } from '../../common/ipc/channels/sandbox';
import { PayCellPayments } from '../../renderer/src/features/history/PayCellPayments';
import { useSandboxStore } from '../../renderer/src/stores/sandbox-store';
import { setBridge } from './support/harness';
import { visibleText } from './support/visible-text';

const CARD = 'pDm7qZaaaaaaaaaaaaaaaaaaaaaa';
const event = (fee: number, original: number): PayCellEvent => ({
  ToUserName: 'gh_dm7qzsandbox',
  FromUserName: 'oDm7qZuser',
  CreateTime: 1_798_700_000,
  MsgType: 'event',
  Event: 'user_pay_from_pay_cell',
  CardId: CARD,
  UserCardCode: '123456789012',
  TransId: `4200${String(original).padStart(24, '0')}`,
  LocationId: 287640011,
  Fee: fee,
  OriginalFee: original,
});

afterEach(() => {
  cleanup();
  useSandboxStore.setState({ payments: {}, paymentError: null, busy: null });
});

describe('sandbox 买单 payments in the History drawer', () => {
  it('a simulated payment of 88 元 sends 8800 分 and shows the event in 元, with the no-public-URL note; the event name stays in the developer detail', async () => {
    const payWithPayCell = vi.fn(async ({ originalFee }: { cardId: string; originalFee: number }) => ({ ok: true as const, data: event(originalFee - 1000, originalFee) }));
    setBridge({ sandbox: { payCellEvents: vi.fn(async () => ({ ok: true as const, data: [] })), payWithPayCell } });
    render(<PayCellPayments cardId={CARD} />);
    expect(screen.getByTestId('paycell-note').textContent).toContain('桌面应用没有公网地址');
    fireEvent.click(screen.getByTestId('paycell-pay'));
    await screen.findByTestId('paycell-event');
    expect(payWithPayCell).toHaveBeenCalledWith({ cardId: CARD, originalFee: 8800 });
    const row = screen.getByTestId('paycell-event');
    expect(visibleText(row)).toContain('实付 78.00 元（应付 88.00 元）');
    expect(visibleText(row)).not.toContain('user_pay_from_pay_cell');
    expect(row.querySelector('[data-testid="dev-detail"]')?.textContent).toContain('user_pay_from_pay_cell');
  });

  it('lists the card’s earlier payments from the sandbox, and refuses a bill of 0 without calling it', async () => {
    const payWithPayCell = vi.fn();
    setBridge({ sandbox: { payCellEvents: vi.fn(async () => ({ ok: true as const, data: [event(5000, 5000)] })), payWithPayCell } });
    render(<PayCellPayments cardId={CARD} />);
    await waitFor(() => expect(screen.getAllByTestId('paycell-event')).toHaveLength(1));
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('paycell-pay'));
    expect(screen.getByText('账单金额应大于 0，最多两位小数。')).toBeTruthy();
    expect(payWithPayCell).not.toHaveBeenCalled();
  });
});
