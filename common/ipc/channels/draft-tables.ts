import { z } from 'zod';
import { draftSchema } from '../../drafts/draft';
import { localizedSchema } from '../localized-schema';
import { defineChannels } from '../define';

/** The back ends a CSV/XLSX import fills (main/drafts/import-table-columns.ts has their columns). */
export const TABLE_BACK_ENDS = ['weixin_card', 'member_card'] as const;
export type TableBackEnd = (typeof TABLE_BACK_ENDS)[number];

/** One bad cell or a missing column: the row as Excel numbers it (1 is the header), the column, what to do. */
export const tableRowErrorSchema = z.strictObject({ row: z.number().int().positive(), column: z.string(), message: localizedSchema });
export type TableRowErrorWire = z.infer<typeof tableRowErrorSchema>;

/**
 * Table import and its templates, beside the drafts domain's JSON import. Parsing happens in main:
 * the renderer sends the file's bytes and appends the drafts it gets back to the open batch, so a
 * file with bad rows loses nothing already there and imports every good row.
 */
export const draftTablesChannels = defineChannels('drafts', {
  'drafts:importTable': {
    request: z.strictObject({ fileName: z.string().min(1).max(260), base64: z.string().max(27_000_000), backEnd: z.enum(TABLE_BACK_ENDS) }),
    response: z.strictObject({
      drafts: z.array(draftSchema),
      errors: z.array(tableRowErrorSchema),
      rows: z.number().int().nonnegative(),
      convertedFrom: z.enum(['gbk', 'utf16le', 'utf16be']).nullable(),
    }),
  },
  /**
   * The import template of a back end. With a save dialog (the desktop app) main asks where and
   * writes it (`path`, null when cancelled); without one (the web harness) it answers the bytes.
   */
  'drafts:saveTemplate': {
    request: z.strictObject({ backEnd: z.enum(TABLE_BACK_ENDS), format: z.enum(['csv', 'xlsx']) }),
    response: z.strictObject({ fileName: z.string(), path: z.string().nullable(), cancelled: z.boolean(), base64: z.string().nullable() }),
  },
});
