// The 核销台 in jsdom with a fake bridge: a double Enter or a scanner sending the code twice sends
// one counter:redeem; the cursor is back in the input after each result; the result is unmistakable.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CounterRedeemResult } from '../../common/ipc/channels/counter';
import { RedeemPanel } from '../../renderer/src/features/counter/RedeemPanel';
import { REPEAT_WINDOW_MS, SANDBOX_MERCHANT_ACCOUNT_ID, useCounterStore } from '../../renderer/src/stores/counter-store';
import { useMerchantsStore } from '../../renderer/src/stores/merchants-store';
import { pickAntdOption } from './support/antd-select';
import { renderScreen, resetAll, setBridge } from './support/harness';

const initial = useCounterStore.getInitialState();
const merchantsInitial = useMerchantsStore.getInitialState();
afterEach(() => {
  resetAll();
  useCounterStore.setState(initial, true);
  useMerchantsStore.setState(merchantsInitial, true);
});

const used: CounterRedeemResult = { kind: 'used', code: 'C001', at: '2026-01-15T12:01:00+08:00', coupon: { stockId: '1', name: '满100减20 周末特惠', value: { 'zh-CN': '满 100 元减 20 元', en: '¥20 off' } }, message: { 'zh-CN': '券码 C001 核销成功。', en: 'Code C001 redeemed.' } };

const SAVED_SHOP = { id: 'm-saved', name: '小林咖啡', displayName: { 'zh-CN': '小林咖啡', en: '小林咖啡' }, mchid: '1900000109', serialNo: 'AB12', hasCertificate: true, verification: 'public_key', publicKeyId: 'PUB_KEY_ID_0119', platformCertificates: [] };

function bridge(answer: () => Promise<CounterRedeemResult>) {
  const redeem = vi.fn(async () => ({ ok: true as const, data: await answer() }));
  setBridge({
    merchants: { list: vi.fn(async () => ({ ok: true, data: { merchants: [SAVED_SHOP], problems: [] } })) },
    counter: {
      redeem,
      recent: vi.fn(async () => ({ ok: true, data: { redemptions: [] } })),
      stocks: vi.fn(async () => ({ ok: true, data: { stocks: [] } })),
      reconcile: vi.fn(async () => ({ ok: true, data: { settled: 0, stillUnknown: 0 } })),
    },
  });
  return redeem;
}

const input = () => screen.getByTestId('counter-input') as HTMLInputElement;
const scan = (code: string) => {
  fireEvent.change(input(), { target: { value: code } });
  enter();
};
// antd's Input fires onPressEnter once per key press (down + up), as a scanner sends them.
const enter = () => {
  fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
};

describe('核销台 input', () => {
  it('redeems for the merchant chosen in 商户: the built-in sandbox merchant first, then a saved one', async () => {
    const redeem = bridge(async () => used);
    renderScreen(<RedeemPanel />);
    await waitFor(() => expect(screen.getByTestId('counter-merchant').getAttribute('data-value')).toBe(SANDBOX_MERCHANT_ACCOUNT_ID));
    await waitFor(() => expect(useMerchantsStore.getState().merchants).toHaveLength(1));
    pickAntdOption('counter-merchant', '1900000109');
    await waitFor(() => expect(screen.getByTestId('counter-merchant').getAttribute('data-value')).toBe('m-saved'));
    scan('C001');
    expect(redeem).toHaveBeenCalledWith({ merchantAccountId: 'm-saved', code: 'C001' });
  });

  it('a double Enter while the first is in flight sends once; the result is big and the input has the focus again', async () => {
    let release: (v: CounterRedeemResult) => void = () => {};
    const redeem = bridge(() => new Promise((r) => (release = r)));
    renderScreen(<RedeemPanel />);
    scan('C001');
    scan('C001');
    enter();
    expect(redeem).toHaveBeenCalledTimes(1);
    expect(redeem).toHaveBeenCalledWith({ merchantAccountId: SANDBOX_MERCHANT_ACCOUNT_ID, code: 'C001' });
    input().blur();
    await act(async () => release(used));
    await waitFor(() => expect(screen.getByTestId('counter-result-title').textContent).toBe('✓ 已核销'));
    expect(screen.getByTestId('counter-result-line').textContent).toContain('满100减20 周末特惠 · 满 100 元减 20 元');
    expect(input().value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(input()));
  });

  it('a scanner sending the code twice right after the answer is ignored; the same code later is sent (to be told it was used)', async () => {
    const redeem = bridge(async () => used);
    renderScreen(<RedeemPanel />);
    scan('C001');
    await waitFor(() => expect(screen.getByTestId('counter-result-title').textContent).toBe('✓ 已核销'));
    scan('C001');
    expect(redeem).toHaveBeenCalledTimes(1);
    expect(screen.getByText('同一券码刚刚提交过，这次回车已忽略（不会重复核销）。')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input()));
    // Another code is not held back, and the same code after the window goes to main.
    scan('C002');
    await waitFor(() => expect(redeem).toHaveBeenCalledTimes(2));
    await act(async () => {
      await useCounterStore.getState().redeem('C001', Date.now() + REPEAT_WINDOW_MS + 1);
    });
    expect(redeem).toHaveBeenCalledTimes(3);
  });

  it('a refusal shows ✗ with the reason in one line, WeChat Pay text folded in the developer detail', async () => {
    bridge(async () => ({ kind: 'refused', code: 'C009', reason: 'expired', at: null, coupon: null, message: { 'zh-CN': '券码 C009 不在可用时间内（已过期、未到开始时间或已失效），不能核销。', en: '' }, detail: 'INVALID_REQUEST: 券不在可核销时间内' }));
    renderScreen(<RedeemPanel />);
    scan('C009');
    await waitFor(() => expect(screen.getByTestId('counter-result-title').textContent).toBe('✗ 不在可用时间内'));
    expect(screen.getByTestId('counter-result-line').textContent).toContain('券码 C009 不在可用时间内');
    expect(screen.getByText('INVALID_REQUEST: 券不在可核销时间内').closest('details')?.open).toBe(false);
  });
});
