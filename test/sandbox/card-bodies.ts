// Valid card/create bodies of each coupon type, built on the demo GROUPON, for the create tests.
import type { SandboxHandle } from '../../main/sandbox';
import { validBody } from './support';

/** A CDN image URL in the form uploadimg returns (§1.3). */
export const CDN_IMAGE = `http://mmbiz.qpic.cn/mmbiz_jpg/${'a'.repeat(64)}/0`;

const SPECIAL: Record<string, Record<string, unknown>> = {
  GROUPON: { deal_detail: '双人套餐一份' },
  CASH: { least_cost: 10000, reduce_cost: 1000 },
  DISCOUNT: { discount: 30 },
  GIFT: { gift: '音乐盒一个' },
  GENERAL_COUPON: { default_detail: '全场九折' },
};

/** A valid body of the given type (GENERAL_COUPON gets its required text_image_list item). */
export function bodyOfType(sandbox: SandboxHandle, type: string): { card: Record<string, unknown> } {
  const demo = validBody(sandbox);
  const groupon = demo.card.groupon as Record<string, unknown>;
  const node: Record<string, unknown> = { base_info: groupon.base_info, ...SPECIAL[type] };
  if (type === 'GENERAL_COUPON') node.advanced_info = { text_image_list: [{ image_url: CDN_IMAGE, text: '图文描述' }] };
  return { card: { card_type: type, [type.toLowerCase()]: node } };
}
