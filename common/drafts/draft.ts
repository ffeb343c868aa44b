import { z } from 'zod';

/**
 * What to switch on once a card exists (creation guide §3, §4): Weixin Checkout (paycell) or
 * self-redemption (selfconsumecell). They are mutually exclusive on Weixin (45046, §1.11).
 */
export const afterCreateSchema = z.object({
  paycell: z.boolean(),
  selfConsume: z.boolean(),
  /** `need_verify_cod`: the official spelling has no trailing e (§1.11). */
  needVerifyCode: z.boolean(),
  needRemarkAmount: z.boolean(),
});
export type AfterCreate = z.infer<typeof afterCreateSchema>;

export const AFTER_CREATE_NONE: AfterCreate = {
  paycell: false,
  selfConsume: false,
  needVerifyCode: false,
  needRemarkAmount: false,
};

/**
 * One coupon being drafted. `card` is the create body exactly as the batch's back end will send it
 * — for 微信卡券 and 会员卡 the card/create body (`{ card: { card_type, <type>: {...} } }`), for
 * 商家券 the create-stock body (amounts in 分, without out_request_no, which the run commits) —
 * except that image fields may still hold `local-image:<sha256>` references until the batch
 * engine uploads them. It may be invalid while the merchant is typing: the validator says what is
 * wrong, storage never refuses it.
 */
export const draftSchema = z.object({
  id: z.string().min(1),
  card: z.record(z.string(), z.unknown()),
  after: afterCreateSchema,
  /** A merchant's own note, never sent to Weixin. */
  note: z.string().optional(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Version 2 added `backEnd`; a version-1 file is read as a 微信卡券 batch ({@link migrateDraftBatch}). */
export const DRAFT_BATCH_VERSION = 2;

/**
 * What a batch creates, chosen when it is made and fixed after: Weixin Card API coupons (the five
 * coupon types, wechat-card-api.md), Weixin Card API member cards (MEMBER_CARD only), or WeChat
 * Pay 商家券 stocks (wechatpay-merchant-coupons-and-member-cards.md §2), which need a merchant account.
 */
export const BATCH_BACK_ENDS = ['weixin_card', 'member_card', 'busifavor'] as const;
export type BatchBackEndName = (typeof BATCH_BACK_ENDS)[number];
export const batchBackEndSchema = z.enum(BATCH_BACK_ENDS);

/** The back end of a batch that does not say (version 1 files, bare card/create bodies). */
export const DEFAULT_BACK_END: BatchBackEndName = 'weixin_card';

/** Whether the batch's account is a WeChat Pay merchant (商户号) rather than an Official Account. */
export function needsMerchantAccount(backEnd: BatchBackEndName): boolean {
  return backEnd === 'busifavor';
}

/** A batch: the unit a merchant edits, saves, clones to another account and creates. */
export const draftBatchSchema = z.object({
  schemaVersion: z.literal(DRAFT_BATCH_VERSION),
  id: z.string().min(1),
  name: z.string(),
  backEnd: batchBackEndSchema,
  /**
   * The account the batch will be created with; null while drafting offline. An Official Account
   * for 微信卡券 and 会员卡, a WeChat Pay merchant account for 商家券.
   */
  accountId: z.string().nullable(),
  drafts: z.array(draftSchema),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type DraftBatch = z.infer<typeof draftBatchSchema>;

const isObj = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored or exported batch brought to the current version: version 1 had no back end and only
 * ever held Card API coupons, so it becomes a 微信卡券 batch. Anything else is returned unchanged
 * for the schema to judge (a newer version is refused there, never guessed at).
 */
export function migrateDraftBatch(value: unknown): unknown {
  if (!isObj(value) || value.schemaVersion !== 1) return value;
  return { ...value, schemaVersion: DRAFT_BATCH_VERSION, backEnd: DEFAULT_BACK_END };
}

/** The batch as files hold it, any known version: read through {@link migrateDraftBatch}. */
export const draftBatchFileSchema = z.preprocess(migrateDraftBatch, draftBatchSchema);

/** Versions a file may carry and still be read. */
export const READABLE_BATCH_VERSIONS: readonly number[] = [1, DRAFT_BATCH_VERSION];

/** A batch without its drafts, for lists. */
export interface DraftBatchSummary {
  id: string;
  name: string;
  backEnd: BatchBackEndName;
  accountId: string | null;
  draftCount: number;
  createdAt: number;
  updatedAt: number;
}

export function summarizeBatch(batch: DraftBatch): DraftBatchSummary {
  const { id, name, backEnd, accountId, createdAt, updatedAt } = batch;
  return { id, name, backEnd, accountId, draftCount: batch.drafts.length, createdAt, updatedAt };
}
