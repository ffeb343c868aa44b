import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStorageCard } from '../../renderer/src/features/accounts/SecretStorageCard';
import { SandboxPanel } from '../../renderer/src/features/sandbox/SandboxPanel';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useSandboxStore } from '../../renderer/src/stores/sandbox-store';
import { fakeBridge, resetAccounts, sandboxStatus } from './accounts-support';
import { setBridge } from './support/harness';

beforeEach(resetAccounts);
afterEach(resetAccounts);

async function renderPanel() {
  const bridge = fakeBridge();
  setBridge(bridge);
  render(<SandboxPanel />);
  await screen.findByTestId('sandbox-stores');
  return bridge;
}

describe('the sandbox panel', () => {
  it('turns each scenario on and off through sandbox:setScenario, with plain explanations', async () => {
    const bridge = await renderPanel();
    const ip = screen.getByRole('switch', { name: '模拟本机 IP 不在白名单' });
    expect(screen.getByTestId('scenario-ip').textContent).toContain('40164');
    fireEvent.click(ip);
    await waitFor(() => expect(ip.getAttribute('aria-checked')).toBe('true'));
    expect(bridge.sandbox.setScenario).toHaveBeenLastCalledWith({ ipNotWhitelisted: true });

    const blocked = screen.getByRole('switch', { name: '模拟 2021 年停止创建优惠券' });
    expect(screen.getByTestId('scenario-coupon-creation').textContent).toContain('48001');
    fireEvent.click(blocked);
    await waitFor(() => expect(blocked.getAttribute('aria-checked')).toBe('true'));
    expect(bridge.sandbox.setScenario).toHaveBeenLastCalledWith({ couponCreation: 'blocked' });

    // "No WeChat Pay" on means payPermission off (paycell then answers 43008).
    const pay = screen.getByRole('switch', { name: '模拟未开通微信支付' });
    expect(screen.getByTestId('scenario-pay').textContent).toContain('43008');
    fireEvent.click(pay);
    await waitFor(() => expect(pay.getAttribute('aria-checked')).toBe('true'));
    expect(bridge.sandbox.setScenario).toHaveBeenLastCalledWith({ payPermission: false });

    fireEvent.change(screen.getByLabelText('注入网络故障'), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByTestId('fault-rate').textContent).toBe('30%'));
    expect(bridge.sandbox.setScenario).toHaveBeenLastCalledWith({ faultRate: 0.3 });
    expect(screen.getByTestId('scenario-faults').textContent).toContain('不重复建券');
  });

  it('a scenario switch keeps focus while main answers and after: it is never disabled, clicks are ignored meanwhile', async () => {
    const bridge = await renderPanel();
    let answer: (v: unknown) => void = () => undefined;
    bridge.sandbox.setScenario.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)) as never);
    const ip = screen.getByRole('switch', { name: '模拟本机 IP 不在白名单' });
    ip.focus();
    fireEvent.click(ip);
    await waitFor(() => expect(ip.getAttribute('aria-busy')).toBe('true'));
    expect((ip as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(ip);
    fireEvent.click(ip);
    expect(bridge.sandbox.setScenario).toHaveBeenCalledTimes(1);
    await act(async () => answer({ ok: true, data: { ...sandboxStatus(), scenario: { ...sandboxStatus().scenario, ipNotWhitelisted: true } } }));
    await waitFor(() => expect(ip.getAttribute('aria-checked')).toBe('true'));
    expect(document.activeElement).toBe(ip);
  });

  it('follows sandbox:changed, moves the clock and reviews a card by id', async () => {
    const bridge = await renderPanel();
    expect(screen.getByTestId('sandbox-now').textContent).toBe('2026-01-15 12:00:00（北京时间）');
    act(() => bridge.emit('sandbox:changed', sandboxStatus({ cards: { total: 3, byStatus: { CARD_STATUS_NOT_VERIFY: 2, CARD_STATUS_VERIFY_OK: 1 } } })));
    const counts = screen.getByTestId('sandbox-card-counts');
    expect(within(counts).getByText('审核中').previousSibling?.textContent).toBe('2');
    expect(within(counts).getByText('审核通过').previousSibling?.textContent).toBe('1');
    expect(screen.getByTestId('sandbox-card-total').textContent).toBe('共 3 张');

    fireEvent.click(screen.getByTestId('clock-minute'));
    await waitFor(() => expect(screen.getByTestId('sandbox-now').textContent).toBe('2026-01-15 12:01:00（北京时间）'));
    expect(bridge.sandbox.advanceClock).toHaveBeenCalledWith({ seconds: 60 });
    fireEvent.click(screen.getByTestId('clock-hour'));
    await waitFor(() => expect(bridge.sandbox.advanceClock).toHaveBeenLastCalledWith({ seconds: 3600 }));

    fireEvent.change(screen.getByTestId('review-card-id'), { target: { value: 'bad id!' } });
    fireEvent.click(screen.getByTestId('review-reject'));
    await screen.findByText(/card_id 只包含字母/);
    expect(bridge.sandbox.review).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('review-card-id'), { target: { value: 'pDm7qZu5uykJ5jew70E7wEjAyhTA' } });
    fireEvent.click(screen.getByTestId('review-reject'));
    await screen.findByTestId('review-done');
    expect(bridge.sandbox.review).toHaveBeenCalledWith({ cardId: 'pDm7qZu5uykJ5jew70E7wEjAyhTA', verdict: 'reject' });
  });

  it('a History link opens the panel with the card_id filled in', () => {
    useSandboxStore.getState().prepareReview('pDm7qZu5uykJ5jew70E7wEjAyhTA');
    expect(useAppStore.getState().screen).toBe('accounts');
    expect(useSandboxStore.getState().reviewCardId).toBe('pDm7qZu5uykJ5jew70E7wEjAyhTA');
  });
});

describe('the secret-storage card', () => {
  it('on Linux with only basic_text: session only by default, an explicit opt-in with its consequence', async () => {
    const storage = {
      persistence: 'session_only' as const,
      backend: 'basic_text',
      allowBasicText: false,
      message: { 'zh-CN': '为安全起见 AppSecret 只保存在内存中', en: 'kept in memory only' },
    };
    const bridge = fakeBridge({ storage });
    setBridge(bridge);
    await useAccountsStore.getState().load();
    const { rerender } = render(<SecretStorageCard info={storage} />);
    expect(screen.getByTestId('secret-storage-state').textContent).toBe('仅本次运行有效');
    const optIn = screen.getByRole('switch', { name: '在没有系统钥匙串的 Linux 上仍然保存 AppSecret' });
    expect(optIn.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByTestId('secret-storage').textContent).toContain('任何能读取你文件的人或程序都能解密');
    fireEvent.click(optIn);
    await waitFor(() => expect(bridge.accounts.setSecretStorage).toHaveBeenCalledWith({ allowBasicText: true }));
    const next = useAccountsStore.getState().secretStorage;
    if (!next) throw new Error('no storage info');
    rerender(<SecretStorageCard info={next} />);
    expect(screen.getByTestId('secret-storage-state').textContent).toBe('弱加密保存（已同意使用 basic_text）');
  });

  it('with an OS key store there is nothing to opt into', () => {
    render(<SecretStorageCard info={{ persistence: 'encrypted', backend: 'gnome_libsecret', allowBasicText: false, message: { 'zh-CN': '加密', en: 'encrypted' } }} />);
    expect(screen.getByTestId('secret-storage-state').textContent).toBe('系统钥匙串加密保存');
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
