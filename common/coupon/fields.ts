import { CARD_TYPES, kindKey, type CardKind } from './card-types';
import { ADVANCED_INFO_FIELDS, TYPE_FIELDS } from './fields-advanced-info';
import { MEMBER_CARD_FIELDS } from './fields-member-card';
import { BASE_INFO_FIELDS } from './fields-base-info';
import { ENTRY_FIELDS } from './fields-entries';
import { FORM_SECTIONS, field, type FieldMeta, type FormSectionId } from './field-meta';

export * from './field-meta';

/**
 * Field metadata beside the schemas: ONE source for the editor (labels, help, sections, units),
 * the CLI and spreadsheet template (columns), and the validator (keys, JSON kinds, required,
 * byte limits). Patterns are relative to `card.<type key>`, with `[]` for array items.
 */

/** `card.card_type` itself. */
export const CARD_TYPE_FIELD: FieldMeta = field('card_type', 'enum', 'face', ['卡券类型', 'Card type'], [
  '团购券、代金券、折扣券、兑换券或优惠券',
  'Group-buy, cash, discount, gift or general coupon',
], { dev: ['GROUPON、CASH、DISCOUNT、GIFT 或 GENERAL_COUPON', 'GROUPON, CASH, DISCOUNT, GIFT or GENERAL_COUPON'], required: true, enumValues: CARD_TYPES });

/** Every field of a card/create body, containers included. */
export const FIELDS: readonly FieldMeta[] = [CARD_TYPE_FIELD, ...BASE_INFO_FIELDS, ...ENTRY_FIELDS, ...ADVANCED_INFO_FIELDS, ...TYPE_FIELDS, ...MEMBER_CARD_FIELDS];

const byPattern = new Map<string, FieldMeta>(FIELDS.map((f) => [f.path, f]));
const typeKeyPrefix = /^(groupon|cash|discount|gift|general_coupon|member_card)\.(?=base_info|advanced_info)/;

/** The metadata of a path pattern such as 'advanced_info.text_image_list[].text'. */
export function fieldMeta(pattern: string): FieldMeta | undefined {
  return byPattern.get(pattern);
}

/**
 * The pattern of a concrete finding path: 'card.groupon.base_info.title' → 'base_info.title',
 * 'card.cash.advanced_info.text_image_list[2].text' → 'advanced_info.text_image_list[].text',
 * 'card.cash.reduce_cost' → 'cash.reduce_cost'.
 */
export function fieldPattern(path: string): string {
  const inCard = path.startsWith('card.') ? path.slice(5) : path;
  return inCard.replace(/\[\d+\]/g, '[]').replace(typeKeyPrefix, '');
}

/** The metadata for a concrete path, or undefined for paths outside the model. */
export function fieldForPath(path: string): FieldMeta | undefined {
  return byPattern.get(fieldPattern(path));
}

/** The last key of a pattern: 'base_info.sku.quantity' → 'quantity', 'x.list[]' → 'list[]'. */
export function fieldKey(pattern: string): string {
  return pattern.slice(pattern.lastIndexOf('.') + 1);
}

/** Direct children of an object pattern ('base_info', 'advanced_info.text_image_list[]', …). */
export function childFields(parent: string): FieldMeta[] {
  const prefix = `${parent}.`;
  return FIELDS.filter((f) => f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes('.'));
}

/** The keys a type object may hold: base_info, advanced_info and that type's own fields. */
export function typeObjectFields(type: CardKind): FieldMeta[] {
  return [byPattern.get('base_info'), byPattern.get('advanced_info'), ...childFields(kindKey(type))].filter((f): f is FieldMeta => f !== undefined);
}

/** Fields shown for a card type, in form-section order (array items and containers included). */
export function fieldsForType(type: CardKind): FieldMeta[] {
  const order = new Map(FORM_SECTIONS.map((s, i) => [s.id, i]));
  return FIELDS.filter((f) => f.appliesTo.includes(type)).sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0));
}

/** Fields of one form section for a card type. */
export function fieldsInSection(section: FormSectionId, type: CardKind): FieldMeta[] {
  return fieldsForType(type).filter((f) => f.section === section);
}

