import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionReport } from '../../common/ipc/channels/accounts';
import { AccountsScreen } from '../../renderer/src/features/accounts/AccountsScreen';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { fakeBridge, liveAccount, resetAccounts, SANDBOX_ACCOUNT, SANDBOX_ID } from './accounts-support';
import { renderScreen, setBridge } from './support/harness';
import { developerText, visibleText } from './support/visible-text';

beforeEach(resetAccounts);
afterEach(resetAccounts);

const CANARY = 'CANARY7f3a9c2e5b8d1f4a6c0e2b9d7f1a3c5e';

async function openScreen(bridge: ReturnType<typeof fakeBridge>) {
  setBridge(bridge);
  renderScreen(<AccountsScreen />);
  await screen.findByTestId('account-detail');
}

const failed = (errcode: number | null, patch: Partial<Extract<ConnectionReport, { status: 'failed' }>> = {}): ConnectionReport => ({
  status: 'failed',
  stage: 'token',
  errcode,
  meaning: { 'zh-CN': `含义 ${errcode}`, en: `meaning ${errcode}` },
  fix: { 'zh-CN': `办法 ${errcode}`, en: `fix ${errcode}` },
  ...patch,
});

describe('the accounts list', () => {
  it('lists the built-in sandbox account first, marked 沙箱 and read-only, with its secret state', async () => {
    await openScreen(fakeBridge({ accounts: [SANDBOX_ACCOUNT, liveAccount({ secretState: 'needs_reentry', lastVerifiedAt: Date.UTC(2026, 0, 15, 4, 0, 0) })] }));
    const rows = screen.getAllByTestId('account-row');
    expect(rows.map((r) => r.getAttribute('data-account'))).toEqual([SANDBOX_ID, '11111111-2222-4333-8444-000000000001']);
    expect(within(rows[0] as HTMLElement).getByTestId('env-badge').textContent).toBe('沙箱');
    expect(within(rows[0] as HTMLElement).getByTestId('secret-state').textContent).toBe('内置演示密钥');
    expect(within(rows[1] as HTMLElement).getByTestId('env-badge').textContent).toBe('正式');
    expect(within(rows[1] as HTMLElement).getByTestId('secret-state').textContent).toBe('需要重新输入');
    // The built-in account has no edit or remove, only test connection.
    expect(screen.queryByTestId('edit-account')).toBeNull();
    expect(screen.queryByTestId('remove-account')).toBeNull();
    fireEvent.click(rows[1] as HTMLElement);
    expect(screen.getByTestId('account-name').textContent).toBe('小林咖啡');
    // 12:00 China time, whatever the machine's zone.
    expect(screen.getByTestId('fact-verified').textContent).toBe('2026-01-15 12:00:00（北京时间）');
    expect(screen.getByTestId('live-notice').textContent).toContain('2021 年 4 月 1 日');
  });
});

