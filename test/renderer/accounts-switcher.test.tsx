import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountSwitcher } from '../../renderer/src/features/accounts/AccountSwitcher';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { fakeBridge, liveAccount, resetAccounts, SANDBOX_ACCOUNT, SANDBOX_ID } from './accounts-support';
import { setBridge } from './support/harness';

beforeEach(resetAccounts);
afterEach(resetAccounts);

async function renderSwitcher() {
  const live = liveAccount({ secretState: 'needs_reentry' });
  setBridge(fakeBridge({ accounts: [SANDBOX_ACCOUNT, live] }));
  await useAccountsStore.getState().load();
  render(<AccountSwitcher />);
  return live;
}

describe('the top-bar account switcher', () => {
  it('says 未选择公众号 · 离线编辑 while the batch has no account', async () => {
    await renderSwitcher();
    const slot = screen.getByTestId('account-slot');
    expect(slot.textContent).toContain('未选择公众号');
    expect(slot.textContent).toContain('离线编辑');
  });

  it('lists the accounts with their secret state; choosing one sets the batch’s account and shows its environment', async () => {
    const live = await renderSwitcher();
    fireEvent.click(screen.getByTestId('account-slot'));
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((i) => i.getAttribute('data-key'))).toEqual([SANDBOX_ID, live.id, 'offline']);
    expect(items[0]?.textContent).toContain('内置演示密钥');
    expect(items[1]?.textContent).toContain('需要重新输入');
    expect(items[2]?.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(items[0] as HTMLElement);
    expect(useBuilderStore.getState().batch.accountId).toBe(SANDBOX_ID);
    expect(screen.getByTestId('account-slot-name').textContent).toBe('示例商户（沙箱）');
    expect(screen.getByTestId('account-slot-env').textContent).toBe('沙箱');

    fireEvent.click(screen.getByTestId('account-slot'));
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: /示例商户/ }).getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(screen.getByRole('menuitemradio', { name: /不选择公众号/ }));
    expect(useBuilderStore.getState().batch.accountId).toBeNull();
    expect(screen.getByTestId('account-slot').textContent).toContain('离线编辑');
  });

  it('管理账号… opens the Accounts screen on the batch’s account', async () => {
    const live = await renderSwitcher();
    useBuilderStore.getState().setAccount(live.id);
    fireEvent.click(screen.getByTestId('account-slot'));
    fireEvent.click(screen.getByRole('menuitem', { name: /管理账号/ }));
    expect(useAppStore.getState().screen).toBe('accounts');
    expect(useAccountsStore.getState().view).toEqual({ kind: 'account', accountId: live.id });
  });

  it('says so when the batch names an account that was removed', async () => {
    await renderSwitcher();
    useBuilderStore.getState().setAccount('gone-account');
    await waitFor(() => expect(screen.getByTestId('account-slot-name').textContent).toBe('账号已删除'));
    expect(screen.getByTestId('account-slot').textContent).toContain('请重新选择');
  });
});
