// The decision form as data: prefilled from the saved draft or from what the desk typed, checked
// as the core checks it, turned into the `processing.saveDraft` request, and compared with the
// saved draft (then the PDF on screen is what the form says).
import { describe, expect, it } from 'vitest';
import {
  draftInput,
  initialValues,
  matchesSaved,
  matchForeignState,
  validateDecision,
  yearIn,
  type DecisionFormValues,
} from '../../../../../renderer/src/features/processing/decisionForm';
import { caseId, registeredCase } from './fakeProcessing';

const grounds = ['notResident', 'incomplete'];
const certificate: DecisionFormValues = {
  decision: 'certificate',
  foreignState: 'DE',
  periodKind: 'year',
  year: '2025',
  from: '',
  to: '',
  address: 'Астана қ.',
  grounds: [],
  reasoning: '',
};

describe('decision form', () => {
  it('finds the treaty state the application names in free text, when only one fits', () => {
    expect(matchForeignState('Германия')).toBe('DE');
    expect(matchForeignState('германия')).toBe('DE');
    expect(matchForeignState('de')).toBe('DE');
    expect(matchForeignState('Federal Republic of Germany')).toBe('DE');
    expect(matchForeignState('Республика')).toBe('');
    expect(matchForeignState('Атлантида')).toBe('');
    expect(matchForeignState('')).toBe('');
  });

  it('takes a single four-digit year from the application’s period', () => {
    expect(yearIn('2025 жыл')).toBe('2025');
    expect(yearIn('за 2024 год')).toBe('2024');
    expect(yearIn('2024–2025')).toBe('');
    expect(yearIn('прошлый год')).toBe('');
  });

  it('prefills a new decision from what was typed at the desk, and a saved one from the draft', () => {
    expect(initialValues(registeredCase())).toEqual({ ...certificate, address: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй' });
    const refused = registeredCase({
      decision: { decision: 'refusal', data: { grounds: ['incomplete'], reasoning: 'Құжаттар толық емес', address: 'Алматы қ.' }, documentId: 'x' },
    });
    expect(initialValues(refused)).toMatchObject({ decision: 'refusal', grounds: ['incomplete'], reasoning: 'Құжаттар толық емес', address: 'Алматы қ.' });
    const range = registeredCase({
      decision: { decision: 'certificate', data: { foreignState: 'KR', period: { kind: 'range', from: '2025-01-01', to: '2025-06-30' }, address: 'Астана' }, documentId: 'y' },
    });
    expect(initialValues(range)).toMatchObject({ foreignState: 'KR', periodKind: 'range', from: '2025-01-01', to: '2025-06-30' });
  });

  it('checks a certificate: a state of the list, a year 2000–2100 or a range in order, an address', () => {
    expect(validateDecision(certificate, grounds)).toEqual({});
    expect(validateDecision({ ...certificate, foreignState: 'XX', year: '1999', address: ' ' }, grounds)).toEqual({
      foreignState: 'decisionUi.error.foreignState',
      year: 'decisionUi.error.year',
      address: 'decisionUi.error.address',
    });
    expect(validateDecision({ ...certificate, periodKind: 'range', from: '', to: '' }, grounds)).toEqual({ from: 'decisionUi.error.date', to: 'decisionUi.error.date' });
    expect(validateDecision({ ...certificate, periodKind: 'range', from: '2025-07-01', to: '2025-06-30' }, grounds)).toEqual({ to: 'decisionUi.error.range' });
    expect(validateDecision({ ...certificate, periodKind: 'range', from: '2025-01-01', to: '2025-01-01' }, grounds)).toEqual({});
  });

  it('checks a refusal: grounds of the version, reasoning of 10 characters at least', () => {
    const refusal: DecisionFormValues = { ...certificate, decision: 'refusal', foreignState: '', grounds: ['notResident'], reasoning: 'Кемінде он таңба' };
    expect(validateDecision(refusal, grounds)).toEqual({});
    expect(validateDecision({ ...refusal, grounds: [], reasoning: ' қысқа ' }, grounds)).toEqual({ grounds: 'decisionUi.error.grounds', reasoning: 'decisionUi.error.reasoning' });
    expect(validateDecision({ ...refusal, grounds: ['madeUp'] }, grounds)).toEqual({ grounds: 'decisionUi.error.grounds' });
  });

  it('makes the request the core takes, and knows when the form says what the saved draft says', () => {
    expect(draftInput(caseId, { ...certificate, address: ' Астана қ. ' })).toEqual({
      caseId,
      decision: 'certificate',
      certificate: { foreignState: 'DE', period: { kind: 'year', year: 2025 }, address: 'Астана қ.' },
    });
    expect(draftInput(caseId, { ...certificate, decision: 'refusal', grounds: ['incomplete'], reasoning: ' Құжаттар толық емес ' })).toEqual({
      caseId,
      decision: 'refusal',
      refusal: { grounds: ['incomplete'], reasoning: 'Құжаттар толық емес', address: 'Астана қ.' },
    });
    const saved = registeredCase({ decision: { decision: 'certificate', data: { period: { year: 2025, kind: 'year' }, address: 'Астана қ.', foreignState: 'DE' }, documentId: 'd' } });
    expect(matchesSaved(saved, certificate)).toBe(true);
    expect(matchesSaved(saved, { ...certificate, year: '2024' })).toBe(false);
    expect(matchesSaved(saved, { ...certificate, decision: 'refusal' })).toBe(false);
    expect(matchesSaved(registeredCase(), certificate)).toBe(false);
  });
});