describe('the account form', () => {
  it('opening 添加公众号 puts the caret in the form’s first field (the button disables itself, which would drop focus)', async () => {
    await openScreen(fakeBridge());
    const add = screen.getByTestId('add-account');
    add.focus();
    fireEvent.click(add);
    // The form's first field (its kind choice or 账号名称, whichever the form puts first).
    await waitFor(() => expect(document.activeElement?.tagName).toBe('INPUT'));
    expect(document.querySelector('.accounts__content')?.contains(document.activeElement)).toBe(true);
  });

  it('says exactly what is wrong with an AppID and refuses to save it', async () => {
    const bridge = fakeBridge();
    await openScreen(bridge);
    fireEvent.click(screen.getByTestId('add-account'));
    fireEvent.change(screen.getByLabelText(/账号名称/), { target: { value: '小林咖啡' } });
    const appid = screen.getByTestId('appid-input');
    fireEvent.change(appid, { target: { value: 'wx12345' } });
    fireEvent.blur(appid);
    const field = appid.closest('.field') as HTMLElement;
    expect(within(field).getByTestId('field-msg-error').textContent).toContain('AppID“wx12345”格式不正确：应为 wx 开头、后跟 16 位十六进制字符');
    fireEvent.change(appid, { target: { value: 'WX0123456789ABCDEF' } });
    expect(within(field).getByTestId('field-msg-error').textContent).toContain('应全部为小写');
    fireEvent.click(screen.getByTestId('save-account'));
    expect(bridge.accounts.create).not.toHaveBeenCalled();
    expect(appid.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(appid, { target: { value: 'wx0123456789abcdef' } });
    expect(within(field).queryByTestId('field-msg-error')).toBeNull();
  });

  it('sends the AppSecret once and never renders it: after saving only its state shows', async () => {
    const bridge = fakeBridge();
    await openScreen(bridge);
    fireEvent.click(screen.getByTestId('add-account'));
    fireEvent.change(screen.getByLabelText(/账号名称/), { target: { value: '小林咖啡' } });
    fireEvent.change(screen.getByTestId('appid-input'), { target: { value: 'wx0123456789abcdef' } });
    const secret = screen.getByTestId('secret-input');
    expect(secret.getAttribute('type')).toBe('password');
    fireEvent.change(secret, { target: { value: CANARY } });
    fireEvent.click(screen.getByTestId('save-account'));
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('小林咖啡'));
    expect(bridge.accounts.setSecret).toHaveBeenCalledWith({ accountId: expect.any(String), secret: CANARY });
    expect(within(screen.getByTestId('account-detail')).getByTestId('secret-state').textContent).toBe('仅本次运行有效');
    expect(document.body.innerHTML).not.toContain(CANARY);
    expect(JSON.stringify(useAccountsStore.getState())).not.toContain(CANARY);
    fireEvent.click(screen.getByTestId('edit-account'));
    expect((screen.getByTestId('secret-input') as HTMLInputElement).value).toBe('');
    expect(document.body.innerHTML).not.toContain(CANARY);
  });

  it('when the account saves but main refuses its secret, the edit form opens with the reason under the field', async () => {
    const bridge = fakeBridge();
    const refusal = { 'zh-CN': 'AppSecret 格式不正确（来自主进程）', en: 'The AppSecret is not valid (from main)' };
    bridge.accounts.setSecret.mockResolvedValueOnce({ ok: false, error: { code: 'vault_failed', message: refusal, details: { field: 'secret' } } } as never);
    await openScreen(bridge);
    fireEvent.click(screen.getByTestId('add-account'));
    fireEvent.change(screen.getByLabelText(/账号名称/), { target: { value: '小林咖啡' } });
    fireEvent.change(screen.getByTestId('appid-input'), { target: { value: 'wx0123456789abcdef' } });
    fireEvent.change(screen.getByTestId('secret-input'), { target: { value: 'x'.repeat(32) } });
    fireEvent.click(screen.getByTestId('save-account'));
    await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('账号已添加，但 AppSecret 未能保存'));
    expect(screen.getByRole('heading', { name: '编辑“小林咖啡”' })).toBeTruthy();
    const field = screen.getByTestId('secret-input').closest('.field') as HTMLElement;
    expect(within(field).getByTestId('field-msg-error').textContent).toBe(refusal['zh-CN']);
    expect((screen.getByTestId('secret-input') as HTMLInputElement).value).toBe('');
  });

  it('warns under cgi-bin/token that it invalidates the tokens of the merchant’s other systems', async () => {
    await openScreen(fakeBridge());
    fireEvent.click(screen.getByTestId('add-account'));
    expect(screen.queryByTestId('classic-warning')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /cgi-bin\/token/ }));
    expect(screen.getByTestId('classic-warning').textContent).toContain('5 分钟后失效');
  });

  it('removing says drafts and history stay, and the open batch goes offline', async () => {
    const live = liveAccount();
    const bridge = fakeBridge({ accounts: [SANDBOX_ACCOUNT, live] });
    useBuilderStore.getState().setAccount(live.id);
    await openScreen(bridge);
    fireEvent.click(screen.getAllByTestId('account-row')[1] as HTMLElement);
    fireEvent.click(screen.getByTestId('remove-account'));
    // The Modal opens a frame after mounting (so antd arms its focus trap).
    const dialog = await screen.findByTestId('remove-dialog');
    expect(dialog.textContent).toContain('草稿和创建记录都会保留');
    expect(dialog.textContent).toContain('将改为离线编辑');
    fireEvent.click(within(dialog).getByTestId('confirm-remove'));
    await waitFor(() => expect(bridge.accounts.remove).toHaveBeenCalledWith({ accountId: live.id }));
    await waitFor(() => expect(screen.getAllByTestId('account-row')).toHaveLength(1));
    expect(useBuilderStore.getState().batch.accountId).toBeNull();
  });
});

