import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELDS } from '../../common/coupon/fields';
import { BUSINESS_SERVICES, CODE_TYPES, CUSTOM_CODE_MODES, DATE_TYPES, TIME_LIMIT_TYPES } from '../../common/coupon/enums';
import type { Localized } from '../../common/i18n';
import { BuilderScreen } from '../../renderer/src/features/builder/BuilderScreen';
import { editorText } from '../../renderer/src/i18n/editor-text';
import { storePickerText } from '../../renderer/src/i18n/store-picker-text';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { resetAll, startDraft } from './support/harness';

/**
 * Help is written for merchants (issue 11, problem 2): API wording found in the guide's description
 * column must not reach a help line. Each pattern names what it catches.
 */
const API_WORDING: readonly [RegExp, string][] = [
  [/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, 'an API constant (GET_CUSTOM_CODE_MODE_DEPOSIT, BIZ_SERVICE_DELIVER)'],
  [/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/, 'a JSON key (use_all_locations, poi_id, center_url)'],
  [/\b(true|false)\b/i, 'true/false instead of on/off'],
  [/单位为?分|以分为单位|\d\s*分(?![钟享])|\bfen\b/i, 'an amount in 分 where the input takes 元'],
  [/秒|\bseconds\b|\bunix\b/i, 'seconds under a date picker'],
  [/填\s*30|30 means/i, '"填 30 就是七折" where the input takes 折'],
  [/接口|\bAPI\b|(?<![\w/])card\/[a-z]/, 'an API or endpoint name'],
  [/\b\d{5}\b/, 'an errcode'],
];

const isLocalized = (v: unknown): v is Localized => typeof v === 'object' && v !== null && 'zh-CN' in v && 'en' in v;

/** Every Localized in a text module; functions are called with sample arguments. */
function texts(module: unknown, name: string): [string, Localized][] {
  if (isLocalized(module)) return [[name, module]];
  if (typeof module === 'function') return texts((module as (...a: unknown[]) => unknown)(7, 7), name);
  if (typeof module === 'object' && module !== null) return Object.entries(module).flatMap(([k, v]) => texts(v, `${name}.${k}`));
  return [];
}

const HELP: [string, Localized][] = [
  ...FIELDS.flatMap((f) => [[`${f.path} help`, f.help], [`${f.path} label`, f.label]] as [string, Localized][]),
  ...[CODE_TYPES, DATE_TYPES, CUSTOM_CODE_MODES, BUSINESS_SERVICES, TIME_LIMIT_TYPES].flatMap((list) => list.map((o) => [o.value, o.label] as [string, Localized])),
  ...texts(editorText, 'editorText'),
  ...texts(storePickerText, 'storePickerText'),
];

describe('field help speaks the merchant’s language', () => {
  it.each(API_WORDING)('no help text or label carries %s', (pattern, what) => {
    const offenders = HELP.flatMap(([name, text]) => [text['zh-CN'], text.en].filter((s) => pattern.test(s)).map((s) => `${name}: ${s}`));
    expect(offenders, what).toEqual([]);
  });

  it('the patterns catch the help the guide gave (the scan can fail)', () => {
    const old = ['折扣券专用，表示打折额度（百分比），填 30 就是七折', '代金券专用，表示减免金额（单位为分）', '填写 true 或 false', '填写 GET_CUSTOM_CODE_MODE_DEPOSIT 表示预存 Code', 'use_all_locations：账号下所有门店可用', '固定日期区间的开始时间（东八区，单位为秒）', 'card/paycell/set：用户输入金额后用微信支付'];
    for (const line of old) expect(API_WORDING.some(([p]) => p.test(line)), line).toBe(true);
  });

  it('keeps the API facts for developers in each field’s developer note', () => {
    const note = (path: string) => FIELDS.find((f) => f.path === path)?.devNote?.['zh-CN'] ?? '';
    expect(note('cash.reduce_cost')).toContain('分');
    expect(note('discount.discount')).toContain('30');
    expect(note('base_info.get_custom_code_mode')).toContain('GET_CUSTOM_CODE_MODE_DEPOSIT');
    expect(note('base_info.date_info.begin_timestamp')).toContain('秒');
  });
});

describe('the developer detail', () => {
  beforeEach(() => {
    resetAll();
    startDraft('CASH');
  });
  afterEach(resetAll);

  it('is folded under each field and holds the path and the API value, never the visible help', () => {
    useBuilderStore.getState().setField('card.cash.reduce_cost', 990);
    render(<BuilderScreen />);
    const help = document.getElementById('f-card_cash_reduce_cost-help');
    expect(help?.textContent).toContain('元');
    expect(help?.textContent).not.toContain('分');
    const field = help?.closest('.field') as HTMLElement;
    const dev = field.querySelector('[data-testid="dev-detail"]') as HTMLDetailsElement;
    expect(dev.open).toBe(false);
    expect(dev.textContent).toContain('card.cash.reduce_cost');
    expect(dev.textContent).toContain('990');
    // The business-service tags no longer print their constants beside the words.
    expect(screen.queryByText('BIZ_SERVICE_DELIVER')).toBeNull();
  });
});
