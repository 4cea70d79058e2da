// Assembles what the intake wizard shows for one case: the steps of its regulation version with
// their timers and what each still needs, the form, the checklists, the registry comparison and
// the registration. Everything is derived from the case's log and projections, at the core's clock.
import type { IntakeForm, IntakeStepState, IntakeView } from '../../../shared/api/intake';
import { intakeTotals, stepTimings, type StepEvent } from '../../../shared/domain/norms';
import { intakeSteps, regulationForCase, type RegulationVersion } from '../../../shared/domain/regulation';
import type { ApplicantType } from '../../../shared/domain/types';
import { dateInWords } from '../../../shared/i18n/dates';
import { caseEvents, requireCase, type StoredCase } from '../cases/caseStore';
import type { Officer } from '../context';
import { regulationVersions } from '../reference/referenceData';
import { taxpayerLookup } from '../registry/registryCache';
import type { Db } from '../store/database';
import { kzDate } from '../time';
import { compareWithRegistry } from './registryMatch';
import { completenessChecklist, identityChecklist, stepProblems } from './stepRules';

export const stepEventTypes = ['step.started', 'step.paused', 'step.resumed', 'step.completed'] as const;

export interface DeadlineComputed {
  type: 'intake.deadlineComputed';
  nominal: string;
  due: string;
  moved: boolean;
  rule: string;
  calendarVersion: string;
}

export function loadForm(db: Db, caseId: string): IntakeForm {
  const json = db.prepare('SELECT form FROM intake_forms WHERE case_id = ?').pluck().get(caseId) as string | undefined;
  return json ? (JSON.parse(json) as IntakeForm) : {};
}

/** The kinds of documents already made for the case (e.g. the stamp and the coupon). */
export function documentsOf(db: Db, caseId: string): { kind: string; id: string }[] {
  return db.prepare('SELECT kind, id FROM documents WHERE case_id = ? ORDER BY created_at').all(caseId) as { kind: string; id: string }[];
}

/** The version governing the case: pinned at start (and again at registration). */
export function caseRegulation(db: Db, stored: StoredCase): RegulationVersion {
  return regulationForCase(regulationVersions(db), {
    registeredOn: stored.row.registered_at ?? kzDate(new Date(stored.row.created_at)),
    ...(stored.row.regulation_version ? { pinnedVersionId: stored.row.regulation_version } : {}),
  });
}

export function buildIntakeView(db: Db, officer: Officer, caseId: string, now: Date): IntakeView {
  return intakeViewOf(db, requireCase(db, caseId, officer), now);
}

/** The view of a case already loaded (and checked to belong to the officer's office). */
export function intakeViewOf(db: Db, stored: StoredCase, now: Date): IntakeView {
  const { row, snapshot } = stored;
  const caseId = row.id;
  const regulation = caseRegulation(db, stored);
  const applicantType = row.applicant_type as ApplicantType;
  const form = loadForm(db, caseId);
  const steps = intakeSteps(regulation);
  const norms = steps.map((s) => ({ id: s.id, normSeconds: s.normSeconds }));
  const events = caseEvents<StepEvent>(db, caseId, stepEventTypes);
  const timings = stepTimings(events, norms, now.toISOString());
  const documents = documentsOf(db, caseId);
  const printed = new Set(documents.map((d) => d.kind));
  const today = kzDate(now);
  const context = { regulation, applicantType, form, snapshot, today, printed };

  const stepStates: IntakeStepState[] = steps.map((step, i) => {
    const timing = timings[i]!;
    return {
      id: step.id,
      kind: step.kind,
      ref: step.ref,
      title: step.title,
      normSeconds: step.normSeconds,
      status: timing.status,
      activeSeconds: timing.activeSeconds,
      pausedSeconds: timing.pausedSeconds,
      overrunSeconds: timing.overrunSeconds,
      overrunReason: timing.overrunReason ?? null,
      problems: timing.status === 'completed' ? [] : stepProblems(step.kind, context),
    };
  });
  const open = snapshot.state === 'declined' || snapshot.state === 'withdrawn' ? undefined : stepStates.find((s) => s.status !== 'completed');

  const record = taxpayerLookup(db)(row.taxpayer_id);
  const deadline = caseEvents<DeadlineComputed>(db, caseId, ['intake.deadlineComputed']).at(-1);
  const registration = snapshot.registration;

  return {
    caseId,
    state: snapshot.state,
    applicantType,
    taxpayerId: row.taxpayer_id,
    applicantLocale: row.applicant_locale,
    regulationVersion: regulation.id,
    steps: stepStates,
    currentStep: open?.id ?? null,
    form,
    checklists: { identity: identityChecklist(regulation, applicantType, form), completeness: completenessChecklist(regulation, applicantType, form) },
    registry: {
      found: record !== null,
      name: record?.name ?? null,
      cachedAt: record?.cachedAt ?? null,
      ageDays: record ? Math.floor((now.getTime() - Date.parse(record.cachedAt)) / 86_400_000) : null,
      rows: compareWithRegistry(regulation, applicantType, row.taxpayer_id, form, record),
      check: snapshot.registryCheck,
    },
    registration: registration
      ? {
          number: registration.number,
          registeredOn: registration.registeredOn,
          deadline: registration.deadline,
          deadlineInWords: { kk: dateInWords('kk', registration.deadline), ru: dateInWords('ru', registration.deadline) },
          calendarVersion: deadline?.calendarVersion ?? row.calendar_version ?? '',
          moved: deadline?.moved ?? false,
        }
      : null,
    declined: snapshot.declined,
    documents,
    totals: intakeTotals(events, norms, now.toISOString(), regulation.intake.total.amount * (regulation.intake.total.unit === 'minutes' ? 60 : 1)),
    serverTime: now.toISOString(),
  };
}
