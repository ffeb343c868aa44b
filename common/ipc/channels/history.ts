import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';

/**
 * The card history: one record per create operation (a draft of a batch, for an account) and one
 * per server card that matched no draft (an orphan). The states are the write-ahead protocol of
 * security-reliability.md §4.3 plus what the batch engine decided before sending:
 * - pending: journaled, not yet sent; unknown: sent (or about to be), the card may exist;
 * - created: Weixin answered a card_id, or reconcile found the card;
 * - failed: a definite refusal, or reconcile confirmed absence too many times;
 * - invalid: the validator refused the draft (never sent); queued: not sent, waiting (45009, a
 *   stopped run, or an absence confirmed after a restart); cancelled: stopped by the user before
 *   any card existed; orphan: a server card no draft claims (a duplicate is flagged as such).
 */
export const HISTORY_STATES = ['pending', 'unknown', 'created', 'failed', 'invalid', 'queued', 'cancelled', 'orphan'] as const;
export type HistoryState = (typeof HISTORY_STATES)[number];

/**
 * Paycell / self-redemption per card (§1.10, §1.11): none (never asked), wanted (asked, not done
 * yet), set (on at Weixin), failed (Weixin refused: see error), off (turned off again).
 */
export const CELL_STATES = ['none', 'wanted', 'set', 'failed', 'off'] as const;
export type CellState = (typeof CELL_STATES)[number];

/** Which after-creation switch (creation guide §3 快速买单, §4 自助核销). */
export const CELL_KINDS = ['paycell', 'selfConsume'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

/** An error kept with a record: what Weixin said (errcode, errmsg, rid) and the bilingual explanation. */
export const historyErrorSchema = z.strictObject({
  /** weixin, network, timeout, http, config, cancelled, outcome_unknown, upload, validation, storage, attempts_exhausted… */
  kind: z.string(),
  errcode: z.number().int().nullable(),
  errmsg: z.string().nullable(),
  rid: z.string().nullable(),
  message: localizedSchema,
  at: z.number(),
});
export type HistoryError = z.infer<typeof historyErrorSchema>;

/** One after-creation switch of a card. */
export const cellSchema = z.strictObject({
  state: z.enum(CELL_STATES),
  at: z.number().nullable(),
  error: historyErrorSchema.nullable(),
  /** selfconsumecell flags (`need_verify_cod`, §1.11); false for paycell. */
  needVerifyCode: z.boolean(),
  needRemarkAmount: z.boolean(),
});
export type CellRecord = z.infer<typeof cellSchema>;

/** A validator finding kept with an invalid draft (errors only). */
export const historyFindingSchema = z.strictObject({
  path: z.string(),
  code: z.string(),
  errcode: z.number().int().nullable(),
  message: localizedSchema,
});
export type HistoryFinding = z.infer<typeof historyFindingSchema>;

/** One history record. Times are ms since the epoch. */
export const historyRecordSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['op', 'orphan']),
  accountId: z.string(),
  accountName: z.string(),
  appid: z.string(),
  batchId: z.string().nullable(),
  batchName: z.string().nullable(),
  draftId: z.string().nullable(),
  runId: z.string().nullable(),
  title: z.string().nullable(),
  cardType: z.string().nullable(),
  /** Hash of the fields that round-trip through card/get; how reconcile recognises a card. */
  fingerprint: z.string().nullable(),
  cardId: z.string().nullable(),
  state: z.enum(HISTORY_STATES),
  attempts: z.number().int(),
  firstSeenAt: z.number(),
  attemptedAt: z.number().nullable(),
  createdAt: z.number().nullable(),
  updatedAt: z.number(),
  /** CARD_STATUS_* as card/get or card/batchget last reported it (§1.5). */
  reviewStatus: z.string().nullable(),
  reviewStatusAt: z.number().nullable(),
  paycell: cellSchema,
  selfConsume: cellSchema,
  error: historyErrorSchema.nullable(),
  findings: z.array(historyFindingSchema),
  flags: z.strictObject({
    /** A second card for a draft that already has one: shown, never hidden (§4.3). */
    duplicate: z.boolean(),
    /** A server card no draft claimed when it was found. */
    orphan: z.boolean(),
    /** Found by reconcile rather than answered by card/create. */
    adopted: z.boolean(),
    /** Linked to an identical card already on Weixin instead of being sent (absent on older records). */
    found: z.boolean().optional(),
  }),
  /** For a duplicate: the record of the draft's first card. */
  duplicateOf: z.string().nullable(),
});
export type HistoryRecord = z.infer<typeof historyRecordSchema>;

