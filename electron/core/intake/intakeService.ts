// The front-desk intake operations (§5.1.a–f) on the case store: start, save the form as it is
// typed, pause/resume a step, complete a step, record the registry match, register with an
// offline-safe number and the deadline, decline acceptance. Each runs in one transaction with
// its events, outbox rows and audit entry; a refused operation changes nothing.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../../shared/api';
import { mergeIntakeForm, type IntakeFormPatch } from '../../../shared/api/intake';
import { initialCase, nextIntakeStep } from '../../../shared/domain/cases';
import { computeDeadline } from '../../../shared/domain/calendar';
import { validateTaxpayerId } from '../../../shared/domain/identifiers';
import { intakeSteps, regulationInForce, type RegulationVersion } from '../../../shared/domain/regulation';
import type { ApplicantType, IntakeStepId } from '../../../shared/domain/types';
import { localized } from '../../../shared/i18n';
import { appendEvent, insertCase, requireCase, runCommand, type StoredCase, type WriteContext } from '../cases/caseStore';
import type { AuditWrite } from '../context';
import { issueNumber, type NumberLeaser } from '../numbers/blocks';
import { currentCalendar, regulationVersions } from '../reference/referenceData';
import { taxpayerLookup } from '../registry/registryCache';
import { kzDate } from '../time';
import { caseRegulation, intakeViewOf, loadForm, type DeadlineComputed } from './intakeView';
import { stepProblems } from './stepRules';

const idKind: Record<ApplicantType, 'iin' | 'bin'> = {
  individual: 'iin',
  individualEntrepreneur: 'iin',
  legalEntity: 'bin',
  foreignEntityEffectiveManagement: 'bin',
};

const isIntakeStep = (id: string): id is IntakeStepId => /^5\.1\.[a-f]$/.test(id);

export interface IntakeDeps {
  write: WriteContext;
  audit: AuditWrite;
  leaser: NumberLeaser | null;
}

function requireCurrentStep(deps: IntakeDeps, stored: StoredCase, step: string): void {
  const current = intakeViewOf(deps.write.db, stored, deps.write.now).currentStep;
  if (current !== step) {
    throw new DeskError('refused', { step, current }, undefined, localized('intake.problem.notCurrentStep', { step: current ?? '—' }));
  }
}

function requireIntakeState(stored: StoredCase): void {
  if (stored.snapshot.state !== 'intake') throw new DeskError('refused', { state: stored.snapshot.state }, undefined, localized('intake.notInIntake'));
}

function nextStepAfter(regulation: RegulationVersion, step: string): string | null {
  const ids = intakeSteps(regulation).map((s) => s.id);
  return ids[ids.indexOf(step) + 1] ?? null;
}

export function startIntake(
  deps: IntakeDeps,
  input: { applicantType: ApplicantType; taxpayerId: string; applicantLocale: 'kk' | 'ru'; presentedBy: 'applicant' | 'representative' },
): string {
  const { db, now } = deps.write;
  const today = kzDate(now);
  const check = validateTaxpayerId(input.taxpayerId, idKind[input.applicantType], { today });
  if (!check.ok) {
    throw new DeskError('invalid_input', { issues: check.reasons.map((r) => ({ path: ['taxpayerId'], message: r.message })) });
  }
  const regulation = regulationInForce(regulationVersions(db), today);
  const record = taxpayerLookup(db)(check.value);
  const caseId = randomUUID();
  insertCase(
    deps.write,
    {
      id: caseId,
      channel: 'office',
      applicantType: input.applicantType,
      taxpayerId: check.value,
      taxpayerName: record?.name ?? '',
      applicantLocale: input.applicantLocale,
      regulationVersion: regulation.id,
    },
    initialCase(),
  );
  runCommand(deps.write, caseId, initialCase(), { type: 'startIntake', channel: 'office', applicantType: input.applicantType, taxpayerId: check.value });
  const patch: IntakeFormPatch = { presentedBy: input.presentedBy };
  saveFormPatch(deps, caseId, patch);
  const first = intakeSteps(regulation)[0]!;
  appendEvent(deps.write, caseId, { type: 'step.started', step: first.id, at: now.toISOString() });
  deps.audit({ action: 'intake.start', caseId, details: { applicantType: input.applicantType, taxpayerId: check.value, regulation: regulation.id } });
  return caseId;
}

function saveFormPatch(deps: IntakeDeps, caseId: string, patch: IntakeFormPatch): void {
  const { db, now } = deps.write;
  const form = mergeIntakeForm(loadForm(db, caseId), patch);
  db.prepare(
    `INSERT INTO intake_forms (case_id, form, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(case_id) DO UPDATE SET form = excluded.form, updated_at = excluded.updated_at`,
  ).run(caseId, JSON.stringify(form), now.toISOString());
  if (patch.application?.taxpayerName) db.prepare('UPDATE cases SET taxpayer_name = ? WHERE id = ?').run(patch.application.taxpayerName, caseId);
  appendEvent(deps.write, caseId, { type: 'intake.formSaved', patch });
}

export function saveForm(deps: IntakeDeps, caseId: string, patch: IntakeFormPatch): void {
  const stored = requireCase(deps.write.db, caseId, deps.write.officer);
  requireIntakeState(stored);
  saveFormPatch(deps, caseId, patch);
  deps.audit({ action: 'intake.saveForm', caseId, details: { fields: Object.keys(patch) } });
}

export function timer(deps: IntakeDeps, caseId: string, step: string, action: 'pause' | 'resume'): void {
  const stored = requireCase(deps.write.db, caseId, deps.write.officer);
  requireCurrentStep(deps, stored, step);
  appendEvent(deps.write, caseId, { type: action === 'pause' ? 'step.paused' : 'step.resumed', step, at: deps.write.now.toISOString() });
  deps.audit({ action: `intake.${action}`, caseId, details: { step } });
}

