import { stockChildFields, stockFieldMeta, type StockFieldMeta } from '../busifavor/fields';
import { stockColorFolded } from '../busifavor/colors';
import { isLocalImageRef } from '../coupon/local-image';
import { localized, type Localized } from '../i18n';
import { parseRfc3339 } from '../busifavor/rfc3339';
import { textLength } from '../busifavor/text-length';
import { MARKETING_IMAGE_HOST } from '../busifavor/limits';
import { imageHost } from '../validate/images';
import { kindOf } from '../validate/labels';
import { has, isInt, isObj, type Obj } from '../validate/report';
import type { Spec } from '../validate/specs';
import { EXPECTED, nearest } from '../validate/structure';
import { stockLabelFor } from './labels';
import { stockText } from './messages';
import type { StockFindingReporter } from './report';

/**
 * The structure group of the 商家券 rules: unknown keys and wrong JSON types, missing required
 * fields, and per leaf the character, enum, range, time and image checks (RULES.md). A value of the
 * wrong type stops there, so later rules never see it and one mistake gives one finding.
 */

/** The field tree for the walker, built once: the card validator's Spec over the stock fields. */
export type StockSpec = Spec<StockFieldMeta>;

function build(meta: StockFieldMeta): StockSpec {
  const key = meta.path.slice(meta.path.lastIndexOf('.') + 1);
  if (meta.json === 'object') return { key, meta, ...objectParts(meta.path) };
  if (meta.json === 'array') {
    const itemMeta = stockFieldMeta(`${meta.path}[]`);
    if (itemMeta) return { key, meta, item: build(itemMeta) };
  }
  return { key, meta };
}

function objectParts(parent: string): Pick<StockSpec, 'children' | 'required'> {
  const children = new Map<string, StockSpec>();
  for (const m of stockChildFields(parent)) children.set(m.path.slice(m.path.lastIndexOf('.') + 1), build(m));
  // A rule object is required only for its stock type: the stock-type rule says which.
  return { children, required: [...children.values()].filter((s) => s.meta.required) };
}

/** The body's spec. */
export const BODY_SPEC: StockSpec = {
  key: '',
  meta: { path: '', json: 'object', label: localized('批次', 'the stock'), required: true },
  ...objectParts(''),
};

