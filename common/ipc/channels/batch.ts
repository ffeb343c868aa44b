import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';
import { HISTORY_STATES, historyErrorSchema } from './history';

/**
 * A run of a saved drafts batch for its account:
 * - running; paused (nothing new starts, in-flight creates finish); cancelling → cancelled;
 * - quota_stopped: Weixin answered 45009 (daily quota): the rest stay queued, resume tomorrow;
 * - stopped: an account-wide problem (AppSecret refused, IP not whitelisted, 48001…) or storage;
 * - interrupted: the app stopped mid-run (found at the next start, after reconcile); resumable;
 * - done: every draft reached an outcome.
 */
export const RUN_STATUSES = ['running', 'paused', 'cancelling', 'cancelled', 'quota_stopped', 'stopped', 'interrupted', 'done'] as const;
export type RunStatusName = (typeof RUN_STATUSES)[number];

/** What each draft of a run came to, so far. */
export const runCountsSchema = z.strictObject({
  created: z.number().int(),
  /** Linked to an identical card already on Weixin ("found on Weixin"): not sent. */
  found: z.number().int(),
  /** Created by an earlier run: skipped, never sent twice. */
  alreadyCreated: z.number().int(),
  failed: z.number().int(),
  /** Of those failed, how many for a transient reason (network, timeout, -1…): `resume` retries them. */
  retryable: z.number().int(),
  invalid: z.number().int(),
  cancelled: z.number().int(),
  /** Not started yet, or waiting (45009, pause). */
  queued: z.number().int(),
  inFlight: z.number().int(),
  /** Sent, outcome still unknown after reconcile (resolved by the next reconcile). */
  unknown: z.number().int(),
  /** Created, but paycell / self-redemption failed. */
  cellFailed: z.number().int(),
});
export type RunCounts = z.infer<typeof runCountsSchema>;

/** One run as the UI shows it. */
export const runStatusSchema = z.strictObject({
  runId: z.string(),
  batchId: z.string(),
  batchName: z.string(),
  accountId: z.string(),
  appid: z.string(),
  status: z.enum(RUN_STATUSES),
  total: z.number().int(),
  counts: runCountsSchema,
  /** Creates in parallel now (halved on 45011, recovering gradually) and at most. */
  concurrency: z.strictObject({ current: z.number().int(), max: z.number().int() }),
  reconciles: z.number().int(),
  /**
   * The account's cards read before the run's first create (to link drafts already on Weixin):
   * how many, and the calls it took (card/batchget pages, card/get for cards not cached).
   */
  existingCards: z.lazy(() => existingCardsSchema).optional(),
  duplicatesFlagged: z.number().int(),
  orphansFlagged: z.number().int(),
  startedAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().nullable(),
  stopReason: historyErrorSchema.nullable(),
});
export type RunStatus = z.infer<typeof runStatusSchema>;

/** Where a draft is in the pipeline. */
export const DRAFT_PHASES = ['validating', 'uploading', 'creating', 'reconciling', 'cells', 'done'] as const;
export type DraftPhase = (typeof DRAFT_PHASES)[number];

/** Progress of one draft. */
export const draftProgressSchema = z.strictObject({
  scope: z.literal('draft'),
  runId: z.string(),
  batchId: z.string(),
  draftId: z.string(),
  recordId: z.string(),
  title: z.string().nullable(),
  phase: z.enum(DRAFT_PHASES),
  state: z.enum(HISTORY_STATES).nullable(),
  cardId: z.string().nullable(),
  attempts: z.number().int(),
  errcode: z.number().int().nullable(),
  message: localizedSchema.nullable(),
});
export type DraftProgress = z.infer<typeof draftProgressSchema>;

/** Progress of a whole run. */
export const runProgressSchema = z.strictObject({ scope: z.literal('batch'), run: runStatusSchema });
export type RunProgress = z.infer<typeof runProgressSchema>;

/** Either kind of progress. */
export const batchProgressSchema = z.discriminatedUnion('scope', [draftProgressSchema, runProgressSchema]);
export type BatchProgress = z.infer<typeof batchProgressSchema>;

/** Error codes of the batch domain. */
export const BATCH_ERROR_CODES = {
  unavailable: 'batch_unavailable',
  batchNotFound: 'batch_not_found',
  noAccount: 'batch_has_no_account',
  account: 'account_unavailable',
  runNotFound: 'run_not_found',
  runActive: 'run_already_active',
  notResumable: 'run_not_resumable',
  recoveryPending: 'recovery_pending',
  storage: 'storage_failed',
} as const;

const runIdSchema = z.strictObject({ runId: z.string().min(1).max(64) });

/** What reading an account's existing cards cost (card/batchget pages, card/get calls). */
export const existingCardsSchema = z.strictObject({
  cards: z.number().int(),
  listCalls: z.number().int(),
  getCalls: z.number().int(),
  cached: z.number().int(),
  fromHistory: z.number().int(),
  removed: z.number().int(),
  cold: z.boolean(),
});

/** Drafts of a batch whose identical card is already on Weixin: what the app confirms before a copy. */
export const preflightSchema = z.strictObject({
  accountId: z.string(),
  existingCards: existingCardsSchema,
  drafts: z.number().int(),
  matches: z.array(
    z.strictObject({
      draftId: z.string(),
      title: z.string().nullable(),
      identical: z.array(z.strictObject({ cardId: z.string(), title: z.string().nullable(), status: z.string().nullable(), createTime: z.number().nullable() })),
      /** The card a run links the draft to. */
      linkTo: z.string().nullable(),
    }),
  ),
  /** Drafts a run would link instead of sending. */
  linked: z.number().int(),
});
export type PreflightAnswer = z.infer<typeof preflightSchema>;

/** Batch creation: start a run of a saved batch, pause, resume, cancel, status. */
export const batchChannels = defineChannels('batch', {
  /** `allowDuplicates`: the user confirmed making copies of cards already on Weixin (batch:preflight lists them). */
  'batch:start': { request: z.strictObject({ batchId: z.string().min(1).max(64), allowDuplicates: z.boolean().optional() }), response: runStatusSchema },
  /** Reads the account's existing cards and lists the batch's drafts already there; sends nothing. */
  'batch:preflight': { request: z.strictObject({ batchId: z.string().min(1).max(64) }), response: preflightSchema },
  'batch:pause': { request: runIdSchema, response: runStatusSchema },
  /** Continues a paused run, or a quota-stopped / interrupted one (e.g. the next day after 45009). */
  'batch:resume': { request: runIdSchema, response: runStatusSchema },
  /** Stops starting drafts; creates already sent are still reconciled, never abandoned. */
  'batch:cancel': { request: runIdSchema, response: runStatusSchema },
  'batch:status': {
    request: z.strictObject({ runId: z.string().max(64).optional(), batchId: z.string().max(64).optional() }).optional(),
    response: z.strictObject({ runs: z.array(runStatusSchema), recovering: z.boolean() }),
  },
});

/** Pushed per draft (each phase) and per run (each count or status change). */
export const batchEvents = defineEvents('batch', {
  'batch:progress': batchProgressSchema,
});
