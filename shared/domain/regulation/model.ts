// The regulation of the service as versioned data: procedures with their norms and §-refs,
// the intake steps, checklists, outgoing forms and refusal grounds. Code reads a version, never
// hard-codes a norm, so a new regulation ships as a new version without code changes.
import type { Role } from '../roles';
import type { Locale, Localized } from '../text';
import type { Actor, ApplicantType, Channel, IsoDate } from '../types';

/** Where in the life of an application a procedure happens. */
export const stages = ['acceptance', 'processing', 'approval', 'issuance', 'automated'] as const;
export type Stage = (typeof stages)[number];

/** The stages our own officers perform (Appendix 5: ҚФБ 1 and ҚФБ 2); 'automated' has no officer. */
export const officeStages = ['acceptance', 'processing', 'approval', 'issuance'] as const;
export type OfficeStage = (typeof officeStages)[number];

export const normUnits = ['seconds', 'minutes', 'calendarDays'] as const;
export type NormUnit = (typeof normUnits)[number];

/**
 * Where a norm comes from, so an officer (and an auditor) can tell law from our reading of it:
 * 'text' — the regulation's paragraph states it; 'appendix' — only a business-process appendix
 * (diagram) gives it; 'assumed' — the seed is silent or unclear, and the procedure's note says why.
 */
export const normSources = ['text', 'appendix', 'assumed'] as const;
export type NormSource = (typeof normSources)[number];

/** Which form the workstation shows for an intake step (§5.1). */
export const intakeStepKinds = ['identity', 'completeness', 'registryMatch', 'registration', 'secondCopy', 'coupon'] as const;
export type IntakeStepKind = (typeof intakeStepKinds)[number];

/** Who stands at the desk (§5.1.a): the applicant, or a representative of an individual or of an entity. */
export const identityVariants = ['inPerson', 'individualRepresentative', 'legalEntityRepresentative'] as const;
export type IdentityVariant = (typeof identityVariants)[number];

/** Every Actor value, for the schema; the type check below fails if Actor grows. */
export const actors = ['frontDesk', 'processing', 'supervisor', 'admin', 'stateCorporation', 'system', 'applicant'] as const satisfies readonly Actor[];
const _actorsAreComplete: Exclude<Actor, (typeof actors)[number]> extends never ? true : never = true;

/** Outgoing documents the product's code relies on; a version must define them. */
export const requiredDocumentIds = ['residencyCertificate', 'reasonedRefusal', 'coupon', 'issueJournal'] as const;

export type ProcedureId = string;

export interface Norm {
  readonly amount: number;
  readonly unit: NormUnit;
}

export interface Procedure {
  readonly id: ProcedureId;
  /** The reference as officers see it, e.g. '§5.1.a' or 'App. 6 condition 3 (§10.9)'. */
  readonly ref: string;
  readonly channel: Channel;
  readonly stage: Stage;
  readonly actor: Actor;
  readonly title: Localized;
  readonly description: Localized;
  readonly norm: Norm;
  readonly normSource: NormSource;
  /**
   * The norm is not an extra span of time: it runs inside another procedure's term
   * (e.g. §9.3 falls within §5.2's 15 calendar days), so totals must not add it twice.
   */
  readonly withinTermOf?: ProcedureId;
  readonly note?: Localized;
}

export interface IntakeStep {
  readonly procedureId: ProcedureId;
  readonly kind: IntakeStepKind;
}

export interface Intake {
  readonly ref: string;
  /** §5.1: acceptance of documents, 20 minutes in all; the steps' norms must add up to it. */
  readonly total: Norm;
  readonly steps: readonly IntakeStep[];
}

export interface ProcessingRule {
  readonly procedureId: ProcedureId;
  readonly ref: string;
  readonly deadlineCalendarDays: number;
  /** A deadline ending on a day off moves to the next working day (the seed is silent; a rule of the version). */
  readonly moveToNextWorkingDay: boolean;
}

export interface CheckItem {
  readonly id: string;
  readonly text: Localized;
  readonly required: boolean;
  /** Shown only when a representative applies (e.g. the power of attorney in the document list). */
  readonly onlyWhen?: 'representative';
}

export interface RegistryField {
  readonly id: string;
  readonly label: Localized;
  readonly appliesTo: readonly ApplicantType[];
}

export interface Checklists {
  /** §5.1.a */
  readonly identity: { readonly ref: string; readonly variants: Readonly<Record<IdentityVariant, readonly CheckItem[]>> };
  /** §5.1.b against the Standard's §9 list */
  readonly completeness: { readonly ref: string; readonly byApplicantType: Readonly<Record<ApplicantType, readonly CheckItem[]>> };
  /** §5.1.c: the fields compared with the registration data in БСАЖ АЖ / ИС ИНИС */
  readonly registryFields: { readonly ref: string; readonly fields: readonly RegistryField[] };
}

export interface FormField {
  readonly id: string;
  readonly label: Localized;
}

export interface OutgoingDocument {
  readonly id: string;
  readonly name: Localized;
  readonly ref: string;
  /** The fields (or journal columns) of a form the regulation prescribes, in printed order. */
  readonly fields?: readonly FormField[];
  readonly note?: Localized;
}

export interface RefusalGround {
  readonly code: string;
  /** Standard §10 */
  readonly ref: string;
  readonly text: Localized;
  readonly active: boolean;
}

export interface StageRole {
  readonly role: Role;
  readonly ref: string;
}

export interface ChannelInfo {
  readonly name: Localized;
  readonly ref: string;
}

export const noteKinds = ['unresolved', 'assumption'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** What the seed leaves open and what we decided, kept with the version it belongs to. */
export interface VersionNote {
  readonly id: string;
  readonly kind: NoteKind;
  readonly ref: string;
  readonly text: Localized;
}

export interface RegulationSource {
  /** The full citation, e.g. "Appendix 17 to Order No. 348 of 4 June 2015". */
  readonly act: Localized;
  readonly order: { readonly number: string; readonly date: IsoDate; readonly appendix: number };
  /** The service Standard the regulation rests on (its §9 and §10 are referred to, not quoted). */
  readonly standard: {
    readonly title: Localized;
    readonly order: { readonly number: string; readonly date: IsoDate };
    readonly stateRegisterNumber: string;
  };
  /** The language whose text prevails (the seed is Kazakh). */
  readonly authoritativeLanguage: Locale;
}

export interface RegulationVersion {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly title: Localized;
  /** The service's own name, as printed on forms. */
  readonly service: Localized;
  readonly effectiveFrom: IsoDate;
  /** Exclusive: the first day the version no longer applies. */
  readonly effectiveTo?: IsoDate;
  readonly source: RegulationSource;
  readonly channels: Readonly<Record<Channel, ChannelInfo>>;
  readonly procedures: readonly Procedure[];
  readonly intake: Intake;
  readonly processing: ProcessingRule;
  readonly checklists: Checklists;
  readonly outgoingDocuments: readonly OutgoingDocument[];
  readonly refusalGrounds: readonly RefusalGround[];
  readonly roles: Readonly<Record<OfficeStage, StageRole>>;
  readonly notes: readonly VersionNote[];
}
