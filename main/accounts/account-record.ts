import { z } from 'zod';
import { ACCOUNT_ENVIRONMENTS, accountSettingsSchema, TOKEN_MODES } from '../../common/ipc/channels/accounts';

/** One account as stored in `accounts.json` (security-reliability.md §3.3): never a secret. */
export const accountRecordSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  appid: z.string(),
  environment: z.enum(ACCOUNT_ENVIRONMENTS),
  tokenMode: z.enum(TOKEN_MODES),
  settings: accountSettingsSchema,
  createdAt: z.number().int(),
  lastVerifiedAt: z.number().int().optional(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

export const ACCOUNTS_DOCUMENT_VERSION = 1;

/** The whole `accounts.json`. */
export const accountsDocumentSchema = z.strictObject({
  schemaVersion: z.literal(ACCOUNTS_DOCUMENT_VERSION),
  accounts: z.array(accountRecordSchema),
});
export type AccountsDocument = z.infer<typeof accountsDocumentSchema>;

/** `secret-storage.json`: the basic_text opt-in, apart from the account list so a bad list never flips it. */
export const secretPrefsSchema = z.strictObject({ allowBasicText: z.boolean() });
export type SecretPrefs = z.infer<typeof secretPrefsSchema>;
