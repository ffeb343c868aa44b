import { own } from '../card-create/access';
import { MEMBER_FIELDS } from '../card-create/member-card-spec';
import type { StoredCard } from '../card-store';
import { wxError, type WxError } from '../errors';

/**
 * card/update for a member card (wechat-card-api.md §1.7; wechatpay-merchant-coupons-and-member-cards.md
 * §1.2 "some need re-review", §1.3 "once true cannot be turned off"). Decisions [INF], in
 * main/sandbox/README.md: every member_card field may change; turning supply_bonus or supply_balance
 * off is 40097; turning supply_balance on needs 储值 like create; a new card face or privileges text
 * sends the card back to review (what the reviewer reads), points, stored value, header cells,
 * entries, activation and the discount do not.
 */
const REVIEWED: readonly string[] = ['background_pic_url', 'prerogative'];

/** The first problem of a member_card patch beyond base_info / advanced_info, or undefined. */
export function memberPatchProblem(stored: StoredCard, patch: Record<string, unknown>): WxError | undefined {
  const node = stored.card.member_card as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (key === 'base_info' || key === 'advanced_info') continue;
    if (!Object.hasOwn(MEMBER_FIELDS, key) && !/^custom_field\d+$/.test(key)) return wxError(47001, `member_card.${key}`);
  }
  for (const key of ['supply_bonus', 'supply_balance']) {
    if (node[key] === true && own(patch, key) === false) return wxError(40097, `member_card.${key}`);
  }
  return undefined;
}

/** Writes the patch's member fields into `node` (overwrite-style, "" clears, §1.7 rule 3) and returns the old ones. */
export function mergeMemberFields(node: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const old: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'base_info' || key === 'advanced_info') continue;
    old[key] = node[key];
    if (value === '' && key !== 'prerogative') delete node[key];
    else node[key] = value;
  }
  return old;
}

/** True when a review-relevant member field changed (send_check true). */
export function memberReviewChanged(old: Record<string, unknown>, node: Record<string, unknown>): boolean {
  return REVIEWED.some((k) => Object.hasOwn(old, k) && JSON.stringify(old[k]) !== JSON.stringify(node[k]));
}
