import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../common/i18n';
import { resourcesFor, TEXT_MODULES, type Resources } from './resources';

declare module 'i18next' {
  // Typed keys: t('clone:title') compiles, t('clone:titel') does not.
  interface CustomTypeOptions {
    defaultNS: 'frame';
    resources: Resources;
  }
}

/** The app's i18next instance, zh-CN first; the language follows the app store (I18nSync). */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  ns: Object.keys(TEXT_MODULES),
  defaultNS: 'frame',
  resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
  // React escapes; i18next must not escape a second time (Chinese quotes, “&”).
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Switches the language at once in every mounted component. */
export function setI18nLanguage(locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
