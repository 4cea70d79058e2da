// zod schemas of commands and events, for the boundaries where they arrive as untrusted JSON: the
// api (commands from the renderer) and sync (events pushed by workstations, read back from storage).
// Strict objects: an unknown field is an error, not something to carry silently into the log.
import { z } from 'zod';
import { applicantTypes, channels, intakeSteps } from '../types';
import type { CaseCommand } from './commands';
import type { CaseEvent } from './events';

const text = z.string().max(2000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const officerId = z.number().int().positive();
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const channel = z.enum(channels);
const applicantType = z.enum(applicantTypes);
/** IIN/BIN: twelve digits (the checksum is the identifiers module's business). */
const taxpayerId = z.string().regex(/^\d{12}$/);
const step = z.enum(intakeSteps);
const registryCheck = z.enum(['match', 'mismatch']);
const signatureCheck = z.enum(['valid', 'invalid']);
const decision = z.enum(['certificate', 'refusal']);
const registration = { registrationNumber: text, registeredOn: date, deadline: date, regulationVersion: text };
const recipient = z.strictObject({ fullName: text, documentName: text, documentNumber: text, documentSeries: text.nullable() });

const commandSchemas = [
  z.strictObject({ type: z.literal('startIntake'), channel, applicantType, taxpayerId }),
  z.strictObject({ type: z.literal('completeIntakeStep'), step }),
  z.strictObject({ type: z.literal('recordRegistryCheck'), result: registryCheck }),
  z.strictObject({ type: z.literal('declineAcceptance'), reasonCode: text, note: text }),
  z.strictObject({ type: z.literal('register'), ...registration }),
  z.strictObject({ type: z.literal('receiveElectronic'), channel, applicantType, taxpayerId, signatureCheck, ...registration }),
  z.strictObject({ type: z.literal('assign'), officerId }),
  z.strictObject({ type: z.literal('saveDraft'), decision, documentHash: hash, refusalGrounds: z.array(text).max(50).optional() }),
  z.strictObject({ type: z.literal('submitForApproval') }),
  z.strictObject({ type: z.literal('approve'), documentHash: hash, signatureId: text }),
  z.strictObject({ type: z.literal('returnForRework'), comment: text }),
  z.strictObject({ type: z.literal('markReadyForIssue') }),
  z.strictObject({ type: z.literal('issue'), journalNumber: text, issuedOn: date, recipient }),
  z.strictObject({ type: z.literal('sendBack') }),
  z.strictObject({ type: z.literal('withdraw'), note: text }),
] as const;

const eventSchemas = [
  z.strictObject({ type: z.literal('case.intakeStarted'), channel: z.literal('office'), applicantType, taxpayerId }),
  z.strictObject({ type: z.literal('case.intakeStepCompleted'), step }),
  z.strictObject({ type: z.literal('case.registryChecked'), result: registryCheck }),
  z.strictObject({ type: z.literal('case.acceptanceDeclined'), reasonCode: text, note: text }),
  z.strictObject({ type: z.literal('case.registered'), ...registration }),
  z.strictObject({ type: z.literal('case.electronicReceived'), channel, applicantType, taxpayerId, signatureCheck, ...registration }),
  z.strictObject({ type: z.literal('case.assigned'), officerId }),
  z.strictObject({ type: z.literal('case.draftSaved'), decision, documentHash: hash, refusalGrounds: z.array(text).max(50), draftedBy: officerId }),
  z.strictObject({ type: z.literal('case.submittedForApproval') }),
  z.strictObject({ type: z.literal('case.approved'), documentHash: hash, signatureId: text, approvedBy: officerId }),
  z.strictObject({ type: z.literal('case.returnedForRework'), comment: text }),
  z.strictObject({ type: z.literal('case.markedReadyForIssue') }),
  z.strictObject({ type: z.literal('case.issued'), journalNumber: text, issuedOn: date, recipient }),
  z.strictObject({ type: z.literal('case.sentBack') }),
  z.strictObject({ type: z.literal('case.withdrawn'), note: text }),
] as const;

export const caseCommandSchema: z.ZodType<CaseCommand> = z.discriminatedUnion('type', commandSchemas);
export const caseEventSchema: z.ZodType<CaseEvent> = z.discriminatedUnion('type', eventSchemas);
