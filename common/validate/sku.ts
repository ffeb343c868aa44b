import { DEPOSIT_MODE } from '../coupon/enums';
import { MAX_QUANTITY, MIN_PER_USER_LIMIT, MIN_QUANTITY } from '../coupon/limits';
import { skuText } from './messages';
import { labelFor } from './labels';
import { isInt, isObj, type Obj, type Reporter } from './report';

/** True when the card is in deposited-code mode (get_custom_code_mode = DEPOSIT, §4.2). */
export function isDepositMode(base: Obj): boolean {
  return base.get_custom_code_mode === DEPOSIT_MODE;
}

/**
 * Stock, per-user limits and stores (§4.2; decisions table). Normal mode: 1 ≤ quantity ≤ 10^8;
 * deposit mode: quantity must be 0 ("填入该字段后，quantity字段须为0") and use_custom_code must be
 * true (40122 / 40097). get_limit and use_limit ≥ 1; use_all_locations excludes a store list;
 * store ids are positive (a non-integer id is a wrong type, 47001, reported by the walk).
 */
export function checkSku(base: Obj, basePath: string, r: Reporter): void {
  const deposit = isDepositMode(base);
  if (deposit && base.use_custom_code !== true) {
    r.add(`${basePath}.use_custom_code`, 'deposit_needs_custom_code', skuText.depositNeedsCustomCode());
  }
  const sku = base.sku;
  const quantity = isObj(sku) ? sku.quantity : undefined;
  if (isInt(quantity)) {
    const path = `${basePath}.sku.quantity`;
    if (deposit && quantity !== 0) r.add(path, 'deposit_quantity', skuText.depositQuantity(quantity), { limit: 0, actual: quantity });
    else if (!deposit && (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY)) {
      r.add(path, 'quantity_range', skuText.quantityRange(quantity, MIN_QUANTITY, MAX_QUANTITY), {
        limit: quantity < MIN_QUANTITY ? MIN_QUANTITY : MAX_QUANTITY,
        actual: quantity,
      });
    }
  }
  for (const key of ['get_limit', 'use_limit'] as const) {
    const value = base[key];
    if (isInt(value) && value < MIN_PER_USER_LIMIT) {
      const path = `${basePath}.${key}`;
      r.add(path, 'limit_min', skuText.limitMin(labelFor(path), value, MIN_PER_USER_LIMIT), { limit: MIN_PER_USER_LIMIT, actual: value });
    }
  }
  const list = base.location_id_list;
  if (!Array.isArray(list)) return;
  list.forEach((id, i) => {
    if (isInt(id) && id <= 0) {
      const path = `${basePath}.location_id_list[${i}]`;
      r.add(path, 'location_id_positive', skuText.locationIdPositive(labelFor(path), id), { limit: 1, actual: id });
    }
  });
  if (base.use_all_locations === true && list.length > 0) {
    r.add(`${basePath}.use_all_locations`, 'locations_exclusive', skuText.locationsExclusive(list.length));
  }
}
