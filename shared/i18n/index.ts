// Message lookup for the UI and the printed forms: one catalog per language, ICU formatting.
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogKk, catalogRu, type MessageKey } from './catalog';
import type { Locale, Localized } from './types';

export * from './types';
export type { MessageKey };

export type MessageParams = Record<string, string | number>;

export const catalogs: Record<Locale, Record<MessageKey, string>> = { kk: catalogKk, ru: catalogRu };

// Compiled formats are cached: the same keys are formatted on every render.
const compiled = new Map<string, IntlMessageFormat>();

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogs[locale][key], locale);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

/** The same message in both languages, for errors and audit texts that cross the boundary. */
export function localized(key: MessageKey, params?: MessageParams): Localized {
  return { kk: translate('kk', key, params), ru: translate('ru', key, params) };
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogKk, value);
}
