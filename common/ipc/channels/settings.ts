import { z } from 'zod';
import { LOCALES } from '../../i18n';
import { defineChannels, defineEvents } from '../define';

/** `system` follows the OS locale (zh* → zh-CN, anything else → en). */
export const LOCALE_SETTINGS = ['system', ...LOCALES] as const;

/** User preferences kept in main (electron-store in the app, memory in the harness); never secrets. */
export const settingsSchema = z.strictObject({
  locale: z.enum(LOCALE_SETTINGS),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update; unknown keys are refused so a typo never passes silently. */
export const settingsPatchSchema = z.strictObject({
  locale: z.enum(LOCALE_SETTINGS).optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Settings read and write. */
export const settingsChannels = defineChannels('settings', {
  'settings:get': { request: z.void(), response: settingsSchema },
  /** Applies the patch and answers the full settings; emits `settings:changed` when something changed. */
  'settings:set': { request: settingsPatchSchema, response: settingsSchema },
});

/** Pushed after every effective change, so every window follows a language switch. */
export const settingsEvents = defineEvents('settings', {
  'settings:changed': settingsSchema,
});

/** The UI language in effect: the explicit choice, else zh-CN for any Chinese OS locale, else English. */
export function effectiveLocale(setting: Settings['locale'], systemLocale: string): (typeof LOCALES)[number] {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The settings a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { locale: 'system' };
