import { describe, expect, it } from 'vitest';
import { exportRegulationVersion, kzResidency2015 } from '../../../../../shared/domain/regulation';
import { kz2025to2027 } from '../../../../../shared/domain/calendar';
import {
  currentCalendar,
  ensureShippedReferenceData,
  loadCalendarVersion,
  loadRegulationVersion,
  regulationVersions,
} from '../../../../../electron/core/reference/referenceData';
import { storeAt } from '../store/migrations/helpers';

const now = new Date('2026-03-02T05:00:00Z');

describe('reference data in the store', () => {
  it('writes the shipped versions once and reads them back', async () => {
    const db = await storeAt(3);
    ensureShippedReferenceData(db, now);
    ensureShippedReferenceData(db, now);
    expect(db.prepare("SELECT id, source FROM regulation_versions").all()).toEqual([{ id: 'kz-residency-2015', source: 'shipped' }]);
    expect(regulationVersions(db).map((v) => v.id)).toEqual(['kz-residency-2015']);
    expect(currentCalendar(db).versionId).toBe('kz-2025-2027.1');
  });

  it('loads a new version (seen by the next read) and refuses the same id with other content', async () => {
    const db = await storeAt(3);
    ensureShippedReferenceData(db, now);
    const next = JSON.parse(exportRegulationVersion(kzResidency2015));
    next.id = 'kz-residency-next';
    next.effectiveFrom = '2026-01-01';
    const first = loadRegulationVersion(db, JSON.stringify(next), { source: 'loaded', officerId: null, now });
    expect(first).toMatchObject({ ok: true, status: 'loaded' });
    expect(regulationVersions(db).map((v) => v.id)).toEqual(['kz-residency-2015', 'kz-residency-next']);

    next.title.ru = 'Изменённое название';
    const changed = loadRegulationVersion(db, next, { source: 'loaded', officerId: null, now });
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.errors[0]!.message.ru).toContain('уже загружена с другим содержанием');
  });

  it('refuses a broken calendar with reasons and keeps the current one', async () => {
    const db = await storeAt(3);
    ensureShippedReferenceData(db, now);
    const broken = { ...kz2025to2027, id: 'kz-broken', movableHolidays: [] };
    const result = loadCalendarVersion(db, JSON.stringify(broken), { source: 'loaded', now });
    expect(result.ok).toBe(false);
    expect(loadCalendarVersion(db, '{not json', { source: 'loaded', now })).toMatchObject({ ok: false });
    expect(currentCalendar(db).versionId).toBe('kz-2025-2027.1');
  });
});
