import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pick, type Locale, type Localized } from '../../../common/i18n';
import { useAppStore } from '../stores/app-store';

/** Translates a {@link Localized} text into the language in effect. */
export type Translate = (text: Localized) => string;

/** The language in effect (from settings via effectiveLocale). */
export function useLocale(): Locale {
  return useAppStore((s) => s.locale);
}

/** A translator bound to the language in effect; every UI text goes through it. */
export function useT(): Translate {
  const locale = useLocale();
  // Subscribes to i18next too, so a language switch re-renders wherever texts are shown.
  useTranslation();
  return useCallback((text: Localized) => pick(text, locale), [locale]);
}
