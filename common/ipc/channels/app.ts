import { z } from 'zod';
import { LOCALES } from '../../i18n';
import { defineChannels, defineEvents } from '../define';

/** Where the user-data directory comes from: the OS default, an override (tests), or memory (web harness). */
export const DATA_DIR_KINDS = ['default', 'custom', 'memory'] as const;

/** What the shell reports about itself; no paths, no secrets. */
export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** Node's `process.platform` of the main side (win32, darwin, linux…). */
  platform: z.string(),
  arch: z.string(),
  /** `electron` in the desktop app, `web` in the test/dev harness. */
  transport: z.enum(['electron', 'web']),
  mode: z.enum(['production', 'development', 'test']),
  /** The OS locale as reported by the host (e.g. `zh-CN`, `en-US`). */
  systemLocale: z.string(),
  /** The UI language in effect: the setting, or derived from the OS locale when set to `system`. */
  locale: z.enum(LOCALES),
  dataDir: z.strictObject({ kind: z.enum(DATA_DIR_KINDS) }),
  versions: z.strictObject({ electron: z.string().nullable(), chrome: z.string().nullable(), node: z.string() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Error code of `app:openExternal` when the URL is not https to an allow-listed Weixin host. */
export const EXTERNAL_URL_REFUSED = 'external_url_refused';

/** Where the data directory is: shown in Settings, opened and backed up by main on request. */
export const dataDirSchema = z.strictObject({
  path: z.string(),
  kind: z.enum(DATA_DIR_KINDS),
});
export type DataDirView = z.infer<typeof dataDirSchema>;

/** What a backup of the data directory wrote. */
export const dataBackupSchema = z.strictObject({
  /** The backup's folder (a sibling of the data directory, never inside it). */
  path: z.string(),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type DataBackup = z.infer<typeof dataBackupSchema>;

/** Error code of `app:openDataDir` when the OS refused to open the folder (or there is no desktop). */
export const OPEN_FOLDER_FAILED = 'open_folder_failed';
/** Error code of `app:backupDataDir` when a file could not be read or written. */
export const BACKUP_FAILED = 'backup_failed';

/** The shell's own channels. */
export const appChannels = defineChannels('app', {
  'app:info': { request: z.void(), response: appInfoSchema },
  /** Opens an https link to an allow-listed Weixin host in the system browser (checklist #15). */
  'app:openExternal': {
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    response: z.null(),
  },
  /** The data directory's path (Settings shows it). */
  'app:dataDir': { request: z.void(), response: dataDirSchema },
  /** Opens the data directory in the system file manager (main does it; the renderer cannot). */
  'app:openDataDir': { request: z.void(), response: z.null() },
  /** Copies the data directory to a dated folder beside it, the card history as a consistent SQLite snapshot. */
  'app:backupDataDir': { request: z.void(), response: dataBackupSchema },
});

/** The shell pushes nothing yet. */
export const appEvents = defineEvents('app', {});
