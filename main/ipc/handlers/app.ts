import type { Localized } from '../../../common/i18n';
import type { Result } from '../../../common/result';
import { ipcFail, ipcOk } from '../../../common/ipc/envelope';
import { EXTERNAL_URL_REFUSED, type AppInfo } from '../../../common/ipc/channels/app';
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
}

/** `app:info` and `app:openExternal`. */
export function appHandlers({ describe, settings, openExternal }: AppHandlerDeps): DomainHandlers<'app'> {
  return {
    'app:info': () => {
      const facts = describe();
      return ipcOk({ ...facts, locale: effectiveLocale(settings.get().locale, facts.systemLocale) });
    },
    'app:openExternal': async ({ url }) => {
      const opened = await openExternal(url);
      return opened.ok ? ipcOk(null) : ipcFail(EXTERNAL_URL_REFUSED, opened.error);
    },
  };
}
