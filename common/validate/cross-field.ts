import { cardKindName, type CardKind } from '../coupon/card-types';
import { fieldMeta } from '../coupon/fields';
import { localized } from '../i18n';
import { crossText } from './messages';
import { labelFor } from './labels';
import { isInt, isObj, type Obj, type Reporter } from './report';
import { isDepositMode } from './sku';

const USE_CONDITION_KEYS = ['accept_category', 'reject_category', 'least_cost', 'object_use_for'] as const;

/**
 * Hints card/create accepts but that bite later or look like mistakes (warnings only):
 * paycell / self-redemption need center_url cleared (§1.10, §1.11), exclude each other (45046)
 * and need a store (43017); use_condition fields on a type they do not apply to (§4.6);
 * get_limit above the stock; bind_openid with a shareable page (guide §2.6 advice).
 */
export function checkCrossField(obj: Obj, path: string, type: CardKind, r: Reporter): void {
  const base = isObj(obj.base_info) ? obj.base_info : undefined;
  const basePath = `${path}.base_info`;
  const { paycell = false, selfConsume = false } = r.intent;
  if (base && (paycell || selfConsume)) {
    if (typeof base.center_url === 'string' && base.center_url !== '') {
      r.add(`${basePath}.center_url`, 'center_url_conflict', crossText.centerUrlConflict(), { errcode: paycell ? 40145 : 45046 });
    }
    const list = base.location_id_list;
    if (!(Array.isArray(list) && list.length > 0) && base.use_all_locations !== true) {
      r.add(`${basePath}.location_id_list`, 'needs_stores', crossText.needsStores());
    }
  }
  if (paycell && selfConsume) r.add('card', 'cells_conflict', crossText.cellsConflict());

  const advanced = obj.advanced_info;
  const condition = isObj(advanced) && isObj(advanced.use_condition) ? advanced.use_condition : undefined;
  if (condition) {
    for (const key of USE_CONDITION_KEYS) {
      const meta = fieldMeta(`advanced_info.use_condition.${key}`);
      if (condition[key] === undefined || !meta || meta.appliesTo.includes(type)) continue;
      const at = `${path}.advanced_info.use_condition.${key}`;
      const names = meta.appliesTo.map((t) => cardKindName(t));
      const allowed = localized(names.map((n) => n['zh-CN']).join('和'), names.map((n) => n.en).join(' and '));
      r.add(at, 'use_condition_wrong_type', crossText.useConditionWrongType(labelFor(at), cardKindName(type), allowed));
    }
  }
  if (!base) return;
  const sku = base.sku;
  const quantity = isObj(sku) ? sku.quantity : undefined;
  if (!isDepositMode(base) && isInt(base.get_limit) && isInt(quantity) && quantity >= 1 && base.get_limit > quantity) {
    r.add(`${basePath}.get_limit`, 'get_limit_over_quantity', crossText.getLimitOverQuantity(base.get_limit, quantity), { limit: quantity, actual: base.get_limit });
  }
  if (base.bind_openid === true && base.can_share === true) {
    r.add(`${basePath}.can_share`, 'bind_openid_with_share', crossText.bindOpenidWithShare());
  }
}
