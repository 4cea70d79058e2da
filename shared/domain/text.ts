// Texts of the regulation and the domain, always in both languages of the service (Kazakh first).
export const locales = ['kk', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** A text in Kazakh and Russian, as it appears on screen and on paper. */
export type Localized = Record<Locale, string>;
