// Versioned reference data in the store: regulation versions and working-day calendars. The
// shipped versions are written on start-up; administrators load newer ones (schema-checked) and
// the central system sends them through sync. Stored JSON is immutable; reading parses it once
// per change of the table.
import { createHash } from 'node:crypto';
import type { Localized } from '../../../shared/domain/text';
import {
  buildCalendar,
  kz2025to2027,
  parseCalendarVersion,
  type CalendarVersion,
  type WorkingCalendar,
} from '../../../shared/domain/calendar';
import {
  exportRegulationVersion,
  parseRegulationVersion,
  shippedRegulationVersions,
  type RegulationVersion,
} from '../../../shared/domain/regulation';
import type { Db } from '../store/database';

export type ReferenceSource = 'shipped' | 'loaded' | 'central';

export const shippedCalendarVersions: readonly CalendarVersion[] = [kz2025to2027];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type LoadResult<T> =
  | { ok: true; value: T; status: 'loaded' | 'alreadyLoaded' }
  | { ok: false; errors: { path: string; message: Localized }[] };

const differentContent = (id: string): { path: string; message: Localized } => ({
  path: 'id',
  message: {
    kk: `«${id}» нұсқасы бұрын басқа мазмұнмен жүктелген. Өзгертілген нұсқаға жаңа идентификатор беріңіз.`,
    ru: `Версия «${id}» уже загружена с другим содержанием. Дайте изменённой версии новый идентификатор.`,
  },
});

/** Stores a regulation version after the schema and semantic checks; the same content twice is a no-op. */
export function loadRegulationVersion(
  db: Db,
  json: unknown,
  meta: { source: ReferenceSource; officerId: number | null; now: Date },
): LoadResult<RegulationVersion> {
  const parsed = parseRegulationVersion(json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const version = parsed.version;
  const text = exportRegulationVersion(version);
  const hash = sha256(text);
  const existing = db.prepare('SELECT sha256 FROM regulation_versions WHERE id = ?').get(version.id) as { sha256: string } | undefined;
  if (existing) return existing.sha256 === hash ? { ok: true, value: version, status: 'alreadyLoaded' } : { ok: false, errors: [differentContent(version.id)] };
  db.prepare(
    `INSERT INTO regulation_versions (id, effective_from, effective_to, json, sha256, source, loaded_at, loaded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(version.id, version.effectiveFrom, version.effectiveTo ?? null, text, hash, meta.source, meta.now.toISOString(), meta.officerId);
  return { ok: true, value: version, status: 'loaded' };
}

export function loadCalendarVersion(db: Db, json: unknown, meta: { source: ReferenceSource; now: Date }): LoadResult<CalendarVersion> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return { ok: false, errors: [{ path: '(root)', message: { kk: 'JSON мәтіні қате.', ru: 'Неверный текст JSON.' } }] };
    }
  }
  const parsed = parseCalendarVersion(value);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ path: e.path, message: e.message })) };
  const version = parsed.version;
  const text = JSON.stringify(version);
  const hash = sha256(text);
  const existing = db.prepare('SELECT sha256 FROM calendar_versions WHERE id = ?').get(version.id) as { sha256: string } | undefined;
  if (existing) return existing.sha256 === hash ? { ok: true, value: version, status: 'alreadyLoaded' } : { ok: false, errors: [differentContent(version.id)] };
  db.prepare('INSERT INTO calendar_versions (id, json, sha256, source, loaded_at) VALUES (?, ?, ?, ?, ?)').run(
    version.id,
    text,
    hash,
    meta.source,
    meta.now.toISOString(),
  );
  return { ok: true, value: version, status: 'loaded' };
}

/**
 * Writes the versions this build ships, if the store does not have them yet. A stored id is
 * trusted as is (start-up stays a few milliseconds): shipped versions are immutable, and a test
 * pins each one's content so that a change must come with a new id.
 */
export function ensureShippedReferenceData(db: Db, now: Date): void {
  const hasRegulation = db.prepare('SELECT 1 FROM regulation_versions WHERE id = ?').pluck();
  const hasCalendar = db.prepare('SELECT 1 FROM calendar_versions WHERE id = ?').pluck();
  if (shippedRegulationVersions.every((v) => hasRegulation.get(v.id)) && shippedCalendarVersions.every((v) => hasCalendar.get(v.id))) return;
  db.transaction(() => {
    for (const version of shippedRegulationVersions) {
      if (hasRegulation.get(version.id)) continue;
      const result = loadRegulationVersion(db, version, { source: 'shipped', officerId: null, now });
      if (!result.ok) throw new Error(`shipped regulation ${version.id} does not load: ${JSON.stringify(result.errors)}`);
    }
    for (const version of shippedCalendarVersions) {
      if (hasCalendar.get(version.id)) continue;
      const result = loadCalendarVersion(db, version, { source: 'shipped', now });
      if (!result.ok) throw new Error(`shipped calendar ${version.id} does not load: ${JSON.stringify(result.errors)}`);
    }
  })();
}

interface Cached<T> {
  stamp: string;
  value: T;
}
const regulationCache = new WeakMap<Db, Cached<RegulationVersion[]>>();
const calendarCache = new WeakMap<Db, Cached<WorkingCalendar>>();

function stampOf(db: Db, table: 'regulation_versions' | 'calendar_versions'): string {
  const row = db.prepare(`SELECT count(*) AS n, max(loaded_at) AS last FROM ${table}`).get() as { n: number; last: string | null };
  return `${row.n}|${row.last}`;
}

/** Every regulation version in the store (re-parsed only when one was added). */
export function regulationVersions(db: Db): RegulationVersion[] {
  const stamp = stampOf(db, 'regulation_versions');
  const cached = regulationCache.get(db);
  if (cached?.stamp === stamp) return cached.value;
  const value = (db.prepare('SELECT json FROM regulation_versions ORDER BY effective_from').pluck().all() as string[]).map((json) => {
    const parsed = parseRegulationVersion(json);
    if (!parsed.ok) throw new Error(`stored regulation version no longer parses: ${JSON.stringify(parsed.errors[0])}`);
    return parsed.version;
  });
  regulationCache.set(db, { stamp, value });
  return value;
}

/** The working-day calendar: the most recently loaded version (newer data supersedes older). */
export function currentCalendar(db: Db): WorkingCalendar {
  const stamp = stampOf(db, 'calendar_versions');
  const cached = calendarCache.get(db);
  if (cached?.stamp === stamp) return cached.value;
  const json = db.prepare('SELECT json FROM calendar_versions ORDER BY loaded_at DESC, rowid DESC LIMIT 1').pluck().get() as string | undefined;
  if (json === undefined) throw new Error('no calendar version in the store');
  const parsed = parseCalendarVersion(JSON.parse(json));
  if (!parsed.ok) throw new Error(`stored calendar version no longer parses: ${JSON.stringify(parsed.errors[0])}`);
  const value = buildCalendar(parsed.version);
  calendarCache.set(db, { stamp, value });
  return value;
}
