import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';

/**
 * Control of the embedded Weixin simulator: what a merchant trying the app (or a salesperson
 * demoing it) changes to see the real failure modes — the 2021 refusal, the IP whitelist, faults —
 * and to move review along without waiting.
 */
export const SANDBOX_STATUSES = [
  'CARD_STATUS_NOT_VERIFY',
  'CARD_STATUS_VERIFY_FAIL',
  'CARD_STATUS_VERIFY_OK',
  'CARD_STATUS_DELETE',
  'CARD_STATUS_DISPATCH',
] as const;

/** Scenarios the demo account can be put in (applies to the embedded sandbox's demo account). */
export const sandboxScenarioSchema = z.strictObject({
  /** 'blocked' answers card/create like Weixin after 2021-04-01 for these five coupon types. */
  couponCreation: z.enum(['allowed', 'blocked']),
  /** Without WeChat Pay, card/paycell/set answers 43008. */
  payPermission: z.boolean(),
  /** When on, token calls come from an IP outside the whitelist and get 40164. */
  ipNotWhitelisted: z.boolean(),
  /** Share of card/create calls that meet an injected fault (0 = none). */
  faultRate: z.number().min(0).max(0.9),
  /**
   * Member cards (wechatpay-merchant-coupons-and-member-cards.md §1.1): false = an account outside the
   * member-card categories (card/create MEMBER_CARD → 45160). Absent = true.
   */
  memberCardCategory: z.boolean().optional(),
  /** The 储值 permission: without it stored value is refused with 43010. Absent = false. */
  balancePermission: z.boolean().optional(),
});
export type SandboxScenario = z.infer<typeof sandboxScenarioSchema>;

export const sandboxStatusSchema = z.strictObject({
  baseUrl: z.string(),
  /** The sandbox's virtual time, ms. */
  now: z.number(),
  demoAppid: z.string(),
  scenario: sandboxScenarioSchema,
  cards: z.strictObject({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
  }),
  stores: z.array(
    z.strictObject({ poiId: z.string(), name: z.string(), usable: z.boolean() }),
  ),
  faultsInjected: z.number().int(),
});
export type SandboxStatus = z.infer<typeof sandboxStatusSchema>;

const cardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);

/**
 * The `user_pay_from_pay_cell` event (wechat-card-api.md §5; guide §3.2) as Weixin pushes it to a
 * callback URL, fields named as in the XML; Fee (paid) and OriginalFee (due) in 分.
 */
export const payCellEventSchema = z.strictObject({
  ToUserName: z.string(),
  FromUserName: z.string(),
  CreateTime: z.number().int(),
  MsgType: z.literal('event'),
  Event: z.literal('user_pay_from_pay_cell'),
  CardId: z.string(),
  UserCardCode: z.string(),
  TransId: z.string(),
  LocationId: z.number().int(),
  Fee: z.number().int().nonnegative(),
  OriginalFee: z.number().int().positive(),
});
export type PayCellEvent = z.infer<typeof payCellEventSchema>;

/** Sandbox control channels. */
export const sandboxChannels = defineChannels('sandbox', {
  'sandbox:status': { request: z.void(), response: sandboxStatusSchema },
  'sandbox:setScenario': { request: sandboxScenarioSchema.partial().strict(), response: sandboxStatusSchema },
  /** Decides a demo card's review now instead of waiting for the simulated reviewer. */
  'sandbox:review': {
    request: z.strictObject({
      cardId: cardIdSchema,
      verdict: z.enum(['approve', 'reject']),
      reason: z.string().min(1).max(100).optional(),
    }),
    response: sandboxStatusSchema,
  },
  /** Moves the simulator's clock forward (reviews settle after a simulated minute). */
  'sandbox:advanceClock': { request: z.strictObject({ seconds: z.number().int().min(1).max(7 * 86_400) }), response: sandboxStatusSchema },
  /** A simulated WeChat Pay payment of a bill (分) through a demo card's 买单 cell; answers the event. */
  'sandbox:payWithPayCell': { request: z.strictObject({ cardId: cardIdSchema, originalFee: z.number().int().min(1).max(100_000_000) }), response: payCellEventSchema },
  /** The pay-cell events the sandbox has pushed for one card, oldest first. */
  'sandbox:payCellEvents': { request: z.strictObject({ cardId: cardIdSchema }), response: z.array(payCellEventSchema) },
});

/** Pushed after every change the control panel makes. */
export const sandboxEvents = defineEvents('sandbox', {
  'sandbox:changed': sandboxStatusSchema,
});
