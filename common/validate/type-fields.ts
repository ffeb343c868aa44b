import type { CardKind } from '../coupon/card-types';
import { MAX_DISCOUNT, MIN_DISCOUNT, MIN_LEAST_COST, MIN_REDUCE_COST } from '../coupon/limits';
import { crossText, typeText } from './messages';
import { isInt, isObj, type Obj, type Reporter } from './report';

/**
 * The fields beside base_info (§4.4; decisions table). Presence and JSON type were checked by the
 * walk; here: DISCOUNT 1..99 percent off, CASH reduce_cost > 0 and least_cost ≥ 0 (both 分),
 * and GENERAL_COUPON's "至少传入一组图文列表" (41011).
 */
export function checkTypeFields(obj: Obj, path: string, type: CardKind, r: Reporter): void {
  switch (type) {
    case 'DISCOUNT': {
      const d = obj.discount;
      if (isInt(d) && (d < MIN_DISCOUNT || d > MAX_DISCOUNT)) {
        r.add(`${path}.discount`, 'discount_range', typeText.discountRange(d, MIN_DISCOUNT, MAX_DISCOUNT), {
          limit: d < MIN_DISCOUNT ? MIN_DISCOUNT : MAX_DISCOUNT,
          actual: d,
        });
      }
      return;
    }
    case 'CASH': {
      const least = obj.least_cost;
      const reduce = obj.reduce_cost;
      if (isInt(least) && least < MIN_LEAST_COST) r.add(`${path}.least_cost`, 'least_cost_min', typeText.leastCostMin(least), { limit: MIN_LEAST_COST, actual: least });
      if (isInt(reduce) && reduce < MIN_REDUCE_COST) r.add(`${path}.reduce_cost`, 'reduce_cost_min', typeText.reduceCostMin(reduce), { limit: MIN_REDUCE_COST, actual: reduce });
      // Whether Weixin enforces least_cost ≥ reduce_cost is unconfirmed (§4.4): a hint only.
      if (isInt(least) && isInt(reduce) && least > 0 && reduce > 0 && least < reduce) {
        r.add(`${path}.least_cost`, 'least_cost_below_reduce', crossText.leastCostBelowReduce(least, reduce), { limit: reduce, actual: least });
      }
      return;
    }
    case 'GENERAL_COUPON': {
      const advanced = obj.advanced_info;
      if (advanced !== undefined && !isObj(advanced)) return; // wrong type, reported by the walk
      const list = advanced?.text_image_list;
      if (list === undefined || (Array.isArray(list) && list.length === 0)) {
        r.add(`${path}.advanced_info.text_image_list`, 'text_image_required', typeText.textImageRequired(), { limit: 1, actual: 0 });
      }
      return;
    }
    default:
      return;
  }
}
