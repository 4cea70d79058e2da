// The zod shape of a regulation version as it travels in JSON. Objects are strict: a misspelt
// key in a hand-edited file is an error, not a silently ignored value. Rules that relate one
// part of the version to another live in semantics.ts.
import { z } from 'zod';
import { roles } from '../roles';
import { locales } from '../text';
import { applicantTypes, channels } from '../types';
import {
  actors,
  identityVariants,
  intakeStepKinds,
  normSources,
  normUnits,
  noteKinds,
  officeStages,
  stages,
} from './model';

// Blank texts are refused without trimming: what is loaded must export byte for byte as it came.
const text = z.string().refine((s) => s.trim() !== '', { params: { blank: true } });
const identifier = z.string().min(1).regex(/^\S+$/);
const isoDate = z.iso.date();
const localized = z.strictObject({ kk: text, ru: text });

const norm = z.strictObject({ amount: z.number().positive(), unit: z.enum(normUnits) });

const procedure = z.strictObject({
  id: identifier,
  ref: text,
  channel: z.enum(channels),
  stage: z.enum(stages),
  actor: z.enum(actors),
  title: localized,
  description: localized,
  norm,
  normSource: z.enum(normSources),
  withinTermOf: identifier.optional(),
  note: localized.optional(),
});

const checkItem = z.strictObject({
  id: identifier,
  text: localized,
  required: z.boolean(),
  onlyWhen: z.literal('representative').optional(),
});
const checkList = z.array(checkItem).min(1);

const registryField = z.strictObject({
  id: identifier,
  label: localized,
  appliesTo: z.array(z.enum(applicantTypes)).min(1),
});

const formField = z.strictObject({ id: identifier, label: localized });

const channelInfo = z.strictObject({ name: localized, ref: text });
const stageRole = z.strictObject({ role: z.enum(roles), ref: text });

export const regulationVersionShape = z.strictObject({
  schemaVersion: z.literal(1),
  id: identifier,
  title: localized,
  service: localized,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  source: z.strictObject({
    act: localized,
    order: z.strictObject({ number: text, date: isoDate, appendix: z.number().int().positive() }),
    standard: z.strictObject({
      title: localized,
      order: z.strictObject({ number: text, date: isoDate }),
      stateRegisterNumber: text,
    }),
    authoritativeLanguage: z.enum(locales),
  }),
  channels: z.record(z.enum(channels), channelInfo),
  procedures: z.array(procedure).min(1),
  intake: z.strictObject({
    ref: text,
    total: norm,
    steps: z.array(z.strictObject({ procedureId: identifier, kind: z.enum(intakeStepKinds) })).min(1),
  }),
  processing: z.strictObject({
    procedureId: identifier,
    ref: text,
    deadlineCalendarDays: z.number().int().positive(),
    moveToNextWorkingDay: z.boolean(),
  }),
  checklists: z.strictObject({
    identity: z.strictObject({ ref: text, variants: z.record(z.enum(identityVariants), checkList) }),
    // Partial on purpose: a missing applicant type gets its own readable message (semantics.ts).
    completeness: z.strictObject({ ref: text, byApplicantType: z.partialRecord(z.enum(applicantTypes), checkList) }),
    registryFields: z.strictObject({ ref: text, fields: z.array(registryField).min(1) }),
  }),
  outgoingDocuments: z.array(
    z.strictObject({
      id: identifier,
      name: localized,
      ref: text,
      fields: z.array(formField).min(1).optional(),
      note: localized.optional(),
    }),
  ),
  refusalGrounds: z.array(z.strictObject({ code: identifier, ref: text, text: localized, active: z.boolean() })).min(1),
  roles: z.record(z.enum(officeStages), stageRole),
  notes: z.array(z.strictObject({ id: identifier, kind: z.enum(noteKinds), ref: text, text: localized })),
});

/** A version whose shape is right but whose meaning is not yet checked. */
export type RegulationDraft = z.infer<typeof regulationVersionShape>;
