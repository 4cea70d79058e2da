// Dates as officers and applicants read them: DD.MM.YYYY, and in words ("2026 ж. 10 наурыз,
// сейсенбі" / "вторник, 10 марта 2026 г.") through the platform's Intl data.
import type { Locale } from './types';

/** YYYY-MM-DD → DD.MM.YYYY */
export function formatDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function dateInWords(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
