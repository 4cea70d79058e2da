// Rules that relate one part of a regulation version to another, checked after the shape:
// ids unique and resolvable, the intake steps adding up to §5.1's total, every applicant type
// covered, at least one active refusal ground, the dates in order. A version that passes can
// be used by the workstation without further defensive checks.
import { roles } from '../roles';
import { applicantTypes } from '../types';
import { identityVariants, officeStages, requiredDocumentIds, type Norm, type OfficeStage, type Stage } from './model';
import { issue, type PathStep, type RegulationIssue } from './issues';
import { listNames, messages } from './messages';
import { secondsOf } from './norms';
import type { RegulationDraft } from './shape';

export function checkMeaning(draft: RegulationDraft): RegulationIssue[] {
  return [
    ...checkDates(draft),
    ...checkProcedures(draft),
    ...checkIntake(draft),
    ...checkProcessing(draft),
    ...checkChecklists(draft),
    ...checkDocuments(draft),
    ...checkRefusalGrounds(draft),
    ...uniqueIds(draft.notes, 'id', ['notes'], listNames.note),
  ];
}

function checkDates(draft: RegulationDraft): RegulationIssue[] {
  // ISO dates compare correctly as strings.
  const inOrder = draft.effectiveTo === undefined || draft.effectiveFrom < draft.effectiveTo;
  return inOrder ? [] : [issue(['effectiveTo'], messages.effectiveOrder())];
}

function checkProcedures(draft: RegulationDraft): RegulationIssue[] {
  const ids = new Set(draft.procedures.map((p) => p.id));
  const found = uniqueIds(draft.procedures, 'id', ['procedures'], listNames.procedure);
  draft.procedures.forEach((p, i) => {
    const at: PathStep[] = ['procedures', i];
    found.push(...checkNormAmount(p.norm, [...at, 'norm', 'amount']));
    if (p.withinTermOf !== undefined) {
      if (p.withinTermOf === p.id) found.push(issue([...at, 'withinTermOf'], messages.selfReference(p.id)));
      else if (!ids.has(p.withinTermOf)) found.push(issue([...at, 'withinTermOf'], messages.unknownProcedure(p.withinTermOf)));
    }
    // Every assumption must explain itself to the officer who sees the norm.
    if (p.normSource === 'assumed' && p.note === undefined) found.push(issue([...at, 'note'], messages.assumedNeedsNote()));
    // An officer's procedure must be done by the role the version assigns to its stage.
    const role = isOfficeStage(p.stage) ? draft.roles[p.stage].role : undefined;
    if (role !== undefined && isRoleActor(p.actor) && p.actor !== role) {
      found.push(issue([...at, 'actor'], messages.roleMismatch(p.id, p.actor, role)));
    }
  });
  return found;
}

// Timers count whole seconds; 1.5 minutes is fine, 0.01 minutes is not.
function checkNormAmount(norm: Norm, at: PathStep[]): RegulationIssue[] {
  const seconds = secondsOf(norm);
  if (seconds === null) return Number.isInteger(norm.amount) ? [] : [issue(at, messages.wholeDays())];
  return Number.isInteger(seconds) ? [] : [issue(at, messages.wholeSeconds())];
}

function checkIntake(draft: RegulationDraft): RegulationIssue[] {
  const byId = new Map(draft.procedures.map((p) => [p.id, p]));
  const found = uniqueIds(draft.intake.steps, 'procedureId', ['intake', 'steps'], listNames.intakeStep);
  let sum = 0;
  draft.intake.steps.forEach((step, i) => {
    const at: PathStep[] = ['intake', 'steps', i, 'procedureId'];
    const p = byId.get(step.procedureId);
    if (p === undefined) {
      found.push(issue(at, messages.unknownProcedure(step.procedureId)));
      return;
    }
    if (p.channel !== 'office' || p.stage !== 'acceptance') found.push(issue(at, messages.intakeStepNotAcceptance(p.id)));
    const seconds = secondsOf(p.norm);
    if (seconds === null) found.push(issue(at, messages.untimedNorm(p.id)));
    else sum += seconds;
  });
  const total = secondsOf(draft.intake.total);
  if (total === null) found.push(issue(['intake', 'total', 'unit'], messages.untimedNorm('§5.1')));
  // Only compare when every step resolved; otherwise the sum is meaningless and already reported.
  else if (found.length === 0 && sum !== total) {
    found.push(issue(['intake', 'total'], messages.intakeTotalMismatch(sum / 60, total / 60)));
  }
  return found;
}

