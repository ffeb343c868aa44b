import { wxError, type WxError } from '../errors';
import { isAbsent, isInt, objectAt, own } from './access';
import { nodePath, type CardHead } from './context';
import { MAX_QUANTITY } from './spec';

/** sku.quantity (§4.2): 1..100000000, or exactly 0 in deposit mode ("quantity字段须为0") → else 40122. */
export function checkSku(head: CardHead): WxError | undefined {
  const baseInfo = objectAt(head.node, 'base_info');
  const quantity = own(objectAt(baseInfo, 'sku') ?? {}, 'quantity');
  if (!baseInfo || !isInt(quantity)) return undefined;
  const deposit = !isAbsent(own(baseInfo, 'get_custom_code_mode'));
  const valid = deposit ? quantity === 0 : quantity >= 1 && quantity <= MAX_QUANTITY;
  return valid ? undefined : wxError(40122, `${nodePath(head)}.base_info.sku.quantity`);
}
