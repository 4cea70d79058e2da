// The decision form as data (§5.2): a residency certificate (foreign state, period as a calendar
// year or a date range, address) or a reasoned refusal (grounds of the regulation version,
// reasoning, address). Prefilled from the saved draft, or from what was typed at the desk;
// checked the way the core checks it, so the officer learns what is missing before sending.
import type { ApiInput } from '../../../../shared/api';
import type { CaseDetail, CertificateDraft, RefusalDraft } from '../../../../shared/api/processing';
import { foreignStates } from '../../../../shared/domain/countries';
import type { MessageKey } from '../../../../shared/i18n';

export type DecisionKind = 'certificate' | 'refusal';

export interface DecisionFormValues {
  decision: DecisionKind;
  foreignState: string;
  periodKind: 'year' | 'range';
  year: string;
  /** YYYY-MM-DD, or '' while not a whole real date. */
  from: string;
  to: string;
  address: string;
  grounds: string[];
  reasoning: string;
}

export type DecisionField = 'foreignState' | 'year' | 'from' | 'to' | 'address' | 'grounds' | 'reasoning';
export type DecisionErrors = Partial<Record<DecisionField, MessageKey>>;

/** The order the form shows its fields in (the first with a problem gets focus). */
export const fieldOrder: DecisionField[] = ['foreignState', 'year', 'from', 'to', 'grounds', 'reasoning', 'address'];

const normalize = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** The treaty state an application names in free text ('Германия', 'DE'), when exactly one fits. */
export function matchForeignState(typed: string | undefined): string {
  const text = normalize(typed ?? '');
  if (text.length < 2) return '';
  const byCode = foreignStates.find((s) => s.code.toLowerCase() === text);
  if (byCode) return byCode.code;
  const hits = foreignStates.filter((s) => [s.name.kk, s.name.ru, s.name.en].some((name) => normalize(name).includes(text)));
  return hits.length === 1 ? hits[0]!.code : '';
}

/** A four-digit year in the application's free-text period ('2025 жыл'), or ''. */
export function yearIn(period: string | undefined): string {
  const years = (period ?? '').match(/\b(20\d\d|2100)\b/g) ?? [];
  return years.length === 1 ? years[0]! : '';
}

export function initialValues(detail: CaseDetail): DecisionFormValues {
  const application = detail.form.application ?? {};
  const registryAddress = detail.registry.rows.find((r) => r.field === 'address')?.registry ?? '';
  const blank: DecisionFormValues = {
    decision: 'certificate',
    foreignState: matchForeignState(application.foreignState),
    periodKind: 'year',
    year: yearIn(application.period),
    from: '',
    to: '',
    address: application.address ?? registryAddress ?? '',
    grounds: [],
    reasoning: '',
  };
  const saved = detail.decision;
  if (!saved) return blank;
  if (saved.decision === 'certificate') {
    const data = saved.data as CertificateDraft;
    return {
      ...blank,
      decision: 'certificate',
      foreignState: data.foreignState,
      periodKind: data.period.kind,
      year: data.period.kind === 'year' ? String(data.period.year) : blank.year,
      from: data.period.kind === 'range' ? data.period.from : '',
      to: data.period.kind === 'range' ? data.period.to : '',
      address: data.address,
    };
  }
  const data = saved.data as RefusalDraft;
  return { ...blank, decision: 'refusal', grounds: [...data.grounds], reasoning: data.reasoning, address: data.address };
}

export function validateDecision(v: DecisionFormValues, groundCodes: readonly string[]): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!v.address.trim()) errors.address = 'decisionUi.error.address';
  else if (v.address.trim().length > 300) errors.address = 'decisionUi.error.tooLong';
  if (v.decision === 'certificate') {
    if (!foreignStates.some((s) => s.code === v.foreignState)) errors.foreignState = 'decisionUi.error.foreignState';
    if (v.periodKind === 'year') {
      const year = Number(v.year);
      if (!/^\d{4}$/.test(v.year.trim()) || year < 2000 || year > 2100) errors.year = 'decisionUi.error.year';
    } else {
      if (!v.from) errors.from = 'decisionUi.error.date';
      if (!v.to) errors.to = 'decisionUi.error.date';
      else if (v.from && v.to < v.from) errors.to = 'decisionUi.error.range';
    }
  } else {
    if (v.grounds.length === 0 || v.grounds.some((g) => !groundCodes.includes(g))) errors.grounds = 'decisionUi.error.grounds';
    if (v.reasoning.trim().length < 10) errors.reasoning = 'decisionUi.error.reasoning';
    else if (v.reasoning.trim().length > 5000) errors.reasoning = 'decisionUi.error.tooLong';
  }
  return errors;
}

/** The request for `processing.saveDraft` (the values must be valid). */
export function draftInput(caseId: string, v: DecisionFormValues): ApiInput<'processing.saveDraft'> {
  const address = v.address.trim();
  if (v.decision === 'certificate') {
    const period: CertificateDraft['period'] = v.periodKind === 'year' ? { kind: 'year', year: Number(v.year) } : { kind: 'range', from: v.from, to: v.to };
    return { caseId, decision: 'certificate', certificate: { foreignState: v.foreignState, period, address } };
  }
  return { caseId, decision: 'refusal', refusal: { grounds: v.grounds, reasoning: v.reasoning.trim(), address } };
}

/** Whether the form says what the saved draft says (then the shown PDF is what was typed). */
export function matchesSaved(detail: CaseDetail, v: DecisionFormValues): boolean {
  const saved = detail.decision;
  if (!saved) return false;
  const input = draftInput(detail.id, v);
  const typed = input.decision === 'certificate' ? input.certificate : input.refusal;
  return saved.decision === input.decision && JSON.stringify(canonical(saved.data)) === JSON.stringify(canonical(typed));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