function checkProcessing(draft: RegulationDraft): RegulationIssue[] {
  const { procedureId, deadlineCalendarDays } = draft.processing;
  const p = draft.procedures.find((x) => x.id === procedureId);
  const at: PathStep[] = ['processing'];
  if (p === undefined) return [issue([...at, 'procedureId'], messages.unknownProcedure(procedureId))];
  if (p.norm.unit !== 'calendarDays') return [issue([...at, 'procedureId'], messages.processingNotDays(p.id))];
  if (p.norm.amount !== deadlineCalendarDays) {
    return [issue([...at, 'deadlineCalendarDays'], messages.processingMismatch(deadlineCalendarDays, p.norm.amount))];
  }
  return [];
}

function checkChecklists(draft: RegulationDraft): RegulationIssue[] {
  const { identity, completeness, registryFields } = draft.checklists;
  const found: RegulationIssue[] = [];
  for (const variant of identityVariants) {
    found.push(...uniqueIds(identity.variants[variant], 'id', ['checklists', 'identity', 'variants', variant], listNames.checkItem));
  }
  for (const type of applicantTypes) {
    const at = ['checklists', 'completeness', 'byApplicantType', type];
    const list = completeness.byApplicantType[type];
    if (list === undefined) found.push(issue(at, messages.missingCompleteness(type)));
    else found.push(...uniqueIds(list, 'id', at, listNames.checkItem));
    if (!registryFields.fields.some((f) => f.appliesTo.includes(type))) {
      found.push(issue(['checklists', 'registryFields', 'fields'], messages.noRegistryField(type)));
    }
  }
  found.push(...uniqueIds(registryFields.fields, 'id', ['checklists', 'registryFields', 'fields'], listNames.registryField));
  return found;
}

function checkDocuments(draft: RegulationDraft): RegulationIssue[] {
  const found = uniqueIds(draft.outgoingDocuments, 'id', ['outgoingDocuments'], listNames.document);
  draft.outgoingDocuments.forEach((d, i) => {
    if (d.fields) found.push(...uniqueIds(d.fields, 'id', ['outgoingDocuments', i, 'fields'], listNames.formField));
  });
  for (const id of requiredDocumentIds) {
    if (!draft.outgoingDocuments.some((d) => d.id === id)) found.push(issue(['outgoingDocuments'], messages.missingDocument(id)));
  }
  return found;
}

function checkRefusalGrounds(draft: RegulationDraft): RegulationIssue[] {
  const found = uniqueIds(draft.refusalGrounds, 'code', ['refusalGrounds'], listNames.refusalGround);
  if (!draft.refusalGrounds.some((g) => g.active)) found.push(issue(['refusalGrounds'], messages.noActiveGround()));
  return found;
}

/** One issue per repeated id, pointing at the repetition (the first occurrence is the one kept). */
function uniqueIds<K extends string, T extends Record<K, string>>(
  items: readonly T[],
  key: K,
  at: PathStep[],
  what: { kk: string; ru: string },
): RegulationIssue[] {
  const seen = new Set<string>();
  const found: RegulationIssue[] = [];
  items.forEach((item, i) => {
    const id = item[key];
    if (seen.has(id)) found.push(issue([...at, i, key], messages.duplicateId(what, id)));
    seen.add(id);
  });
  return found;
}

const isOfficeStage = (stage: Stage): stage is OfficeStage => (officeStages as readonly string[]).includes(stage);
const isRoleActor = (actor: string): boolean => (roles as readonly string[]).includes(actor);
