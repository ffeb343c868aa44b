import { colorHex } from '../../common/coupon/colors';
import { isPlainObject } from './card-create/access';
import { dateTypeName } from './card-create/date-kind';
import type { StoredCard } from './card-store';

/**
 * The `card` object of a card/get answer (§1.5 [OBS]): the card as stored, plus `base_info.id`,
 * the colour as hex, `status`, `sku.quantity` (remaining) and `sku.total_quantity`, create_time and
 * update_time, and the advanced_info defaults Weixin fills in.
 */
export function renderCard(stored: StoredCard): Record<string, unknown> {
  const card = structuredClone(stored.card);
  const node = isPlainObject(card[stored.typeKey]) ? (card[stored.typeKey] as Record<string, unknown>) : {};
  const baseInfo = isPlainObject(node.base_info) ? node.base_info : {};
  const color = typeof baseInfo.color === 'string' ? (colorHex(baseInfo.color) ?? baseInfo.color) : baseInfo.color;
  const dateInfo = isPlainObject(baseInfo.date_info) ? { ...baseInfo.date_info, type: dateTypeName(baseInfo.date_info.type) } : baseInfo.date_info;
  const renderedBase: Record<string, unknown> = {
    id: stored.cardId,
    ...baseInfo,
    color,
    date_info: dateInfo,
    location_id_list: Array.isArray(baseInfo.location_id_list) ? baseInfo.location_id_list : [],
    status: stored.status,
    sku: { quantity: stored.quantity, total_quantity: stored.totalQuantity },
    create_time: stored.createTime,
    update_time: stored.updateTime,
    area_code_list: [],
  };
  const advanced = isPlainObject(node.advanced_info) ? node.advanced_info : {};
  const renderedAdvanced = {
    time_limit: [],
    text_image_list: [],
    business_service: [],
    consume_share_card_list: [],
    share_friends: false,
    ...advanced,
  };
  const { base_info: _base, advanced_info: _advanced, ...special } = node;
  return {
    card_type: stored.cardType,
    [stored.typeKey]: { base_info: renderedBase, ...special, advanced_info: renderedAdvanced },
  };
}
