import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuilderScreen } from '../../renderer/src/features/builder/BuilderScreen';
import { getAt } from '../../renderer/src/lib/card-path';
import { draftFindings } from '../../renderer/src/lib/draft-findings';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { useRunStore } from '../../renderer/src/stores/run-store';
import { currentDraft, renderScreen, resetAll } from './support/harness';

const TITLE = 'card.cash.base_info.title';
const runInitial = useRunStore.getState();

beforeEach(resetAll);
afterEach(() => {
  resetAll();
  useRunStore.setState(runInitial, true);
});

describe('a new coupon (issue 11, problem 13)', () => {
  it('holds no sample content: the checker asks for brand, title and amounts, and the inputs show the example as a placeholder', () => {
    act(() => useBuilderStore.getState().addDraft('CASH'));
    const card = currentDraft().card;
    for (const key of ['brand_name', 'title', 'logo_url', 'service_phone', 'description', 'notice']) expect(getAt(card, `card.cash.base_info.${key}`), key).toBeUndefined();
    expect(getAt(card, 'card.cash.reduce_cost')).toBeUndefined();
    const missing = draftFindings(currentDraft(), Date.now()).filter((f) => f.severity === 'error').map((f) => f.path);
    expect(missing).toEqual(expect.arrayContaining([TITLE, 'card.cash.base_info.brand_name', 'card.cash.reduce_cost']));
    renderScreen(<BuilderScreen />);
    const title = document.getElementById(fieldDomId(TITLE)) as HTMLInputElement;
    expect(title.value).toBe('');
    expect(title.placeholder).toBe('例如：满100减20代金券');
    expect((document.getElementById(fieldDomId('card.cash.base_info.brand_name')) as HTMLInputElement).placeholder).toBe('例如：小林咖啡');
  });

  it('fills the sample coupon only when asked (填入示例内容), keeping the brand the merchant typed', () => {
    act(() => useBuilderStore.getState().addDraft('CASH'));
    act(() => useBuilderStore.getState().setField('card.cash.base_info.brand_name', '乙方咖啡'));
    renderScreen(<BuilderScreen />);
    fireEvent.click(screen.getByTestId('fill-example'));
    expect(getAt(currentDraft().card, TITLE)).toBe('满100减20代金券');
    expect(getAt(currentDraft().card, 'card.cash.base_info.brand_name')).toBe('乙方咖啡');
    expect(draftFindings(currentDraft(), Date.now()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the type picker tells the 2021 stop and the alternatives before the first draft (issue 11, problem 7)', () => {
    renderScreen(<BuilderScreen />);
    const notice = screen.getByTestId('stop-2021-notice');
    expect(notice.textContent).toContain('2021 年 4 月 1 日起');
    expect(notice.textContent).toContain('会员卡或微信支付商家券');
    expect(screen.getByTestId('start-CASH').textContent).not.toContain('CASH');
  });

  it('a new batch keeps the account of the last one', () => {
    act(() => useBuilderStore.getState().setAccount('acct-1'));
    act(() => useBuilderStore.getState().addDraft('CASH'));
    act(() => useBuilderStore.getState().newBatch());
    expect(useBuilderStore.getState().batch.accountId).toBe('acct-1');
    expect(useBuilderStore.getState().batch.drafts).toEqual([]);
  });
});

describe('a draft Weixin already created (issue 11, problem 4)', () => {
  function created(): string {
    act(() => useBuilderStore.getState().addDraft('CASH'));
    act(() => useBuilderStore.getState().fillExample());
    const id = currentDraft().id;
    act(() => useRunStore.setState({ drafts: { [id]: { phase: 'done', state: 'created', cardId: 'pDm7qZu5uykJ5jew70E7wEjAyhTA', attempts: 1, errcode: null, message: null } } }));
    return id;
  }

  it('is read-only: inputs are off, the store refuses edits, and it says why', () => {
    const id = created();
    renderScreen(<BuilderScreen />);
    expect(screen.getByTestId('draft-locked').textContent).toContain('已在微信创建');
    const title = document.getElementById(fieldDomId(TITLE)) as HTMLInputElement;
    expect(title.matches(':disabled')).toBe(true);
    act(() => useBuilderStore.getState().setField(TITLE, '改过的标题'));
    act(() => useBuilderStore.getState().setAfter({ paycell: true }));
    expect(getAt(currentDraft().card, TITLE)).toBe('满100减20代金券');
    expect(currentDraft().after.paycell).toBe(false);
    expect(currentDraft().id).toBe(id);
    expect(screen.queryByTestId('fill-example')).toBeNull();
  });

  it('复制为新草稿 makes an editable copy after it, selected', () => {
    const id = created();
    renderScreen(<BuilderScreen />);
    fireEvent.click(screen.getByTestId('copy-as-new'));
    const copy = currentDraft();
    expect(copy.id).not.toBe(id);
    expect(useBuilderStore.getState().batch.drafts.map((d) => d.id)).toEqual([id, copy.id]);
    expect(screen.queryByTestId('draft-locked')).toBeNull();
    fireEvent.change(document.getElementById(fieldDomId(TITLE)) as HTMLInputElement, { target: { value: '满200减50代金券' } });
    expect(getAt(currentDraft().card, TITLE)).toBe('满200减50代金券');
  });
});

describe('an imported draft with a card_type this app cannot make (issue 11, problem 14)', () => {
  it('offers the five types; the chosen one keeps the base_info already written', () => {
    const now = Date.now();
    act(() => useBuilderStore.getState().addDrafts([{ id: 'd-scenic', card: { card: { card_type: 'SCENIC_TICKET', scenic_ticket: { base_info: { title: '景区门票', brand_name: '青山景区' } } } }, after: { paycell: false, selfConsume: false, needVerifyCode: false, needRemarkAmount: false }, createdAt: now, updatedAt: now }]));
    renderScreen(<BuilderScreen />);
    expect(screen.getByTestId('unknown-type')).toBeTruthy();
    fireEvent.click(screen.getByTestId('retype-GIFT'));
    expect(screen.queryByTestId('unknown-type')).toBeNull();
    expect((document.getElementById(fieldDomId('card.gift.base_info.title')) as HTMLInputElement).value).toBe('景区门票');
    expect(getAt(currentDraft().card, 'card.card_type')).toBe('GIFT');
    expect(getAt(currentDraft().card, 'card.scenic_ticket')).toBeUndefined();
  });
});
