// The point of versioned data: an administrator exports the 2015 regulation, changes one norm,
// gives it a new id and start date, loads it back — and cases follow the law of their
// registration date, while a case recorded under the old version keeps it.
import { describe, expect, it } from 'vitest';
import {
  exportRegulationVersion,
  intakeSteps,
  kzResidency2015,
  normSeconds,
  parseRegulationVersion,
  procedure,
  regulationForCase,
  type RegulationVersion,
} from '../../../../../shared/domain/regulation';
import { type Editable } from './helpers';

function load(text: string): RegulationVersion {
  const result = parseRegulationVersion(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.version;
}

describe('a new regulation version from 2026-01-01 with §5.1.c at 7 minutes', () => {
  // Edit the exported file as an administrator would: one norm, the total that follows from it,
  // a new id and a new start date.
  const edited = JSON.parse(exportRegulationVersion(kzResidency2015)) as Editable;
  edited.id = 'kz-residency-2026';
  edited.effectiveFrom = '2026-01-01';
  const step = edited.procedures.find((p) => p.id === '5.1.c');
  if (!step) throw new Error('5.1.c missing');
  step.norm.amount = 7;
  edited.intake.total.amount = 22;
  const v2026 = load(exportRegulationVersion(edited as RegulationVersion));
  const versions = [kzResidency2015, v2026];

  it('loads back through the schema check', () => {
    expect(v2026.id).toBe('kz-residency-2026');
    expect(v2026.effectiveFrom).toBe('2026-01-01');
    expect(normSeconds(procedure(v2026, '5.1.c'))).toBe(7 * 60);
  });

  it.each([
    ['2026-01-01', 'kz-residency-2026', 420],
    ['2026-03-02', 'kz-residency-2026', 420],
    ['2025-12-31', 'kz-residency-2015', 300],
    ['2025-03-10', 'kz-residency-2015', 300],
  ])('a case registered on %s follows %s: §5.1.c = %d s', (registeredOn, id, seconds) => {
    const v = regulationForCase(versions, { registeredOn });
    expect(v.id).toBe(id);
    expect(intakeSteps(v).find((s) => s.id === '5.1.c')?.normSeconds).toBe(seconds);
  });

  it('a case recorded under the 2015 version keeps its 5 minutes after 2026-01-01', () => {
    const v = regulationForCase(versions, { registeredOn: '2026-02-16', pinnedVersionId: 'kz-residency-2015' });
    expect(normSeconds(procedure(v, '5.1.c'))).toBe(5 * 60);
  });

  it('the new version’s intake totals 22 minutes, the old one still 20', () => {
    const total = (v: RegulationVersion) => intakeSteps(v).reduce((s, x) => s + x.normSeconds, 0);
    expect(total(v2026)).toBe(22 * 60);
    expect(total(kzResidency2015)).toBe(20 * 60);
  });

  it('changing only the norm, without the total, is refused with a readable message', () => {
    const broken = JSON.parse(exportRegulationVersion(v2026)) as Editable;
    broken.intake.total.amount = 20;
    const result = parseRegulationVersion(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message.ru).toBe('Сумма норм шагов приёма (22 мин) не равна общей норме (20 мин)');
  });

  it('the edit leaves the shipped version untouched', () => {
    expect(procedure(kzResidency2015, '5.1.c').norm.amount).toBe(5);
  });
});