const at = (parent: string, key: string | number): string => (typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`);
const TIME_KIND = localized('RFC 3339 时间文本', 'an RFC 3339 time text');

/** Reports a value of the wrong JSON type. */
export function reportWrongType(path: string, expected: Localized, value: unknown, r: StockFindingReporter): void {
  r.add(path, 'wrong_type', localized(
    `${stockLabelFor(path)['zh-CN']}应为${expected['zh-CN']}，现在是${kindOf(value)['zh-CN']}：请改为${expected['zh-CN']}`,
    `${stockLabelFor(path).en} must be ${expected.en}; it is ${kindOf(value).en}: change it to ${expected.en}`,
  ));
}

function reportMissing(path: string, r: StockFindingReporter): void {
  const label = stockLabelFor(path);
  r.add(path, 'required', localized(`${label['zh-CN']}为必填项，现在为空：请填写${label['zh-CN']}`, `${label.en} is required but missing or empty: fill it in`));
}

/** Walks an object against its spec: unknown keys, nulls (= absent), unopened fields, required keys. */
export function walkStockObject(obj: Obj, path: string, spec: StockSpec, r: StockFindingReporter): void {
  const children = spec.children;
  if (!children) return;
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value === undefined) continue;
    const child = children.get(key);
    const here = at(path, key);
    if (child === undefined) {
      r.add(here, 'unknown_key', stockText.unknownKey(key, path === '' ? BODY_SPEC.meta.label : stockLabelFor(path), nearest(key, children.keys())));
    } else if (value === null) {
      if (!child.meta.required) r.add(here, 'null_ignored', stockText.nullIgnored(stockLabelFor(here)));
    } else {
      if (child.meta.unopened) r.add(here, 'unopened_field', stockText.unopened(stockLabelFor(here)));
      checkStockValue(value, child, path, key, r);
    }
  }
  for (const req of spec.required ?? []) {
    if (!has(obj, req.key) || obj[req.key] === null) reportMissing(at(path, req.key), r);
  }
}

/** Checks one present value (the child `key` of `parent`) against its spec. */
export function checkStockValue(value: unknown, spec: StockSpec, parent: string, key: string | number, r: StockFindingReporter): void {
  const meta = spec.meta;
  const path = at(parent, key);
  switch (meta.json) {
    case 'string':
    case 'enum':
    case 'time':
      if (typeof value !== 'string') return reportWrongType(path, meta.json === 'time' ? TIME_KIND : (EXPECTED.string as Localized), value, r);
      if (value === '') {
        if (meta.required) reportMissing(path, r);
        else if (meta.json === 'enum') checkEnum(value, meta, path, r);
        return;
      }
      if (meta.json === 'enum') return checkEnum(value, meta, path, r);
      if (meta.json === 'time') return checkTime(value, path, r);
      // A UTF-16 unit is at most one code point and 3 UTF-8 bytes: short strings skip the count.
      if (meta.maxChars !== undefined && value.length * (r.lengthUnit === 'utf8-bytes' ? 3 : 1) > meta.maxChars) checkLength(value, meta.maxChars, path, r);
      if (meta.image) checkStockImage(value, path, r);
      return;
    case 'int':
      if (!isInt(value)) return reportWrongType(path, EXPECTED.int as Localized, value, r);
      if ((meta.min !== undefined && value < meta.min) || (meta.max !== undefined && value > meta.max)) {
        r.add(path, 'out_of_range', stockText.outOfRange(stockLabelFor(path), value, meta.unit, meta.min, meta.max), { ...(meta.max === undefined ? {} : { limit: meta.max }), actual: value });
      }
      return;
    case 'bool':
      if (typeof value !== 'boolean') reportWrongType(path, EXPECTED.bool as Localized, value, r);
      return;
    case 'object':
      if (!isObj(value)) return reportWrongType(path, EXPECTED.object as Localized, value, r);
      if (meta.stockType !== undefined && r.stockType !== undefined && meta.stockType !== r.stockType) return;
      return walkStockObject(value, path, spec, r);
    case 'array':
      if (!Array.isArray(value)) {
        // "此字段需要 JSON 数组对象" (§2.7): a lone slot object is the classic mistake (WxJava #3574).
        if (meta.path.endsWith('available_day_time') && isObj(value)) return r.add(path, 'day_time_not_list', stockText.dayTimeNotList());
        return reportWrongType(path, EXPECTED.array as Localized, value, r);
      }
      if (spec.item) for (let i = 0; i < value.length; i++) checkStockValue(value[i], spec.item, path, i, r);
      return;
  }
}

function checkLength(value: string, limit: number, path: string, r: StockFindingReporter): void {
  const actual = textLength(value, r.lengthUnit);
  if (actual > limit) r.add(path, 'too_long', stockText.tooLong(stockLabelFor(path), limit, actual, r.lengthUnit === 'utf8-bytes'), { limit, actual });
}

function checkEnum(value: string, meta: StockFieldMeta, path: string, r: StockFindingReporter): void {
  const allowed = meta.enumValues ?? [];
  if (allowed.includes(value)) return;
  const folded = allowed.find((a) => a.toLowerCase() === value.toLowerCase()) ?? (meta.path.endsWith('background_color') ? stockColorFolded(value) : undefined);
  r.add(path, 'enum_invalid', stockText.enumInvalid(stockLabelFor(path), value, allowed, folded));
}

function checkTime(value: string, path: string, r: StockFindingReporter): void {
  const parsed = parseRfc3339(value);
  if (parsed.ok) return;
  if (parsed.error === 'no_zone') r.add(path, 'time_no_zone', stockText.timeNoZone(stockLabelFor(path), value));
  else r.add(path, 'time_invalid', stockText.timeInvalid(stockLabelFor(path), value));
}

/**
 * Images must come from the marketing image upload (§2.2 "must come from the marketing image-upload
 * API", §2.5 host wxpaylogo.qpic.cn). `local-image:` references pass in drafts, refused on submit.
 */
export function checkStockImage(value: string, path: string, r: StockFindingReporter): void {
  if (isLocalImageRef(value)) {
    if (!r.draft) r.add(path, 'image_not_uploaded', stockText.imageNotUploaded(stockLabelFor(path)));
    return;
  }
  const host = imageHost(value);
  if (host === undefined) r.add(path, 'image_url_invalid', stockText.imageUrlInvalid(stockLabelFor(path), value));
  else if (host !== MARKETING_IMAGE_HOST) r.add(path, 'image_host', stockText.imageHost(stockLabelFor(path), host, MARKETING_IMAGE_HOST));
}
