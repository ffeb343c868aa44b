import { wxError, type WxError } from '../errors';
import { collect, isInt, objectAt, own } from './access';
import { nodePath, type CardHead, type CheckOptions } from './context';

/**
 * Stores (§4.2, decisions table): poi_ids positive (40097), not together with use_all_locations
 * (40097, "与location_id_list互斥"), and each one a usable store of this account (40098).
 */
export function checkStores(head: CardHead, options: CheckOptions): WxError | undefined {
  const at = nodePath(head);
  const ids = collect(head.node, 'base_info.location_id_list.*', at);
  for (const { value, path } of ids) {
    if (isInt(value) && value <= 0) return wxError(40097, path);
  }
  const baseInfo = objectAt(head.node, 'base_info');
  if (baseInfo && own(baseInfo, 'use_all_locations') === true && ids.length > 0) {
    return wxError(40097, `${at}.base_info.use_all_locations`);
  }
  for (const { value, path } of ids) {
    if (isInt(value) && !options.usablePoiIds.has(value)) return wxError(40098, path);
  }
  return undefined;
}
