// Shared i18n types: the two languages every text of the service exists in (Kazakh first).
export const locales = ['kk', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'kk';

/** A text in both languages, as it crosses the api boundary and lands on paper. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
