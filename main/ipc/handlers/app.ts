import type { Localized } from '../../../common/i18n';
import type { Result } from '../../../common/result';
import { ipcFail, ipcOk } from '../../../common/ipc/envelope';
import { BACKUP_FAILED, EXTERNAL_URL_REFUSED, OPEN_FOLDER_FAILED, type AppInfo, type DataDirView } from '../../../common/ipc/channels/app';
import { backupDataDir } from '../../storage/data-backup';
import { effectiveLocale } from '../../../common/ipc/channels/settings';
import type { DomainHandlers } from '../define-handlers';
import type { SettingsStore } from './settings';

/** Dependencies of {@link appHandlers}; each host builds them (main/index.ts, main/web/harness-host.ts). */
export interface AppHandlerDeps {
  /** Facts about the host; `locale` is filled in from the settings on every call. */
  readonly describe: () => Omit<AppInfo, 'locale'>;
  readonly settings: SettingsStore;
  /** Checks the URL (https + allow-list) and opens it; a refusal is a value with the reason. */
  readonly openExternal: (url: string) => Promise<Result<void, Localized>>;
  /** The data directory (its path and where it came from). */
  readonly locateDataDir: () => DataDirView;
  /** Opens a folder in the system file manager (Electron's shell.openPath; the harness records it). */
  readonly openFolder: (path: string) => Promise<Result<void, Localized>>;
}

/** `app:info`, `app:openExternal` and the data directory's path, folder and backup. */
export function appHandlers({ describe, settings, openExternal, locateDataDir, openFolder }: AppHandlerDeps): DomainHandlers<'app'> {
  return {
    'app:info': () => {
      const facts = describe();
      return ipcOk({ ...facts, locale: effectiveLocale(settings.get().locale, facts.systemLocale) });
    },
    'app:openExternal': async ({ url }) => {
      const opened = await openExternal(url);
      return opened.ok ? ipcOk(null) : ipcFail(EXTERNAL_URL_REFUSED, opened.error);
    },
    'app:dataDir': () => ipcOk(locateDataDir()),
    'app:openDataDir': async () => {
      const opened = await openFolder(locateDataDir().path);
      return opened.ok ? ipcOk(null) : ipcFail(OPEN_FOLDER_FAILED, opened.error);
    },
    'app:backupDataDir': async () => {
      const backup = await backupDataDir({ dataDir: locateDataDir().path });
      return backup.ok ? ipcOk(backup.value) : ipcFail(BACKUP_FAILED, backup.error);
    },
  };
}
