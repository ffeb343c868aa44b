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
 * One coupon being drafted. `card` is the card/create body exactly as it will be sent
 * (`{ card: { card_type, <type>: {...} } }`), except that image fields may still hold
 * `local-image:<sha256>` references until the batch engine uploads them. It may be invalid
 * while the merchant is typing: the validator says what is wrong, storage never refuses it.
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

export const DRAFT_BATCH_VERSION = 1;

/** A batch: the unit a merchant edits, saves, clones to another account and creates. */
export const draftBatchSchema = z.object({
  schemaVersion: z.literal(DRAFT_BATCH_VERSION),
  id: z.string().min(1),
  name: z.string(),
  /** The account the batch will be created with; null while drafting offline. */
  accountId: z.string().nullable(),
  drafts: z.array(draftSchema),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type DraftBatch = z.infer<typeof draftBatchSchema>;

/** A batch without its drafts, for lists. */
export interface DraftBatchSummary {
  id: string;
  name: string;
  accountId: string | null;
  draftCount: number;
  createdAt: number;
  updatedAt: number;
}

export function summarizeBatch(batch: DraftBatch): DraftBatchSummary {
  const { id, name, accountId, createdAt, updatedAt } = batch;
  return { id, name, accountId, draftCount: batch.drafts.length, createdAt, updatedAt };
}
