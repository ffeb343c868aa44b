import { z } from 'zod';
import { callJson, schemaParser, type ApiContext, type CallOptions, type JsonObject } from './call';
import { ENDPOINTS } from './endpoints';
import type { WeixinResult } from './failure';
import { emptySchema } from './responses';

/**
 * The member-card endpoints (wechatpay-merchant-coupons-and-member-cards.md §1.2, §1.4, §1.5). Answers
 * are parsed before they leave main.
 */

const int = z.number().int();
const nameValue = z.object({ name: z.string(), value: z.string().optional() });

/** `card/membercard/userinfo/get` (§1.5), in the app's words. */
export const memberInfoSchema = z
  .object({
    openid: z.string(),
    nickname: z.string().optional(),
    membership_number: z.string().optional(),
    bonus: int.optional(),
    balance: int.optional(),
    user_card_status: z.string().optional(),
    has_active: z.boolean().optional(),
    user_info: z.object({ common_field_list: z.array(nameValue).optional(), custom_field_list: z.array(nameValue).optional() }).optional(),
  })
  .transform((v) => ({
    openid: v.openid,
    nickname: v.nickname ?? '',
    membershipNumber: v.membership_number ?? '',
    bonus: v.bonus ?? 0,
    balance: v.balance ?? 0,
    status: v.user_card_status ?? 'NORMAL',
    active: v.has_active ?? false,
    fields: [...(v.user_info?.common_field_list ?? []), ...(v.user_info?.custom_field_list ?? [])],
  }));

/** A member as userinfo/get reports them. */
export type MemberInfo = z.output<typeof memberInfoSchema>;

const updateSchema = z
  .object({ result_bonus: int.optional(), result_balance: int.optional(), openid: z.string().optional() })
  .transform((v) => ({ resultBonus: v.result_bonus, resultBalance: v.result_balance }));

/**
 * One updateuser request. `bonus` / `balance` are the ABSOLUTE totals after the change and are always
 * sent with the delta: Weixin sets the total, the delta only feeds the member's notification (§1.5),
 * so a resend after a lost answer cannot add the points twice.
 */
export interface MemberUpdate {
  readonly cardId: string;
  readonly code: string;
  readonly bonus?: { readonly total: number; readonly delta: number; readonly record?: string };
  readonly balance?: { readonly total: number; readonly delta: number; readonly record?: string };
}

/** The JSON body of an updateuser request. */
export function memberUpdateBody(update: MemberUpdate): JsonObject {
  return {
    card_id: update.cardId,
    code: update.code,
    ...(update.bonus ? { bonus: update.bonus.total, add_bonus: update.bonus.delta, ...(update.bonus.record ? { record_bonus: update.bonus.record } : {}) } : {}),
    ...(update.balance
      ? { balance: update.balance.total, add_balance: update.balance.delta, ...(update.balance.record ? { record_balance: update.balance.record } : {}) }
      : {}),
  };
}

const empty = schemaParser(emptySchema);

/** The member endpoints bound to one account. */
export function memberApi(ctx: ApiContext) {
  return {
    /** `userinfo/get` (§1.5): the member behind a code. */
    getMember: (cardId: string, code: string, options?: CallOptions): Promise<WeixinResult<MemberInfo>> =>
      callJson(ctx, ENDPOINTS.getMember, { card_id: cardId, code }, schemaParser(memberInfoSchema), options),
    /** `updateuser` (§1.5). Not repeated by the client: an unknown outcome is the caller's to reconcile. */
    updateMember: (update: MemberUpdate, options?: CallOptions): Promise<WeixinResult<{ resultBonus: number | undefined; resultBalance: number | undefined }>> =>
      callJson(ctx, ENDPOINTS.updateMember, memberUpdateBody(update), schemaParser(updateSchema), options),
    /** `membercard/activate` (§1.4): once per member (a repeat is refused). */
    activateMember: (body: JsonObject, options?: CallOptions): Promise<WeixinResult<undefined>> =>
      callJson(ctx, ENDPOINTS.activateMember, body, empty, options),
    /** `activateuserform/set` (§1.4): replaces the card's whole form, so it may be repeated. */
    setActivationForm: (body: JsonObject, options?: CallOptions): Promise<WeixinResult<undefined>> =>
      callJson(ctx, ENDPOINTS.setActivationForm, body, empty, options),
  };
}
