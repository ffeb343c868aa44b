import { MEMBER_CARD, kindKey, type CardKind } from '../../../common/coupon/card-types';
import { exampleMemberCard } from '../../../common/coupon/example-member-card';
import { exampleCoupon } from '../../../common/coupon/examples';
import { localized, type Localized } from '../../../common/i18n';
import { getAt } from './card-path';

const examples = new Map<CardKind, unknown>();

/**
 * "例如：小林咖啡" for a text input: the example coupon's value at the same path, shown as a
 * placeholder so a new draft suggests content without containing any (issue 11, problem 13).
 */
export function examplePlaceholder(type: CardKind, path: string): Localized | undefined {
  let example = examples.get(type);
  if (example === undefined) {
    example = type === MEMBER_CARD ? exampleMemberCard() : exampleCoupon(type, 0);
    examples.set(type, example);
  }
  // A path of another type's object (a stale key) has no example.
  if (!path.startsWith(`card.${kindKey(type)}.`)) return undefined;
  const value = getAt(example, path);
  if (typeof value !== 'string' || value === '' || value.startsWith('https://mmbiz.qpic.cn/')) return undefined;
  const first = value.split('\n')[0] ?? value;
  return localized(`例如：${first}`, `e.g. ${first}`);
}
