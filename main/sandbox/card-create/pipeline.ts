import type { WxError } from '../errors';
import { checkDates } from './check-dates';
import { checkArgs, checkEnums } from './check-enums';
import { checkGuideRules } from './check-guide-rules';
import { checkImages } from './check-images';
import { checkLengths } from './check-lengths';
import { checkMemberFieldCount, checkMemberLengths, checkMemberRequired, checkMemberRules } from './check-member-card';
import { checkRequired } from './check-required';
import { checkSku } from './check-sku';
import { checkStores } from './check-stores';
import { checkTypes } from './check-types';
import type { CardCheck, CardHead, CheckOptions } from './context';

/**
 * The rule groups after the card-type step, in §8's order: required → types/unknown keys → lengths
 * → enums (and the other 40097 argument ranges) → dates → the guide's rules (check-guide-rules.ts)
 * → sku → images → stores; member cards add the header-cell count (40124) first and their own
 * required, length and cross-field rules. The first
 * problem wins, as one errcode is all Weixin returns.
 */
const STEPS: readonly CardCheck[] = [
  checkMemberFieldCount,
  checkRequired,
  checkMemberRequired,
  checkTypes,
  checkLengths,
  checkMemberLengths,
  checkEnums,
  checkArgs,
  checkDates,
  checkGuideRules,
  checkSku,
  checkImages,
  checkMemberRules,
  checkStores,
];

/** Runs every rule group on a card whose head passed; undefined means Weixin would accept it. */
export function checkCardBody(head: CardHead, options: CheckOptions): WxError | undefined {
  for (const step of STEPS) {
    const problem = step(head, options);
    if (problem) return problem;
  }
  return undefined;
}
