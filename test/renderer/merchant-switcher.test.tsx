// Both kinds of account in the top-bar switcher and the accounts pane, each labelled with its kind.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MerchantAccountView } from '../../common/ipc/channels/merchants';
import { AccountSwitcher } from '../../renderer/src/features/accounts/AccountSwitcher';
import { AccountsScreen } from '../../renderer/src/features/accounts/AccountsScreen';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { useMerchantsStore } from '../../renderer/src/stores/merchants-store';
import { fakeBridge, resetAccounts, SANDBOX_ACCOUNT, SANDBOX_ID } from './accounts-support';
import { renderScreen, setBridge } from './support/harness';

const reset = () => {
  resetAccounts();
  useMerchantsStore.setState(useMerchantsStore.getInitialState(), true);
};
beforeEach(reset);
afterEach(reset);

const MERCHANT: MerchantAccountView = {
  id: 'm-1',
  name: '示例商户（沙箱）',
  displayName: { 'zh-CN': '示例商户（沙箱）', en: 'Demo merchant (sandbox)' },
  mchid: '1900009231',
  serialNo: '5A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D',
  hasCertificate: false,
  verification: 'public-key',
  publicKeyId: 'PUB_KEY_ID_0119000092312026120300000000000001',
  platformCertificates: [],
  environment: 'sandbox',
  createdAt: 0,
  secrets: { privateKey: 'stored', apiv3Key: 'stored' },
};

function bridgeWithMerchant() {
  const bridge = fakeBridge({ accounts: [SANDBOX_ACCOUNT] });
  setBridge({ ...bridge, merchants: { list: async () => ({ ok: true, data: { merchants: [MERCHANT], problems: [] } }) } });
}

describe('merchants beside the 公众号', () => {
  it('the switcher lists the merchant under 微信支付商户 and shows its kind once chosen', async () => {
    bridgeWithMerchant();
    await useAccountsStore.getState().load();
    render(<AccountSwitcher />);
    await waitFor(() => expect(useMerchantsStore.getState().merchants).toHaveLength(1));
    fireEvent.click(screen.getByTestId('account-slot'));
    const items = within(screen.getByRole('menu')).getAllByRole('menuitemradio');
    expect(items.map((i) => i.getAttribute('data-key'))).toEqual([SANDBOX_ID, 'm-1', 'offline']);
    expect(items[1]?.textContent).toContain('微信支付商户 · 沙箱 · 商户号 1900009231');
    fireEvent.click(items[1] as HTMLElement);
    expect(useBuilderStore.getState().batch.accountId).toBe('m-1');
    expect(screen.getByTestId('account-slot-name').textContent).toBe('示例商户（沙箱）');
    expect(screen.getByTestId('account-slot-env').textContent).toBe('商户 · 沙箱');
  });

  it('the accounts pane lists the merchant with its mchid; choosing it shows the merchant, choosing the 公众号 shows that again', async () => {
    bridgeWithMerchant();
    renderScreen(<AccountsScreen />);
    const row = await screen.findByTestId('merchant-row');
    expect(row.textContent).toContain('商户 · 1900009231');
    fireEvent.click(row);
    expect(screen.getByTestId('merchant-kind').textContent).toBe('微信支付商户');
    expect(screen.getByTestId('fact-mchid').textContent).toBe('1900009231');
    expect(screen.queryByTestId('account-detail')).toBeNull();
    fireEvent.click(screen.getAllByTestId('account-row')[0] as HTMLElement);
    expect(screen.getByTestId('account-detail').getAttribute('data-account')).toBe(SANDBOX_ID);
  });
});
