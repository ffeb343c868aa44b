import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';

/**
 * The member-card counter (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5): look a member up,
 * change points or balance, activate by interface. main holds the account's secret and the ledger;
 * the renderer sends an account id and a code, never a token. Balances are 分 on the wire.
 */
const account = z.string().min(1).max(64);
const cardId = z.string().min(1).max(32);
// Weixin's code is string(20) (wechat-card-api.md §1.14).
const code = z.string().min(1).max(20);
const member = { accountId: account, cardId, code };

export const memberInfoSchema = z.strictObject({
  openid: z.string(),
  nickname: z.string(),
  membershipNumber: z.string(),
  bonus: z.number().int(),
  /** 分. */
  balance: z.number().int(),
  status: z.string(),
  active: z.boolean(),
  fields: z.array(z.strictObject({ name: z.string(), value: z.string().optional() })),
});
export type MemberInfoView = z.infer<typeof memberInfoSchema>;

export const memberChangeResultSchema = z.strictObject({
  id: z.string(),
  outcome: z.enum(['applied', 'superseded', 'unknown']),
  before: z.number().int(),
  after: z.number().int(),
  /** The total Weixin reported last; null when it could not be read. */
  total: z.number().int().nullable(),
});

export const memberActivationResultSchema = z.strictObject({
  id: z.string(),
  outcome: z.enum(['applied', 'superseded', 'unknown']),
  membershipNumber: z.string(),
});

/** A member card this account created (from the history), for the counter's card picker. */
export const memberCardSchema = z.strictObject({ cardId: z.string(), title: z.string().nullable(), reviewStatus: z.string().nullable() });

export const membersChannels = defineChannels('members', {
  /** The member cards of an account in the history, newest first. */
  'members:cards': { request: z.strictObject({ accountId: account }), response: z.strictObject({ cards: z.array(memberCardSchema) }) },
  /** `userinfo/get`. */
  'members:get': { request: z.strictObject(member), response: memberInfoSchema },
  /** Points or balance (分) by a non-zero delta; committed to the ledger before updateuser is sent. */
  'members:change': {
    request: z.strictObject({
      ...member,
      value: z.enum(['bonus', 'balance']),
      delta: z.number().int().refine((n) => n !== 0 && Math.abs(n) <= 2_147_483_647, 'a non-zero 32-bit whole number'),
      // record_bonus / record_balance: ≤ 14 CJK, 42 UTF-8 bytes (§1.5); the byte check is main's.
      record: z.string().max(42).optional(),
    }),
    response: memberChangeResultSchema,
  },
  /** `card/membercard/activate`, committed first; once per code. */
  'members:activate': {
    request: z.strictObject({
      ...member,
      membershipNumber: z.string().min(1).max(32).optional(),
      initBonus: z.number().int().nonnegative().max(2_147_483_647).optional(),
      initBalance: z.number().int().nonnegative().max(2_147_483_647).optional(),
    }),
    response: memberActivationResultSchema,
  },
  /** Settles the account's changes and activations left unknown (after a crash or a lost answer). */
  'members:reconcile': { request: z.strictObject({ accountId: account }), response: z.strictObject({ settled: z.number().int(), stillUnknown: z.number().int() }) },
});

export const membersEvents = defineEvents('members', {});
