import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreSelector } from '../../renderer/src/features/builder/fields/StoreSelector';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { fakeBridge, resetAccounts, SANDBOX_ID } from './accounts-support';
import { currentDraft, renderInEditor, setBridge, startDraft } from './support/harness';

beforeEach(resetAccounts);
afterEach(resetAccounts);

const BASE = 'card.cash.base_info';
const chosen = () => (currentDraft().card as { card: { cash: { base_info: { location_id_list?: number[] } } } }).card.cash.base_info.location_id_list;

describe('the builder store picker', () => {
  it('with an account, ticks named stores; the ones in review or rejected are shown disabled', async () => {
    const bridge = fakeBridge();
    setBridge(bridge);
    await useAccountsStore.getState().load();
    startDraft('CASH');
    useBuilderStore.getState().setAccount(SANDBOX_ID);
    renderInEditor(<StoreSelector base={BASE} />);
    fireEvent.click(screen.getByRole('radio', { name: /指定门店/ }));
    const picker = await screen.findByTestId('store-picker');
    expect(bridge.accounts.stores).toHaveBeenCalledWith({ accountId: SANDBOX_ID });
    const boxes = within(picker).getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    expect(boxes.filter((b) => (b as HTMLInputElement).disabled)).toHaveLength(2);
    expect(picker.textContent).toContain('陆家嘴店');
    expect(picker.textContent).toContain('审核中');
    expect(picker.textContent).toContain('审核驳回');

    fireEvent.click(within(picker).getByRole('checkbox', { name: /南京西路店/ }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: /徐家汇店/ }));
    expect(chosen()).toEqual([287640011, 287640013]);
    expect(screen.getByText('已选 2 家 / 可用 3 家')).toBeTruthy();
    fireEvent.click(within(picker).getByRole('checkbox', { name: /南京西路店/ }));
    expect(chosen()).toEqual([287640013]);
    fireEvent.click(screen.getByRole('button', { name: '全选可用门店' }));
    expect(chosen()).toEqual([287640013, 287640011, 287640012]);
  });

  it('flags a chosen poi_id that is not one of the account’s stores (Weixin answers 40098)', async () => {
    setBridge(fakeBridge());
    await useAccountsStore.getState().load();
    startDraft('CASH');
    useBuilderStore.getState().setField(`${BASE}.location_id_list`, [999]);
    useBuilderStore.getState().setAccount(SANDBOX_ID);
    renderInEditor(<StoreSelector base={BASE} />);
    await waitFor(() => expect(screen.getByText(/门店 999 不是这个公众号的门店/)).toBeTruthy());
  });

  it('without an account the poi_id entry stays, and all stores is use_all_locations again', async () => {
    startDraft('CASH');
    const view = renderInEditor(<StoreSelector base={BASE} />);
    const radio = (mode: string) => view.container.querySelector(`input[type="radio"][data-value="${mode}"]`) as HTMLElement;
    fireEvent.click(radio('some'));
    expect(screen.queryByTestId('store-picker')).toBeNull();
    const input = screen.getByPlaceholderText(/输入门店 ID 后按回车/);
    fireEvent.change(input, { target: { value: '287640011' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen()).toEqual([287640011]);
    fireEvent.click(radio('all'));
    const base = (currentDraft().card as { card: { cash: { base_info: { use_all_locations?: boolean; location_id_list?: number[] } } } }).card.cash.base_info;
    expect(base.use_all_locations).toBe(true);
    expect(base.location_id_list).toBeUndefined();
  });
});
