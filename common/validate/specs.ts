import { CARD_KINDS, kindKey, type CardKind } from '../coupon/card-types';
import { childFields, fieldKey, fieldMeta, typeObjectFields, type FieldMeta } from '../coupon/fields';

/**
 * The field metadata arranged as a tree for the walker (any back end's metadata type `M`), built once at load: per object its allowed
 * keys and its required keys, per array its item spec. Lookups are Map gets, so a keystroke costs
 * one pass over the keys actually present.
 */
export interface Spec<M = FieldMeta> {
  key: string;
  meta: M;
  /** For objects: allowed keys. */
  children?: ReadonlyMap<string, Spec<M>>;
  /** For objects: keys that must be present (date-dependent ones are the date rules' job). */
  required?: readonly Spec<M>[];
  /** For arrays: the item spec. */
  item?: Spec<M>;
}

function build(meta: FieldMeta): Spec {
  const spec: Spec = { key: fieldKey(meta.path), meta };
  if (meta.json === 'object') return { ...spec, ...objectParts(childFields(meta.path)) };
  if (meta.json === 'array') {
    const itemMeta = fieldMeta(`${meta.path}[]`);
    if (itemMeta) return { ...spec, item: build(itemMeta) };
  }
  return spec;
}

function objectParts(metas: readonly FieldMeta[]): Pick<Spec, 'children' | 'required'> {
  const children = new Map<string, Spec>();
  for (const m of metas) children.set(fieldKey(m.path), build(m));
  return { children, required: [...children.values()].filter((s) => s.meta.required) };
}

/** Spec of each type object: base_info, advanced_info and the type's own fields. */
export const TYPE_OBJECT_SPECS: Readonly<Record<CardKind, Spec>> = Object.fromEntries(
  CARD_KINDS.map((t) => {
    // A type object has no field of its own; it borrows card_type's metadata for its kind and label.
    const meta = fieldMeta('card_type') as FieldMeta;
    return [t, { key: kindKey(t), meta, ...objectParts(typeObjectFields(t)) }];
  }),
) as Record<CardKind, Spec>;
