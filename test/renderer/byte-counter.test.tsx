import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { counterState } from '../../renderer/src/components/ByteCounter';
import { TextField } from '../../renderer/src/features/builder/fields/TextField';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { currentDraft, renderInEditor, resetAll, startDraft } from './support/harness';

const TITLE = 'card.cash.base_info.title';

beforeEach(() => {
  resetAll();
  startDraft('CASH');
});
afterEach(resetAll);

describe('the byte counter of a text field', () => {
  it('counts UTF-8 bytes: 28 / 27 for 1000元面值充值卡哈哈, red, with the validator error inline', () => {
    renderInEditor(<TextField path={TITLE} />);
    const input = document.getElementById(fieldDomId(TITLE)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1000元面值充值卡哈哈' } });
    const counter = screen.getByTestId('byte-counter');
    expect(counter.textContent).toBe('28 / 27 字节');
    expect(counter.className).toContain('byte-counter--over');
    const error = screen.getByTestId('field-msg-error');
    expect(error.textContent).toContain('27');
    expect(error.textContent).toContain('28');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(currentDraft().card).toMatchObject({ card: { cash: { base_info: { title: '1000元面值充值卡哈哈' } } } });
  });

  it('passes 100元面值充值卡哈哈 at exactly 27 bytes: amber, no error', () => {
    renderInEditor(<TextField path={TITLE} />);
    const input = document.getElementById(fieldDomId(TITLE)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '100元面值充值卡哈哈' } });
    const counter = screen.getByTestId('byte-counter');
    expect(counter.textContent).toBe('27 / 27 字节');
    expect(counter.className).toContain('byte-counter--near');
    expect(screen.queryByTestId('field-msg-error')).toBeNull();
    expect(counter.getAttribute('title')).toContain('约 9 个汉字');
  });

  it('turns amber from 85 % of the budget and red only above it', () => {
    expect(counterState(22, 27)).toBe('ok');
    expect(counterState(23, 27)).toBe('near');
    expect(counterState(27, 27)).toBe('near');
    expect(counterState(28, 27)).toBe('over');
  });

  it('removes an emptied optional field instead of sending ""', () => {
    const path = 'card.cash.base_info.sub_title';
    renderInEditor(<TextField path={path} />);
    const input = document.getElementById(fieldDomId(path)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '周末可用' } });
    expect(currentDraft().card).toMatchObject({ card: { cash: { base_info: { sub_title: '周末可用' } } } });
    fireEvent.change(input, { target: { value: '' } });
    const base = (currentDraft().card as { card: { cash: { base_info: Record<string, unknown> } } }).card.cash.base_info;
    expect('sub_title' in base).toBe(false);
  });
});
