import { create } from 'zustand';
import type { Locale, Localized } from '../../../common/i18n';
import type { AppInfo } from '../../../common/ipc/channels/app';
import { effectiveLocale, type Settings } from '../../../common/ipc/channels/settings';
import { getApi } from '../api';
import { frameText } from '../i18n/frame-text';

/** Where the shell is: waiting for main, ready, or unable to reach it. */
export type ShellStatus = 'loading' | 'ready' | 'failed';

/** The app-wide state: what main reported, the language in effect and the screen shown. */
export interface AppState {
  status: ShellStatus;
  info: AppInfo | null;
  localeSetting: Settings['locale'];
  locale: Locale;
  error: Localized | null;
  screen: string;
  /** Loads app:info and settings, follows settings:changed; returns the unsubscribe. */
  start(): () => void;
  /** Saves the language through settings:set; every window follows the settings:changed event. */
  setLocale(setting: Settings['locale']): Promise<void>;
  showScreen(id: string): void;
}


/** The app store (style.md habit 5: the store calls the api, components call the store). */
export const useAppStore = create<AppState>()((set, get) => ({
  status: 'loading',
  info: null,
  localeSetting: 'system',
  locale: 'zh-CN',
  error: null,
  screen: 'builder',

  start() {
    const api = getApi();
    if (!api) {
      set({ status: 'failed', error: frameText.noBridge });
      return () => undefined;
    }
    let alive = true;
    const apply = (setting: Settings['locale']) => {
      const info = get().info;
      set({ localeSetting: setting, locale: effectiveLocale(setting, info?.systemLocale ?? 'zh-CN') });
    };
    void Promise.all([api.app.info(), api.settings.get()]).then(([info, settings]) => {
      if (!alive) return;
      if (!info.ok) return set({ status: 'failed', error: info.error.message });
      set({ info: info.data, status: 'ready', locale: info.data.locale });
      if (settings.ok) apply(settings.data.locale);
    });
    const unsubscribe = api.on('settings:changed', (settings) => {
      if (alive) apply(settings.locale);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  },

  async setLocale(setting) {
    const api = getApi();
    if (!api) return;
    const answer = await api.settings.set({ locale: setting });
    if (answer.ok) {
      const info = get().info;
      set({ localeSetting: answer.data.locale, locale: effectiveLocale(answer.data.locale, info?.systemLocale ?? 'zh-CN') });
    } else set({ error: answer.error.message });
  },

  showScreen(id) {
    set({ screen: id });
  },
}));