/** What a record is: a Weixin card, a member card, or a WeChat Pay 商家券 stock. */
export const HISTORY_KINDS = ['card', 'member', 'stock'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** How a query narrows the history. */
export const historyFilterSchema = z.strictObject({
  accountId: z.string().max(64).optional(),
  batchId: z.string().max(64).optional(),
  states: z.array(z.enum(HISTORY_STATES)).max(HISTORY_STATES.length).optional(),
  reviewStatuses: z.array(z.string().max(40)).max(10).optional(),
  /** Matches the title, card_id, draft id or batch name (case-insensitive). */
  text: z.string().max(200).optional(),
  /** Only duplicates and orphans. */
  flaggedOnly: z.boolean().optional(),
  /** 微信卡券 (card) / 会员卡 (member) / 商家券 (stock): common/busifavor/record-kind.ts. */
  kinds: z.array(z.enum(HISTORY_KINDS)).max(HISTORY_KINDS.length).optional(),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export const HISTORY_SORTS = ['newest', 'oldest'] as const;
export type HistorySort = (typeof HISTORY_SORTS)[number];

/** A page of records and the totals of the whole filtered set. */
export const historyPageSchema = z.strictObject({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  records: z.array(historyRecordSchema),
  byState: z.record(z.string(), z.number().int()),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

/** What a review refresh did, and how much quota it used (card/get + card/batchget calls). */
export const reviewRefreshSchema = z.strictObject({
  accounts: z.number().int(),
  checked: z.number().int(),
  changed: z.number().int(),
  skippedFinal: z.number().int(),
  /** Cards left unchecked because the call cap was reached. */
  remaining: z.number().int(),
  callsUsed: z.number().int(),
  failures: z.array(z.strictObject({ accountId: z.string(), message: localizedSchema })),
});
export type ReviewRefreshReport = z.infer<typeof reviewRefreshSchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Damage found in the card history or beside it, shown until acknowledged (main/history/problems.ts). */
export const historyProblemSchema = z.strictObject({
  id: z.number().int(),
  code: z.enum(['torn_tail', 'bad_lines', 'bad_fields', 'unreadable_records', 'journal_imported', 'file_set_aside']),
  at: z.number(),
  count: z.number().int(),
  savedTo: z.string().nullable(),
  message: localizedSchema,
});
export type HistoryProblemView = z.infer<typeof historyProblemSchema>;

/** Error codes of the history domain. */
export const HISTORY_ERROR_CODES = {
  unavailable: 'history_unavailable',
  notFound: 'record_not_found',
  noCard: 'record_has_no_card',
  exportPath: 'export_path_refused',
  storage: 'storage_failed',
  account: 'account_unavailable',
  weixin: 'wechat_error',
} as const;

/** History of created cards: query, export, review refresh, after-creation switches. */
export const historyChannels = defineChannels('history', {
  'history:query': {
    request: historyFilterSchema.extend({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      sort: z.enum(HISTORY_SORTS).optional(),
    }),
    response: historyPageSchema,
  },
  /**
   * CSV (UTF-8 with BOM) or XLSX. With `path` (absolute, ending .csv/.xlsx as the format, chosen
   * by the user in a save dialog) the file is written there; without, the bytes come back as base64.
   */
  'history:export': {
    request: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      language: z.enum(['zh-CN', 'en']).optional(),
      filter: historyFilterSchema.optional(),
      path: z.string().min(1).max(4096).optional(),
      overwrite: z.boolean().optional(),
    }),
    response: z.strictObject({
      fileName: z.string(),
      rows: z.number().int(),
      bytes: z.number().int(),
      path: z.string().nullable(),
      base64: z.string().nullable(),
    }),
  },
  /** card/get and card/batchget (status_list), skipping decided cards, within a call cap. */
  'history:refreshReview': {
    request: z.strictObject({
      accountId: z.string().max(64).optional(),
      recordIds: z.array(z.string().max(200)).max(500).optional(),
      maxCalls: z.number().int().min(1).max(2000).optional(),
    }),
    response: reviewRefreshSchema,
  },
  /** Turns 快速买单 (card/paycell/set) or 自助核销 (card/selfconsumecell/set) on or off for a created card. */
  'history:setCell': {
    request: z.strictObject({
      recordId: z.string().min(1).max(200),
      cell: z.enum(CELL_KINDS),
      open: z.boolean(),
      needVerifyCode: z.boolean().optional(),
      needRemarkAmount: z.boolean().optional(),
    }),
    response: historyRecordSchema,
  },
  /** What the app's history banner shows: every problem nobody has acknowledged yet. */
  'history:problems': {
    request: z.undefined(),
    response: z.strictObject({ problems: z.array(historyProblemSchema) }),
  },
  /** Dismisses the banner: the given problems, or every open one. */
  'history:acknowledgeProblems': {
    request: z.strictObject({ ids: z.array(z.number().int().min(1)).max(1000).optional() }),
    response: z.strictObject({ acknowledged: z.number().int() }),
  },
});

/** Pushed when records change (coalesced: at most a few a second, ids capped). */
export const historyEvents = defineEvents('history', {
  'history:changed': z.strictObject({ recordIds: z.array(z.string()), truncated: z.boolean(), at: z.number() }),
});
