// intake.*: the front-desk acceptance of §5.1.a–f — start, the form typed at the desk, step
// timers, the registry match, registration with an offline-safe number, declining acceptance.
import { z } from 'zod';
import { applicantTypes } from '../../domain/types';
import { endpoint } from '../endpoint';
import { intakeFormPatchSchema, type IntakeView, type OpenIntake } from '../intake';
import { noInput } from './common';

const caseId = z.string().uuid();
const step = z.string().regex(/^\d+(\.\d+)*(\.[a-z])?$/).max(20);
const frontDesk = ['frontDesk'] as const;

export const intakeContract = {
  'intake.start': endpoint<IntakeView>()({
    input: z
      .object({
        applicantType: z.enum(applicantTypes),
        taxpayerId: z.string().trim().min(1).max(20),
        applicantLocale: z.enum(['kk', 'ru']).default('kk'),
        presentedBy: z.enum(['applicant', 'representative']).default('applicant'),
      })
      .strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.get': endpoint<IntakeView>()({ input: z.object({ caseId }).strict(), access: 'signedIn', mutates: false }),
  'intake.listOpen': endpoint<OpenIntake[]>()({ input: noInput, access: frontDesk, mutates: false }),
  'intake.saveForm': endpoint<IntakeView>()({
    input: z.object({ caseId, patch: intakeFormPatchSchema }).strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.timer': endpoint<IntakeView>()({
    input: z.object({ caseId, step, action: z.enum(['pause', 'resume']) }).strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.completeStep': endpoint<IntakeView>()({
    input: z.object({ caseId, step, overrunReason: z.string().trim().max(500).optional() }).strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.recordRegistryCheck': endpoint<IntakeView>()({
    input: z.object({ caseId, result: z.enum(['match', 'mismatch']), note: z.string().trim().max(1000).optional() }).strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.register': endpoint<IntakeView>()({ input: z.object({ caseId }).strict(), access: frontDesk, mutates: true }),
  'intake.printDocument': endpoint<IntakeView>()({
    input: z.object({ caseId, kind: z.enum(['secondCopyStamp', 'coupon', 'declineNotice']) }).strict(),
    access: frontDesk,
    mutates: true,
  }),
  'intake.decline': endpoint<IntakeView>()({
    input: z
      .object({
        caseId,
        reasonCode: z.string().trim().min(1).max(80),
        note: z.string().trim().min(1).max(2000),
        missingItems: z.array(z.string().max(80)).max(50).default([]),
      })
      .strict(),
    access: frontDesk,
    mutates: true,
  }),
} as const;
