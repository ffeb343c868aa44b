import { localized, type Localized } from '../i18n';
import { INT32_MAX, INT32_MIN } from '../coupon/limits';
import { structureText } from './messages';
import { ruleText } from './messages-input';
import { checkBytes } from './lengths';
import { checkEnum } from './enums';
import { checkImage } from './images';
import { kindOf, labelFor } from './labels';
import { has, isInt, isObj, type Obj, type Reporter } from './report';
import type { Spec } from './specs';
import type { FindingCode } from './codes';

/**
 * The structure group: unknown keys and wrong JSON types (47001), missing or empty required
 * fields (41011), and, per leaf, the byte, enum and image checks. Values of the wrong type stop
 * there, so later rules never see them and one mistake gives one finding.
 */

const LONE_SURROGATE = /\p{Cs}/u;

/** What a field of each JSON kind must be, for wrong-type messages (shared with other back ends). */
export const EXPECTED: Readonly<Record<string, Localized>> = {
  string: localized('文本', 'a text'),
  enum: localized('文本', 'a text'),
  int: localized('整数', 'an integer'),
  timestamp: localized('整数秒', 'a whole number of seconds'),
  bool: localized('true 或 false', 'true or false'),
  object: localized('对象 {…}', 'an object {…}'),
  array: localized('列表 […]', 'a list […]'),
};

/** Missing required fields whose errcode is not 41011 (decisions table). */
const MISSING_CODE: Readonly<Record<string, FindingCode>> = {
  'advanced_info.text_image_list[].image_url': 'text_image_incomplete',
  'advanced_info.text_image_list[].text': 'text_image_incomplete',
  'advanced_info.abstract.icon_url_list': 'abstract_icon_required',
};

/** Reports a required field that is missing or an empty string. */
export function reportMissing(path: string, spec: Spec, r: Reporter): void {
  const code = MISSING_CODE[spec.meta.path] ?? 'required';
  r.add(path, code, structureText.required(labelFor(path)));
}

/** Reports a value of the wrong JSON type. */
export function reportWrongType(path: string, expected: Localized, value: unknown, r: Reporter): void {
  r.add(path, 'wrong_type', structureText.wrongType(labelFor(path), expected, kindOf(value)));
}

/** Reports an unknown key, suggesting the nearest allowed one (catches "sash", "titel"). */
export function reportUnknownKey(path: string, key: string, allowed: Iterable<string>, parent: Localized, r: Reporter): void {
  r.add(path, 'unknown_key', structureText.unknownKey(key, parent, nearest(key, allowed)));
}

/**
 * Walks an object against its spec. A null field is absent (nulls.ts): required → missing (41011),
 * optional → a warning that it is ignored. An unknown key is reported whatever its value, null
 * included, as the sandbox does: a typo must not pass silently.
 */
export function walkObject(obj: Obj, path: string, spec: Spec, r: Reporter, parent?: Localized): void {
  const children = spec.children;
  if (!children) return;
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value === undefined) continue;
    const child = children.get(key);
    if (child === undefined) reportUnknownKey(`${path}.${key}`, key, children.keys(), parent ?? labelFor(path), r);
    else if (value === null) {
      if (!child.meta.required) r.add(`${path}.${key}`, 'null_ignored', structureText.nullIgnored(labelFor(`${path}.${key}`)));
    } else checkValue(value, child, path, key, r);
  }
  for (const req of spec.required ?? []) {
    if (!has(obj, req.key) || obj[req.key] === null) reportMissing(`${path}.${req.key}`, req, r);
  }
}

/** `parent.key`, or `parent[i]` for an array item: built only when reporting or descending. */
const at = (parent: string, key: string | number): string => (typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`);

/** Checks one present value (the child `key` of `parent`) against its spec. */
export function checkValue(value: unknown, spec: Spec, parent: string, key: string | number, r: Reporter): void {
  const meta = spec.meta;
  switch (meta.json) {
    case 'string':
    case 'enum':
      if (typeof value !== 'string') return reportWrongType(at(parent, key), EXPECTED[meta.json] as Localized, value, r);
      if (value === '') {
        if (meta.required) reportMissing(at(parent, key), spec, r);
        else if (meta.json === 'enum') checkEnum(value, meta, parent, key, r);
        else if (meta.image) checkImage(value, meta, at(parent, key), r);
        return;
      }
      // Half an emoji (a lone UTF-16 surrogate, e.g. from "\ud83d") has no UTF-8 form at all.
      if (LONE_SURROGATE.test(value)) return r.add(at(parent, key), 'lone_surrogate', ruleText.loneSurrogate(labelFor(at(parent, key)), value.search(LONE_SURROGATE)));
      if (meta.json === 'enum') return checkEnum(value, meta, parent, key, r);
      if (meta.maxBytes !== undefined && value.length * 3 > meta.maxBytes) checkBytes(value, meta, at(parent, key), r);
      if (meta.image) checkImage(value, meta, at(parent, key), r);
      return;
    case 'int':
      if (!isInt(value)) reportWrongType(at(parent, key), EXPECTED.int as Localized, value, r);
      else if (value < INT32_MIN || value > INT32_MAX) r.add(at(parent, key), 'int_out_of_range', ruleText.intOutOfRange(labelFor(at(parent, key)), value), { limit: value > 0 ? INT32_MAX : INT32_MIN, actual: value });
      return;
    case 'timestamp':
      // Non-integer or negative numbers are the date rules' 40079 (decisions table).
      if (typeof value !== 'number') reportWrongType(at(parent, key), EXPECTED.timestamp as Localized, value, r);
      return;
    case 'bool':
      if (typeof value !== 'boolean') reportWrongType(at(parent, key), EXPECTED.bool as Localized, value, r);
      return;
    case 'dateType':
      if (value === '') reportMissing(at(parent, key), spec, r);
      return;
    case 'object':
      if (!isObj(value)) return reportWrongType(at(parent, key), EXPECTED.object as Localized, value, r);
      return walkObject(value, at(parent, key), spec, r);
    case 'array': {
      const path = at(parent, key);
      if (!Array.isArray(value)) return reportWrongType(path, EXPECTED.array as Localized, value, r);
      if (spec.item) for (let i = 0; i < value.length; i++) checkValue(value[i], spec.item, path, i, r);
      return;
    }
  }
}

/** The allowed key within edit distance 2 of a typo, if any. */
export function nearest(key: string, allowed: Iterable<string>): string | undefined {
  if (key.length < 3 || key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = distance(key.toLowerCase(), candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up once it reaches `cap`. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? cap) + 1, (row[j - 1] ?? cap) + 1, (prev[j - 1] ?? cap) + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    prev = row;
  }
  return prev[b.length] ?? cap;
}
