// Kazakhstan local dates from instants. Since 1 March 2024 the whole country is on UTC+5, so
// a registration at 23:30 UTC is already the next day at the desk.
import type { IsoDate } from '../../shared/domain/types';

export const kzUtcOffsetMinutes = 300;

export function kzDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + kzUtcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Local date and time in Kazakhstan, YYYY-MM-DDTHH:mm:ss (no offset). */
export function kzLocalTime(instant: Date): string {
  return new Date(instant.getTime() + kzUtcOffsetMinutes * 60_000).toISOString().slice(0, 19);
}

export function kzYear(instant: Date): number {
  return Number(kzDate(instant).slice(0, 4));
}