export function completeStep(deps: IntakeDeps, caseId: string, step: string, overrunReason: string | undefined): void {
  const { db, now } = deps.write;
  const stored = requireCase(db, caseId, deps.write.officer);
  requireCurrentStep(deps, stored, step);
  const regulation = caseRegulation(db, stored);
  const state = intakeViewOf(db, stored, now).steps.find((s) => s.id === step)!;
  if (state.kind === 'registration' || state.problems.length > 0) {
    throw new DeskError('refused', { step, problems: state.problems }, undefined, localized('intake.stepIncomplete', { step: state.ref }));
  }
  // §5.1.a–c and e–f are state-machine steps; §5.1.d is completed by registering.
  if (isIntakeStep(step) && nextIntakeStep(stored.snapshot) === step) {
    runCommand(deps.write, caseId, stored.snapshot, { type: 'completeIntakeStep', step });
  }
  finishStep(deps, caseId, regulation, step, overrunReason);
  deps.audit({ action: 'intake.completeStep', caseId, details: { step, ...(overrunReason ? { overrunReason } : {}) } });
}

/** Stops the step's timer and starts the next step's. */
function finishStep(deps: IntakeDeps, caseId: string, regulation: RegulationVersion, step: string, overrunReason?: string): void {
  const at = deps.write.now.toISOString();
  appendEvent(deps.write, caseId, { type: 'step.completed', step, at, ...(overrunReason ? { overrunReason } : {}) });
  const next = nextStepAfter(regulation, step);
  if (next) appendEvent(deps.write, caseId, { type: 'step.started', step: next, at });
}

export function recordRegistryCheck(deps: IntakeDeps, caseId: string, result: 'match' | 'mismatch', note: string | undefined): void {
  const stored = requireCase(deps.write.db, caseId, deps.write.officer);
  runCommand(deps.write, caseId, stored.snapshot, { type: 'recordRegistryCheck', result });
  if (note !== undefined) saveFormPatch(deps, caseId, { registryNote: note || null });
  deps.audit({ action: 'intake.recordRegistryCheck', caseId, details: { result } });
}

/**
 * §5.1.d: takes the next number of this workstation's leased blocks (no network needed), pins the
 * regulation version in force today, computes the deadline with the current calendar.
 */
export function register(deps: IntakeDeps, caseId: string): void {
  const { db, now, officer } = deps.write;
  const stored = requireCase(db, caseId, officer);
  const registrationStep = intakeSteps(caseRegulation(db, stored)).find((s) => s.kind === 'registration')!;
  requireCurrentStep(deps, stored, registrationStep.id);
  const today = kzDate(now);
  const regulation = regulationInForce(regulationVersions(db), today);
  const calendar = currentCalendar(db);
  const deadline = computeDeadline(
    { registeredOn: today, calendarDays: regulation.processing.deadlineCalendarDays, moveToNextWorkingDay: regulation.processing.moveToNextWorkingDay },
    calendar,
  );
  // Refuse before taking a number: a number is never taken for a registration that fails.
  const problems = stepProblems('registryMatch', {
    regulation,
    applicantType: stored.row.applicant_type as ApplicantType,
    form: loadForm(db, caseId),
    snapshot: stored.snapshot,
    today,
    printed: new Set(),
  });
  if (stored.snapshot.registryCheck !== 'match' || problems.length > 0) {
    throw new DeskError('refused', { problems }, undefined, localized('intake.problem.registryMismatch'));
  }
  const number = issueNumber(db, { officeCode: officer.office.code, year: Number(today.slice(0, 4)), caseId, officerId: officer.id, now }, deps.leaser);
  runCommand(deps.write, caseId, stored.snapshot, {
    type: 'register',
    registrationNumber: number,
    registeredOn: today,
    deadline: deadline.due,
    regulationVersion: regulation.id,
  });
  const form = loadForm(db, caseId);
  db.prepare('UPDATE cases SET calendar_version = ?, taxpayer_name = coalesce(nullif(?, \'\'), taxpayer_name) WHERE id = ?').run(
    deadline.calendarVersion,
    form.application?.taxpayerName ?? '',
    caseId,
  );
  const computed: DeadlineComputed = {
    type: 'intake.deadlineComputed',
    nominal: deadline.nominal,
    due: deadline.due,
    moved: deadline.moved,
    rule: deadline.rule,
    calendarVersion: deadline.calendarVersion,
  };
  appendEvent(deps.write, caseId, computed);
  finishStep(deps, caseId, regulation, registrationStep.id);
  deps.audit({ action: 'intake.register', caseId, details: { number, deadline: deadline.due, regulation: regulation.id, calendar: deadline.calendarVersion } });
}

export function decline(deps: IntakeDeps, caseId: string, input: { reasonCode: string; note: string; missingItems: string[] }): void {
  const { db, now } = deps.write;
  const stored = requireCase(db, caseId, deps.write.officer);
  requireIntakeState(stored);
  const current = intakeViewOf(db, stored, now).currentStep;
  runCommand(deps.write, caseId, stored.snapshot, { type: 'declineAcceptance', reasonCode: input.reasonCode, note: input.note });
  appendEvent(deps.write, caseId, { type: 'intake.declineDetails', missingItems: input.missingItems });
  // The step during which acceptance was declined ends here; no next step starts.
  if (current) appendEvent(deps.write, caseId, { type: 'step.completed', step: current, at: now.toISOString() });
  deps.audit({ action: 'intake.decline', caseId, details: { reasonCode: input.reasonCode, missingItems: input.missingItems } });
}
