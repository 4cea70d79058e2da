// Instants as officers read them: Kazakhstan local time (the whole country is on UTC+5 since
// 1 March 2024, as the core counts dates), DD.MM.YYYY HH:MM, whatever the workstation's zone.
import { formatDate } from '../../../shared/i18n/dates';

const kzOffsetMs = 5 * 60 * 60_000;

/** '2026-03-02T04:05:00.000Z' → '02.03.2026 09:05' */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + kzOffsetMs).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** Today's date in Kazakhstan, YYYY-MM-DD. */
export function kzToday(now: number = Date.now()): string {
  return new Date(now + kzOffsetMs).toISOString().slice(0, 10);
}
