// Shared i18n types: the two languages every text of the service exists in (Kazakh first).
import { locales, type Locale } from '../domain/text';

export { locales, type Locale, type Localized } from '../domain/text';
export const defaultLocale: Locale = 'kk';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
