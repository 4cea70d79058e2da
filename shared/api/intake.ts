// The intake form (what the front-desk officer types during §5.1.a–c) and the intake view the
// wizard is drawn from. The form is saved field by field as patches; null clears a field.
import { z } from 'zod';
import type { Localized } from '../i18n/types';
import type { CaseSnapshot } from '../domain/cases';
import type { CheckItem, IntakeStepKind } from '../domain/regulation';
import { applicantTypes, type ApplicantType, type IsoDate, type IsoTimestamp } from '../domain/types';

export const identityDocumentTypes = ['idCard', 'passport', 'residencePermit', 'statelessCertificate', 'foreignPassport'] as const;
export type IdentityDocumentType = (typeof identityDocumentTypes)[number];

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Every part optional: the form fills up as the officer works through the steps. */
export const intakeFormSchema = z
  .object({
    presentedBy: z.enum(['applicant', 'representative']),
    /** The person standing at the desk: the applicant, or the representative. */
    person: z.object({ surname: text(100), givenName: text(100), patronymic: text(100) }).partial().strict(),
    identityDocument: z
      .object({ type: z.enum(identityDocumentTypes), number: text(30), issuer: text(200), issuedOn: isoDate, expiresOn: isoDate })
      .partial()
      .strict(),
    powerOfAttorney: z.object({ number: text(50), issuedOn: isoDate, validUntil: isoDate, issuedBy: text(200), powers: text(1000) }).partial().strict(),
    /** The taxpayer's data as written in the tax application (compared with the registry, §5.1.c). */
    application: z.object({ taxpayerName: text(300), address: text(300), foreignState: text(100), period: text(100) }).partial().strict(),
    /** Ticked items of the identity and completeness checklists, by item id. */
    checks: z.record(z.string().max(80), z.boolean()),
    registryNote: text(1000),
  })
  .partial()
  .strict();
export type IntakeForm = z.infer<typeof intakeFormSchema>;

/** A patch: the same shape, where null removes a value. Deep-merged into the saved form. */
export const intakeFormPatchSchema = z
  .object({
    presentedBy: z.enum(['applicant', 'representative']).nullable(),
    person: z.object({ surname: text(100).nullable(), givenName: text(100).nullable(), patronymic: text(100).nullable() }).partial().strict().nullable(),
    identityDocument: z
      .object({
        type: z.enum(identityDocumentTypes).nullable(),
        number: text(30).nullable(),
        issuer: text(200).nullable(),
        issuedOn: isoDate.nullable(),
        expiresOn: isoDate.nullable(),
      })
      .partial()
      .strict()
      .nullable(),
    powerOfAttorney: z
      .object({
        number: text(50).nullable(),
        issuedOn: isoDate.nullable(),
        validUntil: isoDate.nullable(),
        issuedBy: text(200).nullable(),
        powers: text(1000).nullable(),
      })
      .partial()
      .strict()
      .nullable(),
    application: z
      .object({ taxpayerName: text(300).nullable(), address: text(300).nullable(), foreignState: text(100).nullable(), period: text(100).nullable() })
      .partial()
      .strict()
      .nullable(),
    checks: z.record(z.string().max(80), z.boolean().nullable()).nullable(),
    registryNote: text(1000).nullable(),
  })
  .partial()
  .strict();
export type IntakeFormPatch = z.infer<typeof intakeFormPatchSchema>;

/** RFC 7386-style merge: objects merge, null deletes, anything else replaces. */
export function mergeIntakeForm(form: IntakeForm, patch: IntakeFormPatch): IntakeForm {
  const merge = (base: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(change)) {
      if (value === null) delete out[key];
      else if (typeof value === 'object' && !Array.isArray(value)) {
        const nested = merge((out[key] as Record<string, unknown> | undefined) ?? {}, value as Record<string, unknown>);
        if (Object.keys(nested).length) out[key] = nested;
        else delete out[key];
      } else out[key] = value;
    }
    return out;
  };
  return merge(form, patch) as IntakeForm;
}

export const stepStatuses = ['notStarted', 'running', 'paused', 'completed'] as const;

export interface IntakeStepState {
  id: string;
  kind: IntakeStepKind;
  ref: string;
  title: Localized;
  normSeconds: number;
  status: (typeof stepStatuses)[number];
  activeSeconds: number;
  pausedSeconds: number;
  overrunSeconds: number;
  overrunReason: string | null;
  /** What still keeps this step from being completed, in kk/ru (empty when it can be). */
  problems: { field: string; message: Localized }[];
}

export interface RegistryComparisonRow {
  field: string;
  label: Localized;
  application: string | null;
  registry: string | null;
  /** 'info' when the application does not state the field. */
  verdict: 'match' | 'mismatch' | 'info';
}

export interface IntakeView {
  caseId: string;
  state: CaseSnapshot['state'];
  applicantType: ApplicantType;
  taxpayerId: string;
  applicantLocale: 'kk' | 'ru';
  regulationVersion: string;
  steps: IntakeStepState[];
  /** The step the officer is on; null when all six are done (or the intake was declined). */
  currentStep: string | null;
  form: IntakeForm;
  checklists: { identity: CheckItem[]; completeness: CheckItem[] };
  registry: {
    found: boolean;
    name: string | null;
    cachedAt: string | null;
    /** Whole days since the cached record was fetched. */
    ageDays: number | null;
    rows: RegistryComparisonRow[];
    check: CaseSnapshot['registryCheck'];
  };
  registration: null | {
    number: string;
    registeredOn: IsoDate;
    deadline: IsoDate;
    deadlineInWords: Localized;
    calendarVersion: string;
    moved: boolean;
  };
  declined: CaseSnapshot['declined'];
  documents: { kind: string; id: string }[];
  totals: { activeSeconds: number; normSeconds: number; overrunSeconds: number; overrun: boolean };
  /** The core's clock when this view was made: the renderer advances running timers from it. */
  serverTime: IsoTimestamp;
}

export interface OpenIntake {
  caseId: string;
  taxpayerId: string;
  taxpayerName: string;
  state: string;
  currentStep: string | null;
  updatedAt: string;
}

export { applicantTypes };
