// Loading a calendar version from JSON (central-system sync or an administrator's file):
// the zod schema for its shape, then the consistency checks. A version is used only when
// both pass, and every refusal says where and why in Kazakh and Russian.
import { z } from 'zod';
import { type CalendarIssue, checkCalendarVersion } from './check';
import { isIsoDate } from '../dates';
import type { CalendarVersion } from './version';

const localized = z.object({ kk: z.string().trim().min(1), ru: z.string().trim().min(1) });
const isoDate = z.string().refine(isIsoDate, { message: 'Expected a real date YYYY-MM-DD' });
const year = z.number().int().min(1900).max(2999);
const holidayId = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'Expected a latin identifier, e.g. nauryz1' });

export const calendarVersionSchema = z.object({
  id: z.string().trim().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'Expected an ISO 3166-1 alpha-2 code, e.g. KZ' }),
  years: z.object({ from: year, to: year }),
  publishedAt: isoDate,
  sources: z.array(z.object({ title: z.string().trim().min(1), note: z.string().optional() })).min(1),
  weekend: z.array(z.literal([1, 2, 3, 4, 5, 6, 7])).max(6),
  fixedHolidays: z.array(
    z.object({
      id: holidayId,
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      name: localized,
      movesFromWeekend: z.boolean(),
    }),
  ),
  movableHolidays: z.array(
    z.object({
      id: holidayId,
      name: localized,
      movesFromWeekend: z.boolean(),
      dates: z.array(z.object({ year, date: isoDate, provisional: z.boolean().optional(), note: z.string().optional() })),
    }),
  ),
  governmentTransfers: z.array(
    z.object({ dayOff: isoDate, workingDay: isoDate.nullable(), act: z.string().trim().min(1), name: localized }),
  ),
});

export type ParseCalendarResult = { readonly ok: true; readonly version: CalendarVersion } | { readonly ok: false; readonly errors: readonly CalendarIssue[] };

export function parseCalendarVersion(json: unknown): ParseCalendarResult {
  const parsed = calendarVersionSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const path = i.path.map(String).join('.') || '(root)';
        return {
          path,
          code: 'shape' as const,
          message: { kk: `Күнтізбе деректерінің пішімі қате (${path}): ${i.message}`, ru: `Неверный формат данных календаря (${path}): ${i.message}` },
        };
      }),
    };
  }
  // The annotation makes the compiler prove that the schema produces a CalendarVersion.
  const version: CalendarVersion = parsed.data;
  const errors = checkCalendarVersion(version);
  return errors.length === 0 ? { ok: true, version } : { ok: false, errors };
}
