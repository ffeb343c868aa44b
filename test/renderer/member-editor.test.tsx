import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemberCardPreview } from '../../renderer/src/features/builder/member/MemberCardPreview';
import { MemberEditorPane } from '../../renderer/src/features/builder/member/MemberEditorPane';
import { addMemberCardDraft } from '../../renderer/src/features/builder/member/member-draft';
import { getAt } from '../../renderer/src/lib/card-path';
import { draftFindings } from '../../renderer/src/lib/draft-findings';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { selectSelectedDraft, useBuilderStore } from '../../renderer/src/stores/builder-store';
import { currentDraft, resetAll } from './support/harness';

const M = 'card.member_card';

/** The member editor and its preview for the selected draft, re-validated on each change like the builder. */
function MemberHarness() {
  const draft = useBuilderStore(selectSelectedDraft);
  const issues = useBuilderStore((s) => s.inputIssues);
  if (!draft) return null;
  return (
    <>
      <MemberEditorPane context={{ draft, type: 'MEMBER_CARD', findings: draftFindings(draft, Date.now()), issues }} />
      <MemberCardPreview card={draft.card} />
    </>
  );
}

const member = () => getAt(currentDraft().card, M) as Record<string, unknown>;
const switchOf = (label: RegExp) => screen.getByRole('switch', { name: label });
/** A choice by its value: the selected one is named by its group's label (the label points at it). */
const choice = (value: string, root: ParentNode = document): HTMLInputElement => {
  const found = root.querySelector<HTMLElement>(`[data-value="${value}"]`);
  const input = found?.matches('input') ? found : found?.querySelector('input[type="radio"]');
  if (!input) throw new Error(`no choice ${value}`);
  return input as HTMLInputElement;
};

beforeEach(() => {
  resetAll();
  addMemberCardDraft();
  render(<MemberHarness />);
});
afterEach(resetAll);

describe('the member-card editor', () => {
  it('starts as a member card with one-click activation, no stored value and permanent validity', () => {
    expect(getAt(currentDraft().card, 'card.card_type')).toBe('MEMBER_CARD');
    expect(member()).toMatchObject({ wx_activate: true, supply_balance: false, supply_bonus: false });
    expect(getAt(currentDraft().card, `${M}.base_info.date_info.type`)).toBe('DATE_TYPE_PERMANENT');
    expect(choice('wx').checked).toBe(true);
    expect(choice('wx').closest('label')?.textContent).toContain('一键激活');
  });

  it('points on shows the rules and a 积分 header cell; points off removes every points field', () => {
    fireEvent.click(switchOf(/显示积分/));
    expect(screen.getByTestId('bonus-rules')).toBeTruthy();
    expect(within(screen.getByTestId('member-header-cells')).getByText('积分')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/积分规则说明/), { target: { value: '每消费1元积1分' } });
    fireEvent.change(screen.getByLabelText(/每消费金额/), { target: { value: '1.5' } });
    fireEvent.blur(screen.getByLabelText(/每消费金额/));
    // Entered in 元, stored in 分.
    expect(getAt(currentDraft().card, `${M}.bonus_rule.cost_money_unit`)).toBe(150);
    fireEvent.click(switchOf(/显示积分/));
    expect(member().supply_bonus).toBe(false);
    expect(member().bonus_rules).toBeUndefined();
    expect(member().bonus_rule).toBeUndefined();
    expect(screen.queryByTestId('bonus-rules')).toBeNull();
    expect(screen.queryByTestId('member-header-cells')).toBeNull();
  });

  it('says before the 储值 switch that it needs a permission, with the errcode only in the folded developer detail', () => {
    const warning = screen.getByTestId('balance-permission');
    expect(warning.textContent).toContain('储值权限');
    const dev = within(warning).getByTestId('dev-detail');
    expect(dev.tagName).toBe('DETAILS');
    expect((dev as HTMLDetailsElement).open).toBe(false);
    const outsideDev = (warning.textContent ?? '').replace(dev.textContent ?? '', '');
    expect(outsideDev).not.toContain('43010');
    expect(dev.textContent).toContain('43010');
    fireEvent.click(switchOf(/^储值/));
    expect(member().supply_balance).toBe(true);
    expect(screen.getByLabelText(/储值说明/)).toBeTruthy();
  });

  it('activation modes exclude each other: choosing one removes the others’ keys', () => {
    fireEvent.click(choice('url'));
    expect(member().wx_activate).toBeUndefined();
    expect(member().auto_activate).toBeUndefined();
    fireEvent.change(document.getElementById('f-card_member_card_activate_url') as HTMLElement, { target: { value: 'https://shop.example.com/activate' } });
    expect(member().activate_url).toBe('https://shop.example.com/activate');
    fireEvent.click(choice('auto'));
    expect(member().auto_activate).toBe(true);
    expect(member().activate_url).toBeUndefined();
    expect(member().wx_activate).toBeUndefined();
    // The checker agrees: no activation finding is left (no conflict, none missing).
    const codes = draftFindings(currentDraft(), Date.now()).map((f) => f.code);
    expect(codes).not.toContain('activation_conflict');
    expect(codes).not.toContain('activation_missing');
  });

  it('counts 特权说明 in UTF-8 bytes against its 3072-byte limit', () => {
    const box = screen.getByLabelText(/会员卡特权说明/);
    fireEvent.change(box, { target: { value: '会员九折' } });
    const counter = document.getElementById(`${box.id}-count`);
    expect(counter?.textContent).toBe('12 / 3072 字节');
    act(() => useAppStore.setState({ locale: 'en' }));
    expect(document.getElementById(`${box.id}-count`)?.textContent).toBe('12 / 3072 bytes');
  });

  it('adds header cells up to three, each with a preset or free name, and shows them in the preview', () => {
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByTestId('add-custom-field'));
    expect(screen.queryByTestId('add-custom-field')).toBeNull();
    expect(screen.getByTestId('fields-full')).toBeTruthy();
    const second = screen.getByTestId('member-custom_field2');
    fireEvent.click(choice('free', second));
    expect(member().custom_field2).toEqual({});
    fireEvent.change(within(second).getByLabelText(/栏目名称（自定义）/), { target: { value: '会员日' } });
    expect(member().custom_field2).toEqual({ name: '会员日' });
    const header = screen.getByTestId('member-header-cells');
    expect(within(header).getByText('会员日')).toBeTruthy();
    expect(within(header).getAllByText('等级')).toHaveLength(2);
  });

  it('a picture face replaces the colour in the preview; going back to colour removes the picture', () => {
    fireEvent.click(choice('picture'));
    fireEvent.change(screen.getByLabelText(/卡面背景图 URL/), { target: { value: 'https://mmbiz.qpic.cn/face.jpg' } });
    expect(screen.getByTestId('member-face').getAttribute('data-face')).toBe('picture');
    fireEvent.click(choice('color'));
    expect(member().background_pic_url).toBeUndefined();
    expect(screen.getByTestId('member-face').getAttribute('data-face')).toBe('color');
  });
});
