import { wxError, type WxError } from '../errors';
import { isAbsent, isMissing, isPlainObject, objectAt, own } from './access';
import { nodePath, type CardHead } from './context';
import { dateKind } from './date-kind';
import { BASE_INFO, REQUIRED_BASE_INFO, SPECIAL_FIELDS, type FieldSpec } from './spec';

/**
 * Required fields (decisions table): missing (absent or null) → 41011, and for a text field also
 * "" → 41011; an incomplete text_image_list item → 41026. A "" where a number, object or list
 * belongs is a wrong JSON type, left to the type step (47001) — aligned with the client validator.
 * Only descends into real objects: a wrong shape is left to the type step.
 */
export function checkRequired(head: CardHead): WxError | undefined {
  return missingField(head) ?? incompleteTextImage(head);
}

/** Missing for a field of this JSON type: "" counts only for text (and the string-or-number date type). */
function missingAs(spec: FieldSpec | undefined, value: unknown): boolean {
  return spec === 'string' || spec === 'any' ? isMissing(value) : isAbsent(value);
}

function missingField(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  const baseInfo = own(head.node, 'base_info');
  if (isAbsent(baseInfo)) return wxError(41011, `${at}.base_info`);
  if (isPlainObject(baseInfo)) {
    for (const field of REQUIRED_BASE_INFO) {
      if (missingAs(BASE_INFO[field], own(baseInfo, field))) return wxError(41011, `${at}.base_info.${field}`);
    }
    const sku = objectAt(baseInfo, 'sku');
    if (sku && isAbsent(own(sku, 'quantity'))) return wxError(41011, `${at}.base_info.sku.quantity`);
    const dateInfo = objectAt(baseInfo, 'date_info');
    if (dateInfo) {
      const type = own(dateInfo, 'type');
      if (isMissing(type)) return wxError(41011, `${at}.base_info.date_info.type`);
      const kind = dateKind(type);
      const needed = kind === 'range' ? ['begin_timestamp', 'end_timestamp'] : kind === 'term' ? ['fixed_term', 'fixed_begin_term'] : [];
      for (const field of needed) {
        if (isAbsent(own(dateInfo, field))) return wxError(41011, `${at}.base_info.date_info.${field}`);
      }
    }
  }
  // A member card's required keys are check-member-card.ts's; its other fields are optional.
  const special = head.cardType === 'MEMBER_CARD' ? {} : SPECIAL_FIELDS[head.cardType];
  for (const field of Object.keys(special)) {
    if (missingAs(special[field], own(head.node, field))) return wxError(41011, `${at}.${field}`);
  }
  const advanced = own(head.node, 'advanced_info');
  // §4.6: "优惠券券开发者须至少传入一组图文列表" — GENERAL_COUPON needs one text_image_list item.
  if (head.cardType === 'GENERAL_COUPON') {
    const list = isPlainObject(advanced) ? own(advanced, 'text_image_list') : undefined;
    const listMissing = isPlainObject(advanced) && (isAbsent(list) || (Array.isArray(list) && list.length === 0));
    if (isAbsent(advanced) || listMissing) return wxError(41011, `${at}.advanced_info.text_image_list`);
  }
  const abstract = objectAt(advanced, 'abstract');
  if (abstract) {
    const icons = own(abstract, 'icon_url_list');
    if (isAbsent(icons) || (Array.isArray(icons) && icons.length === 0)) {
      return wxError(41011, `${at}.advanced_info.abstract.icon_url_list`);
    }
  }
  return undefined;
}

function incompleteTextImage(head: CardHead): WxError | undefined {
  const list = own(objectAt(head.node, 'advanced_info') ?? {}, 'text_image_list');
  if (!Array.isArray(list)) return undefined;
  for (const [i, item] of list.entries()) {
    if (!isPlainObject(item)) continue;
    if (isMissing(own(item, 'image_url')) || isMissing(own(item, 'text'))) {
      return wxError(41026, `${nodePath(head)}.advanced_info.text_image_list[${i}]`);
    }
  }
  return undefined;
}
