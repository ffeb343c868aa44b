import { z } from 'zod';
import { localizedSchema } from '../localized-schema';
import { batchBackEndSchema, draftBatchSchema } from '../../drafts/draft';
import { defineChannels, defineEvents } from '../define';

/** zh-CN + English text on the wire. */

/**
 * A stored file that could not be read: moved aside to `movedTo` (null: left in place) and
 * reported, never silently replaced. Paths are shown so the user can find the moved file.
 */
export const storageProblemSchema = z.strictObject({
  code: z.literal('corrupt_document'),
  path: z.string(),
  movedTo: z.string().nullable(),
  reason: z.enum(['invalid_json', 'schema_violation', 'unreadable']),
  message: localizedSchema,
  at: z.number().int(),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;

/** A batch in a list (no drafts). */
export const batchSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  backEnd: batchBackEndSchema,
  accountId: z.string().nullable(),
  draftCount: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});

/** A batch id as the drafts service makes them. */
export const batchIdSchema = z.uuid();

/** A batch name: trimmed by the service; 1–100 characters. */
export const batchNameSchema = z.string().trim().min(1).max(100);

/** A card/create body (`{ card: { card_type, <type>: {...} } }`), possibly invalid while drafting. */
const cardBodySchema = z.record(z.string(), z.unknown());

/**
 * Per-account replacements when a design is cloned to another client's account (agencies,
 * product-landscape.md §4 item 9). Each set field replaces the same field in every draft's base_info.
 */
export const substitutionsSchema = z.strictObject({
  brand_name: z.string().max(200).optional(),
  logo_url: z.string().max(2048).optional(),
  service_phone: z.string().max(100).optional(),
  location_id_list: z.array(z.number().int()).max(1000).optional(),
  color: z.string().max(32).optional(),
});
export type Substitutions = z.infer<typeof substitutionsSchema>;

const keyPositionSchema = z.strictObject({ line: z.number().int().positive(), column: z.number().int().positive(), offset: z.number().int().nonnegative() });

/** A key written twice in one JSON object of an import (common/import/json-duplicates.ts). */
export const duplicateKeySchema = z.strictObject({ path: z.string(), key: z.string(), first: keyPositionSchema, second: keyPositionSchema, message: localizedSchema });

/** The shapes an import recognised. */
export const IMPORT_FORMS = ['body', 'bodies', 'batch'] as const;

/** Error codes of the drafts domain. */
export const DRAFTS_ERROR_CODES = {
  notFound: 'batch_not_found',
  invalidBatch: 'invalid_batch',
  storage: 'storage_failed',
  importSyntax: 'import_syntax',
  importShape: 'import_shape',
  importEncoding: 'import_encoding',
  unknownAccount: 'unknown_account',
  backEndFixed: 'back_end_fixed',
} as const;

/** Draft batches: one file each; saving accepts any draft, valid or not (the validator judges). */
export const draftsChannels = defineChannels('drafts', {
  'drafts:list': {
    request: z.void(),
    response: z.strictObject({ batches: z.array(batchSummarySchema), problems: z.array(storageProblemSchema) }),
  },
  'drafts:get': { request: z.strictObject({ batchId: batchIdSchema }), response: draftBatchSchema },
  /** A new batch for one back end (default 微信卡券), empty or holding the given create bodies as drafts. */
  'drafts:create': {
    request: z.strictObject({
      name: batchNameSchema,
      backEnd: batchBackEndSchema.optional(),
      accountId: z.string().max(64).nullable().optional(),
      cards: z.array(cardBodySchema).max(5000).optional(),
    }),
    response: draftBatchSchema,
  },
  /** Saves the whole batch (shape checked with draftBatchSchema only); answers the summary. */
  'drafts:save': { request: z.strictObject({ batch: draftBatchSchema }), response: batchSummarySchema },
  'drafts:rename': { request: z.strictObject({ batchId: batchIdSchema, name: batchNameSchema }), response: batchSummarySchema },
  /** Moves the batch file to the trash folder; nothing is unlinked. */
  'drafts:delete': { request: z.strictObject({ batchId: batchIdSchema }), response: z.null() },
  'drafts:duplicate': {
    request: z.strictObject({ batchId: batchIdSchema, name: batchNameSchema.optional() }),
    response: batchSummarySchema,
  },
  /** Copies a batch for another account with new draft ids, applying the substitutions. */
  'drafts:cloneToAccount': {
    request: z.strictObject({
      batchId: batchIdSchema,
      accountId: z.string().min(1).max(64),
      name: batchNameSchema.optional(),
      substitutions: substitutionsSchema.optional(),
    }),
    response: batchSummarySchema,
  },
  /**
   * One body, an array of bodies, or an exported batch; into a new batch or appended to one. A new
   * batch from bodies is a `backEnd` batch (default 微信卡券); an exported batch keeps its own.
   */
  'drafts:importJson': {
    request: z.strictObject({
      text: z.string().max(20_000_000),
      name: batchNameSchema.optional(),
      backEnd: batchBackEndSchema.optional(),
      accountId: z.string().max(64).nullable().optional(),
      intoBatchId: batchIdSchema.optional(),
    }),
    response: z.strictObject({
      batch: batchSummarySchema,
      imported: z.number().int().nonnegative(),
      form: z.enum(IMPORT_FORMS),
      /** Keys written twice in one object (JSON keeps the last): both places, for a warning. */
      duplicateKeys: z.array(duplicateKeySchema).optional(),
    }),
  },
  /**
   * A chosen file's bytes as import text. Not UTF-8 → import_encoding naming the encoding and how to
   * re-save (details.convertible for GBK and UTF-16); with `convert: true` those are converted instead.
   */
  'drafts:decodeImportFile': {
    request: z.strictObject({ fileName: z.string().max(260), base64: z.string().max(27_000_000), convert: z.boolean().optional() }),
    response: z.strictObject({ text: z.string(), convertedFrom: z.enum(['gbk', 'utf16le', 'utf16be']).nullable() }),
  },
  /** The batch as JSON text: the whole batch (re-importable) or just the card/create bodies. */
  'drafts:exportJson': {
    request: z.strictObject({ batchId: batchIdSchema, form: z.enum(['batch', 'bodies']).optional() }),
    response: z.strictObject({ fileName: z.string(), text: z.string() }),
  },
});

/** The drafts domain pushes nothing. */
export const draftsEvents = defineEvents('drafts', {});
