import { wxError, type WxError } from '../errors';
import { isAbsent, isInt, isPlainObject } from './access';
import { nodePath, type CardHead } from './context';
import { COUPON_TYPE_KEYS, INT32_RANGE, typeNodeSpec, type FieldSpec, type ObjectSpec } from './spec';

/**
 * JSON types and unknown keys (decisions table, 47001): a typo such as `sash` or `titel` must not
 * pass silently, even with a null value. Covers `card`, the type node and every nested object of
 * §4. A null value of a known field is absent (checked by the required step, if required).
 */
export function checkTypes(head: CardHead): WxError | undefined {
  // null = absent (README): a null coupon type key beside the card's own is not there at all.
  const unknownInCard = Object.keys(head.card).find((k) => k !== 'card_type' && k !== head.typeKey && !(COUPON_TYPE_KEYS.has(k) && head.card[k] === null));
  if (unknownInCard !== undefined) return wxError(47001, `card.${unknownInCard}`);
  return checkObject(head.node, typeNodeSpec(head.cardType), nodePath(head));
}

function checkObject(obj: Record<string, unknown>, spec: ObjectSpec, path: string): WxError | undefined {
  for (const key of Object.keys(obj)) {
    if (!Object.hasOwn(spec, key)) return wxError(47001, `${path}.${key}`);
  }
  for (const [key, fieldSpec] of Object.entries(spec)) {
    const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (isAbsent(value)) continue;
    const problem = checkValue(value, fieldSpec, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

function checkValue(value: unknown, spec: FieldSpec, path: string): WxError | undefined {
  if (spec === 'any') return undefined;
  // A lone surrogate cannot be sent as UTF-8: the body would not be valid data (47001).
  if (spec === 'string') return typeof value === 'string' && !/\p{Cs}/u.test(value) ? undefined : wxError(47001, path);
  if (spec === 'int') return isInt(value) && value >= INT32_RANGE.min && value <= INT32_RANGE.max ? undefined : wxError(47001, path);
  if (spec === 'number') return typeof value === 'number' ? undefined : wxError(47001, path);
  if (spec === 'bool') return typeof value === 'boolean' ? undefined : wxError(47001, path);
  if ('object' in spec) return isPlainObject(value) ? checkObject(value, spec.object, path) : wxError(47001, path);
  if (!Array.isArray(value)) return wxError(47001, path);
  for (const [i, item] of value.entries()) {
    // Inside an array null is a wrong value, not an absent field.
    const problem = item === null ? wxError(47001, `${path}[${i}]`) : checkValue(item, spec.array, `${path}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}
