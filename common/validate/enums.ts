import type { FieldMeta } from '../coupon/fields';
import { valueText } from './messages';
import { labelFor } from './labels';
import type { Reporter } from './report';

const sets = new Map<FieldMeta, ReadonlySet<string>>();

function allowed(meta: FieldMeta): ReadonlySet<string> {
  let set = sets.get(meta);
  if (!set) {
    set = new Set(meta.enumValues ?? []);
    sets.set(meta, set);
  }
  return set;
}

/**
 * Enum fields: code_type, color, get_custom_code_mode, time_limit[].type and business_service[]
 * (decisions table: 40097). Values are case-sensitive, as Weixin compares them exactly.
 */
export function checkEnum(value: string, meta: FieldMeta, parent: string, key: string | number, r: Reporter): void {
  if (allowed(meta).has(value)) return;
  const path = typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`;
  r.add(path, 'enum_invalid', valueText.enumInvalid(labelFor(path), value, meta.enumValues ?? []));
}
