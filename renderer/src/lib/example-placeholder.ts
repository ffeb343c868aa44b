import { typeKey, type CardType } from '../../../common/coupon/card-types';
import { exampleCoupon } from '../../../common/coupon/examples';
import { localized, type Localized } from '../../../common/i18n';
import { getAt } from './card-path';

const examples = new Map<CardType, unknown>();

/**
 * "例如：小林咖啡" for a text input: the example coupon's value at the same path, shown as a
 * placeholder so a new draft suggests content without containing any (issue 11, problem 13).
 */
export function examplePlaceholder(type: CardType, path: string): Localized | undefined {
  let example = examples.get(type);
  if (example === undefined) {
    example = exampleCoupon(type, 0);
    examples.set(type, example);
  }
  // A path of another type's object (a stale key) has no example.
  if (!path.startsWith(`card.${typeKey(type)}.`)) return undefined;
  const value = getAt(example, path);
  if (typeof value !== 'string' || value === '' || value.startsWith('https://mmbiz.qpic.cn/')) return undefined;
  const first = value.split('\n')[0] ?? value;
  return localized(`例如：${first}`, `e.g. ${first}`);
}