describe('the test-connection result panel', () => {
  it('shows success with the store counts, then 40164 with the IP, 40125 with re-entry, 48001 as a missing permission', async () => {
    const live = liveAccount({ secretState: 'session' });
    const bridge = fakeBridge({
      accounts: [live],
      reports: [
        { status: 'connected', verifiedAt: Date.UTC(2026, 0, 15, 4, 0, 0), tokenExpiresIn: 7200, stores: { total: 5, usable: 3 } },
        failed(40164, { whitelistIp: { ip: '198.51.100.23' }, fix: { 'zh-CN': '请在公众平台 设置与开发 → 基本配置 → IP白名单 中添加 198.51.100.23', en: 'Add 198.51.100.23' } }),
        failed(40125),
        failed(48001, { stage: 'card_api' }),
        failed(null, { stage: 'network' }),
      ],
    });
    await openScreen(bridge);
    const test = async (state: string, errcode?: string) => {
      fireEvent.click(screen.getByTestId('test-connection'));
      await waitFor(() => {
        const panel = screen.getByTestId('connection-result');
        expect([panel.getAttribute('data-state'), panel.getAttribute('data-errcode') ?? undefined]).toEqual([state, errcode]);
      });
      return screen.getByTestId('connection-result');
    };

    const ok = await test('connected');
    expect(within(ok).getByTestId('result-stores').textContent).toBe('门店 5 家，其中 3 家已通过审核，可用于卡券');
    expect(visibleText(ok)).toContain('120 分钟后到期');
    expect(visibleText(ok)).not.toContain('stable_token');
    expect(developerText(ok)).toContain('stable_token');
    // The 2021 stop is told with the first successful test of a live account, not after a failed run (issue 11, problem 7).
    expect(within(ok).getByTestId('result-stop-2021').textContent).toContain('2021 年 4 月 1 日起');

    const ip = await test('failed', '40164');
    expect(ip.textContent).toContain('本机 IP 不在公众号的 IP 白名单中');
    expect(within(ip).getByTestId('whitelist-ip').textContent).toBe('198.51.100.23');
    expect(within(ip).getByTestId('whitelist-path').textContent).toBe('公众平台 → 设置与开发 → 基本配置 → IP白名单');
    expect(within(ip).getByTestId('copy-ip')).toBeTruthy();
    // The last success stays on record while the latest test failed.
    expect(screen.getByTestId('fact-verified').textContent).toBe('2026-01-15 12:00:00（北京时间）');

    const secret = await test('failed', '40125');
    expect(secret.textContent).toContain('AppSecret 不正确');
    fireEvent.click(within(secret).getByRole('button', { name: '重新输入 AppSecret' }));
    expect(screen.getByTestId('account-form')).toBeTruthy();
    act(() => useAccountsStore.getState().show({ kind: 'account', accountId: live.id }));

    await act(() => useAccountsStore.getState().testConnection(live.id));
    const permission = screen.getByTestId('connection-result');
    expect(permission.getAttribute('data-errcode')).toBe('48001');
    expect(permission.textContent).toContain('公众号缺少这项接口权限');
    expect(within(permission).getByTestId('result-meaning').textContent).toBe('含义 48001');
    expect(permission.textContent).toContain('访问卡券接口');

    await act(() => useAccountsStore.getState().testConnection(live.id));
    const network = screen.getByTestId('connection-result');
    expect(network.textContent).toContain('无法连接到微信服务器');
    expect(network.textContent).toContain('在账号的“高级”中填写代理');
  });

  it('reads in English', async () => {
    useAppStore.setState({ locale: 'en' });
    await openScreen(fakeBridge({ reports: [failed(40164, { whitelistIp: { ip: '198.51.100.23' } })] }));
    fireEvent.click(screen.getByTestId('test-connection'));
    await waitFor(() => expect(screen.getByTestId('connection-result').getAttribute('data-state')).toBe('failed'));
    expect(screen.getByTestId('connection-result').textContent).toContain("This computer's IP is not on the account's IP whitelist");
    expect(screen.getByTestId('account-name').textContent).toBe('Demo merchant (sandbox)');
  });
});
