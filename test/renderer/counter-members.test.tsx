// 会员 at the counter in jsdom with a fake bridge: a points change is confirmed in a Modal showing
// before → after, then sent once; an unknown outcome shows 正在核对 and is settled by
// members:reconcile — the change is never sent a second time.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberInfoView } from '../../common/ipc/channels/members';
import { MemberPanel } from '../../renderer/src/features/counter/MemberPanel';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useCounterMembersStore } from '../../renderer/src/stores/counter-members-store';
import { SANDBOX_ACCOUNT, SANDBOX_ID } from './accounts-support';
import { renderScreen, resetAll, setBridge } from './support/harness';

const initial = useCounterMembersStore.getInitialState();
const accountsInitial = useAccountsStore.getInitialState();
afterEach(() => {
  resetAll();
  useCounterMembersStore.setState(initial, true);
  useAccountsStore.setState(accountsInitial, true);
});

const member = (bonus: number): MemberInfoView => ({ openid: 'oMember1', nickname: '小王', membershipNumber: 'M001', bonus, balance: 1250, status: 'NORMAL', active: true, fields: [] });

function bridge(outcome: 'applied' | 'unknown') {
  let bonus = 100;
  const change = vi.fn(async ({ delta }: { delta: number }) => {
    bonus += delta;
    return { ok: true, data: { id: 'chg1', outcome, before: bonus - delta, after: bonus, total: outcome === 'unknown' ? null : bonus } };
  });
  const reconcile = vi.fn(async () => ({ ok: true, data: { settled: 1, stillUnknown: 0 } }));
  setBridge({
    accounts: { list: vi.fn(async () => ({ ok: true, data: { accounts: [SANDBOX_ACCOUNT], problems: [], secretStorage: { mode: 'memory', available: true } } })) },
    members: {
      cards: vi.fn(async () => ({ ok: true, data: { cards: [{ cardId: 'pMemberCard', title: '会员卡', reviewStatus: 'CARD_STATUS_VERIFY_OK' }] } })),
      get: vi.fn(async () => ({ ok: true, data: member(bonus) })),
      change,
      reconcile,
    },
  });
  return { change, reconcile };
}

async function findAndAsk() {
  useAccountsStore.setState({ accounts: [SANDBOX_ACCOUNT] });
  renderScreen(<MemberPanel />);
  await waitFor(() => expect(screen.getByTestId('member-card').getAttribute('data-value')).toBe('pMemberCard'));
  const code = screen.getByLabelText('会员卡号（扫码或输入）');
  fireEvent.change(code, { target: { value: '123456789012' } });
  fireEvent.keyDown(code, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect(screen.getByTestId('member-points').textContent).toBe('100'));
  expect(screen.getByTestId('member-balance').textContent).toBe('12.50');
  fireEvent.change(screen.getByTestId('member-amount'), { target: { value: '20' } });
  fireEvent.change(screen.getByTestId('member-record'), { target: { value: '消费赠送' } });
  fireEvent.click(screen.getByTestId('member-adjust'));
  await waitFor(() => expect(screen.getByTestId('member-confirm').textContent).toBe('积分：调整前 100 → 调整后 120'));
}

describe('会员 at the counter', () => {
  it('confirms before → after, sends one change with the reason, shows the result', async () => {
    const { change } = bridge('applied');
    await findAndAsk();
    expect(change).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(screen.getByTestId('member-outcome').textContent).toBe('已调整：100 → 120'));
    expect(change).toHaveBeenCalledTimes(1);
    expect(change).toHaveBeenCalledWith({ accountId: SANDBOX_ID, cardId: 'pMemberCard', code: '123456789012', value: 'bonus', delta: 20, record: '消费赠送' });
    await waitFor(() => expect(screen.getByTestId('member-points').textContent).toBe('120'));
  });

  it('an unknown outcome is reconciled, never resent', async () => {
    const { change, reconcile } = bridge('unknown');
    await findAndAsk();
    fireEvent.click(screen.getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(reconcile).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('member-outcome').textContent).toBe('已调整：100 → 120'));
    expect(change).toHaveBeenCalledTimes(1);
  });
});
