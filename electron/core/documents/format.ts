// How printed forms write dates and look up their labels: DD.MM.YYYY (the form used on
// Kazakhstan's official documents), a date in words for deadlines, and the kk/ru catalog.
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import type { DocumentLocale } from './types';

/** 2026-03-02 → 02.03.2026; 2026-03-02T09:15 → 02.03.2026, 09:15. */
export function formatDate(iso: string): string {
  const [date, time] = iso.split('T') as [string, string | undefined];
  const [y, m, d] = date.split('-');
  const printed = `${d}.${m}.${y}`;
  return time ? `${printed}, ${time}` : printed;
}

/** 2026-03-16 → «2026 жылғы 16 наурыз» / «16 марта 2026 года». */
export function dateInWords(locale: DocumentLocale, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const month = translate(locale, `doc.month.${m}` as MessageKey);
  // The year is passed as a string so ICU does not print it with a thousands separator.
  return translate(locale, 'doc.date.words', { year: String(y), day: String(d), month });
}

/** A printed label in the document's language. */
export const label = (locale: DocumentLocale, key: MessageKey, params?: MessageParams): string => translate(locale, key, params);

/**
 * The document's own date as an instant in Kazakhstan time (UTC+5 everywhere since 2024):
 * it becomes the PDF's CreationDate, so the PDF bytes depend on the data only.
 */
export function documentInstant(iso: string): Date {
  const local = iso.length === 10 ? `${iso}T00:00:00` : `${iso.slice(0, 16)}:00`;
  return new Date(`${local}+05:00`);
}
