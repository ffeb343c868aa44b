/** The app's languages: Simplified Chinese first, English second (product-landscape.md §3). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-facing text in every supported language. Never show a bare English errmsg alone. */
export type Localized = Readonly<Record<Locale, string>>;

/** Builds a {@link Localized} text; zh-CN first because it is the primary language. */
export function localized(zhCN: string, en: string): Localized {
  return { 'zh-CN': zhCN, en };
}

/** Picks the text for a locale, falling back to zh-CN. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
