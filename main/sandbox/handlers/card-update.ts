import { usablePoiIds } from '../accounts';
import { isInt, isPlainObject, own } from '../card-create/access';
import { dateKind } from '../card-create/date-kind';
import { checkCardBody } from '../card-create/pipeline';
import { ADVANCED_INFO, REQUIRED_BASE_INFO, type CreatableType } from '../card-create/spec';
import { memberPatchProblem, mergeMemberFields, memberReviewChanged } from './member-card-update';
import type { StoredCard } from '../card-store';
import { startReview } from '../review';
import { fail, failWith, ok, readJsonObject, type AuthedContext, type Reply } from './context';
import { lookupCard } from './card-lookup';

/**
 * base_info fields card/update may change (§1.7: "Fields not listed cannot be updated"). brand_name
 * is observed to give 47001; sku (use modifystock), the custom-code switches and source are not
 * listed either.
 */
const UPDATABLE_BASE_INFO: ReadonlySet<string> = new Set([
  'logo_url', 'title', 'sub_title', 'color', 'notice', 'description', 'service_phone', 'code_type', 'date_info',
  'location_id_list', 'use_all_locations', 'get_limit', 'use_limit', 'can_share', 'can_give_friend',
  'center_title', 'center_sub_title', 'center_url', 'center_app_brand_user_name', 'center_app_brand_pass',
  'custom_url_name', 'custom_url', 'custom_url_sub_title', 'custom_app_brand_user_name', 'custom_app_brand_pass',
  'promotion_url_name', 'promotion_url', 'promotion_url_sub_title', 'promotion_app_brand_user_name', 'promotion_app_brand_pass',
]);

/** Fields whose change sends the card back to review (§1.7 rule 1: send_check true). */
const REVIEWED_FIELDS: ReadonlySet<string> = new Set([
  'logo_url', 'title', 'sub_title', 'color', 'notice', 'description',
  'center_title', 'center_sub_title', 'center_url', 'custom_url_name', 'custom_url', 'custom_url_sub_title',
  'promotion_url_name', 'promotion_url', 'promotion_url_sub_title', 'abstract', 'text_image_list',
]);

const REQUIRED: ReadonlySet<string> = new Set(REQUIRED_BASE_INFO);

/**
 * `POST /card/update` (§1.7): the card's own type key only (else 47001), updatable fields only
 * (47001), overwrite-style with `""` clearing an optional field, the merged card re-checked with
 * the card/create rules, date_info only widened (40100). Answers send_check.
 */
