// Export, the version in force on a date, the version governing a case, and the reading helpers.
import { describe, expect, it } from 'vitest';
import {
  exportRegulationVersion,
  intakeSteps,
  kzResidency2015,
  normSeconds,
  parseRegulationVersion,
  procedure,
  regulationForCase,
  regulationInForce,
  RegulationError,
  type RegulationVersion,
} from '../../../../../shared/domain/regulation';
import { canonicalJson } from '../../../../../shared/domain/regulation/canonicalJson';
import { editableCopy } from './helpers';

/** A copy of the 2015 version with another id and validity period. */
function variant(id: string, effectiveFrom: string, effectiveTo?: string): RegulationVersion {
  return { ...kzResidency2015, id, effectiveFrom, ...(effectiveTo ? { effectiveTo } : {}) };
}

/** The RegulationError thrown by `run`, failing the test if none is. */
function thrown(run: () => unknown): RegulationError {
  try {
    run();
  } catch (e) {
    if (e instanceof RegulationError) return e;
    throw e;
  }
  throw new Error('expected a RegulationError');
}

describe('exportRegulationVersion', () => {
  it('is byte-identical through export → load → export', () => {
    const first = exportRegulationVersion(kzResidency2015);
    const loaded = parseRegulationVersion(first);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(exportRegulationVersion(loaded.version)).toBe(first);
  });

  it('does not depend on the order keys were written in', () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
    };
    const shuffled = reversed(editableCopy()) as RegulationVersion;
    expect(Object.keys(shuffled)[0]).toBe('notes');
    expect(exportRegulationVersion(shuffled)).toBe(exportRegulationVersion(kzResidency2015));
  });

  it('is pretty JSON starting with the schema version and id, ending with a newline', () => {
    const text = exportRegulationVersion(kzResidency2015);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "id": "kz-residency-2015",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('orders unknown keys alphabetically after known ones and drops undefined values', () => {
    expect(canonicalJson({ zeta: 1, alpha: [{ ru: 'б', kk: 'а' }], id: 'x', gone: undefined })).toBe(
      '{\n  "id": "x",\n  "alpha": [\n    {\n      "kk": "а",\n      "ru": "б"\n    }\n  ],\n  "zeta": 1\n}\n',
    );
    expect(Object.keys(JSON.parse(canonicalJson({ c: 1, a: 1, d: 1, b: 1 })))).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(JSON.parse(canonicalJson({ a: 1, b: 1, c: 1, d: 1 })))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('regulationInForce', () => {
  const v2020 = variant('kz-residency-2020', '2020-04-01', '2026-01-01');
  const v2026 = variant('kz-residency-2026', '2026-01-01');
  const versions = [kzResidency2015, v2020, v2026];

  it.each([
    ['2015-06-04', 'kz-residency-2015'],
    ['2019-12-31', 'kz-residency-2015'],
    ['2020-04-01', 'kz-residency-2020'],
    ['2025-12-31', 'kz-residency-2020'],
    ['2026-01-01', 'kz-residency-2026'],
    ['2031-07-15', 'kz-residency-2026'],
  ])('on %s applies %s', (date, id) => {
    expect(regulationInForce(versions, date).id).toBe(id);
  });

  it('treats effectiveTo as the first day the version no longer applies', () => {
    const closed = variant('closed', '2015-06-04', '2016-01-01');
    expect(regulationInForce([closed], '2015-12-31').id).toBe('closed');
    expect(thrown(() => regulationInForce([closed], '2016-01-01')).code).toBe('noVersionInForce');
  });

  it('says clearly when no version was in force', () => {
    const e = thrown(() => regulationInForce(versions, '2015-06-03'));
    expect(e.code).toBe('noVersionInForce');
    expect(e.text).toEqual({
      kk: '2015-06-03 күні қолданыста болған регламент нұсқасы жоқ',
      ru: 'Нет версии регламента, действующей на 2015-06-03',
    });
    expect(e.message).toBe('noVersionInForce: Нет версии регламента, действующей на 2015-06-03');
    expect(e.name).toBe('RegulationError');
    expect(thrown(() => regulationInForce([], '2020-01-01')).code).toBe('noVersionInForce');
  });

  it('refuses to choose between two versions starting the same day', () => {
    const e = thrown(() => regulationInForce([...versions, variant('kz-residency-2026-bis', '2026-01-01')], '2026-02-01'));
    expect(e.code).toBe('ambiguousVersions');
    expect(e.text.ru).toBe('На 2026-02-01 действуют несколько версий с одной датой начала: kz-residency-2026, kz-residency-2026-bis');
  });

  it('refuses a list holding one version id twice', () => {
    const e = thrown(() => regulationInForce([kzResidency2015, variant('kz-residency-2015', '2026-01-01')], '2026-02-01'));
    expect(e.code).toBe('duplicateVersion');
    expect(e.text.kk).toBe('«kz-residency-2015» регламент нұсқасы бірнеше рет жүктелген');
  });

  it.each(['2025-02-29', '2025-1-5', '05.01.2025', ''])('refuses the date %j', (date) => {
    const e = thrown(() => regulationInForce(versions, date));
    expect(e.code).toBe('invalidDate');
    expect(e.text.ru).toBe(`Неверная дата: «${date}» (ожидается ГГГГ-ММ-ДД)`);
  });
});

describe('regulationForCase', () => {
  const v2026 = variant('kz-residency-2026', '2026-01-01');

  it('uses the version in force on the registration date when none was recorded', () => {
    expect(regulationForCase([kzResidency2015, v2026], { registeredOn: '2025-12-31' }).id).toBe('kz-residency-2015');
    expect(regulationForCase([kzResidency2015, v2026], { registeredOn: '2026-01-01' }).id).toBe('kz-residency-2026');
  });

  it('keeps the recorded version whatever the date', () => {
    expect(regulationForCase([kzResidency2015, v2026], { registeredOn: '2026-03-02', pinnedVersionId: 'kz-residency-2015' }).id).toBe(
      'kz-residency-2015',
    );
  });

  it('never falls back to another law when the recorded version is missing', () => {
    const e = thrown(() => regulationForCase([v2026], { registeredOn: '2026-03-02', pinnedVersionId: 'kz-residency-2015' }));
    expect(e.code).toBe('pinnedVersionMissing');
    expect(e.text.kk).toBe('Іске бекітілген «kz-residency-2015» регламент нұсқасы табылмады');
  });

  it('refuses an ambiguous list even for a recorded version', () => {
    expect(thrown(() => regulationForCase([v2026, v2026], { registeredOn: '2026-03-02', pinnedVersionId: 'kz-residency-2026' })).code).toBe(
      'duplicateVersion',
    );
  });
});

describe('procedure, normSeconds, intakeSteps', () => {
  it('finds a procedure by id, or says which version lacks it', () => {
    expect(procedure(kzResidency2015, '9.2').norm).toEqual({ amount: 10, unit: 'minutes' });
    const e = thrown(() => procedure(kzResidency2015, '5.4'));
    expect(e.code).toBe('unknownProcedure');
    expect(e.text.ru).toBe('В версии «kz-residency-2015» нет процедуры «5.4»');
  });

  it.each([
    ['5.1.a', 120],
    ['5.3', 600],
    ['portal.process2', 30],
    ['portal.condition2', 90],
    ['5.2', null],
  ])('gives %s a norm of %s seconds', (id, seconds) => {
    expect(normSeconds(procedure(kzResidency2015, id))).toBe(seconds);
  });

  it('refuses an intake step in calendar days in a version that was never parsed', () => {
    const broken: RegulationVersion = {
      ...kzResidency2015,
      intake: { ...kzResidency2015.intake, steps: [{ procedureId: '5.2', kind: 'identity' }] },
    };
    expect(thrown(() => intakeSteps(broken)).code).toBe('untimedNorm');
  });
});