export function handleCardUpdate(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value);
  if (!found.ok) return found.reply;
  const stored = found.card;
  const extra = Object.keys(body.value).find((k) => k !== 'card_id' && k !== stored.typeKey);
  if (extra !== undefined) return fail(47001, extra);
  const patch = own(body.value, stored.typeKey);
  if (patch === undefined || patch === null) return fail(41011, stored.typeKey);
  if (!isPlainObject(patch)) return fail(47001, stored.typeKey);
  const member = stored.cardType === 'MEMBER_CARD';
  const patchKey = Object.keys(patch).find((k) => k !== 'base_info' && k !== 'advanced_info' && !member);
  if (patchKey !== undefined) return fail(47001, `${stored.typeKey}.${patchKey}`);
  const memberProblem = member ? memberPatchProblem(stored, patch) : undefined;
  if (memberProblem) return failWith(memberProblem);
  const baseInfo = own(patch, 'base_info') ?? {};
  const advanced = own(patch, 'advanced_info') ?? {};
  if (!isPlainObject(baseInfo)) return fail(47001, `${stored.typeKey}.base_info`);
  if (!isPlainObject(advanced)) return fail(47001, `${stored.typeKey}.advanced_info`);
  const locked = Object.keys(baseInfo).find((k) => !UPDATABLE_BASE_INFO.has(k));
  if (locked !== undefined) return fail(47001, `${stored.typeKey}.base_info.${locked}`);
  const unknownAdvanced = Object.keys(advanced).find((k) => !Object.hasOwn(ADVANCED_INFO, k));
  if (unknownAdvanced !== undefined) return fail(47001, `${stored.typeKey}.advanced_info.${unknownAdvanced}`);

  const merged = structuredClone(stored.card);
  const node = merged[stored.typeKey] as Record<string, unknown>;
  const oldBase = (isPlainObject(node.base_info) ? node.base_info : {}) as Record<string, unknown>;
  const oldAdvanced = (isPlainObject(node.advanced_info) ? node.advanced_info : {}) as Record<string, unknown>;
  node.base_info = mergeFields(oldBase, baseInfo, true);
  if (Object.keys(advanced).length > 0) node.advanced_info = mergeFields(oldAdvanced, advanced, false);
  const oldMember = member ? mergeMemberFields(node, patch) : undefined;

  const head = { cardType: stored.cardType as CreatableType, typeKey: stored.typeKey, card: merged, node };
  const problem = checkCardBody(head, { nowMs: ctx.now, usablePoiIds: usablePoiIds(ctx.account.config), requireFutureEnd: false });
  if (problem) return failWith(problem);
  if (member && node.supply_balance === true && !ctx.account.config.memberCards.balance) return fail(43010, 'member_card.supply_balance');
  if (own(baseInfo, 'date_info') !== undefined && !widensDates(oldBase.date_info, (node.base_info as Record<string, unknown>).date_info)) {
    return fail(40100, `${stored.typeKey}.base_info.date_info`);
  }
  const sendCheck = reviewedFieldChanged(oldBase, oldAdvanced, node) || (oldMember !== undefined && memberReviewChanged(oldMember, node));
  commit(ctx, stored, merged, sendCheck);
  return ok({ send_check: sendCheck });
}

/** Overwrites fields; `""` deletes an optional base_info field (§1.7 rule 3); date_info merges per key. */
function mergeFields(old: Record<string, unknown>, patch: Record<string, unknown>, isBaseInfo: boolean): Record<string, unknown> {
  const out = { ...old };
  for (const [key, value] of Object.entries(patch)) {
    if (value === '' && !(isBaseInfo && REQUIRED.has(key))) delete out[key];
    else if (key === 'date_info' && isPlainObject(value) && isPlainObject(old.date_info)) out[key] = { ...old.date_info, ...value };
    else out[key] = value;
  }
  return out;
}

/** §1.7 [OBS] 40100: same type, new begin ≤ old begin, new end ≥ old end. */
function widensDates(before: unknown, after: unknown): boolean {
  if (!isPlainObject(before) || !isPlainObject(after)) return false;
  if (dateKind(before.type) !== dateKind(after.type)) return false;
  if (isInt(before.begin_timestamp) && isInt(after.begin_timestamp) && after.begin_timestamp > before.begin_timestamp) return false;
  if (isInt(before.end_timestamp) && isInt(after.end_timestamp) && after.end_timestamp < before.end_timestamp) return false;
  return true;
}

function reviewedFieldChanged(oldBase: Record<string, unknown>, oldAdvanced: Record<string, unknown>, node: Record<string, unknown>): boolean {
  const newBase = node.base_info as Record<string, unknown>;
  const newAdvanced = (isPlainObject(node.advanced_info) ? node.advanced_info : {}) as Record<string, unknown>;
  for (const field of REVIEWED_FIELDS) {
    const [before, after] = Object.hasOwn(ADVANCED_INFO, field) ? [oldAdvanced[field], newAdvanced[field]] : [oldBase[field], newBase[field]];
    if (JSON.stringify(before) !== JSON.stringify(after)) return true;
  }
  return false;
}

function commit(ctx: AuthedContext, stored: StoredCard, merged: Record<string, unknown>, sendCheck: boolean): void {
  stored.card = merged;
  stored.updateTime = Math.floor(ctx.now / 1000);
  // §1.7: "true为修改字段后重新提审，该卡券的状态变为审核中".
  if (sendCheck) startReview(stored, ctx.account.config.review, ctx.now);
}
