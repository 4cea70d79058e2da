// A pushed 'case.event' mutation, judged like the central system would: the payload's envelope
// must be the workstation's own, a state-machine event must be exactly what the shared `decide`
// produces for the central copy of the case and the acting officer (`validateEvent`), and what
// the machine cannot know is checked here: the registration number belongs to the
// workstation's range and to no other case, and an electronic application is the one the centre
// delivered, with the signature verdict it deserves. Auxiliary facts (step timers, form saves,
// documents) join an existing case's log without changing its state.
import { z } from 'zod';
import { initialCase, validateEvent, type CaseActor, type CaseEvent } from '../../../shared/domain/cases';
import { limits, type Mutation } from '../../../shared/sync/protocol';
import { findApplication } from '../store/applications';
import { appendCaseEvent, eventExists, loadCase } from '../store/cases';
import type { CentralContext } from '../store/context';
import type { CentralOfficer, Workstation } from '../store/directory';
import { findTaxpayer } from '../store/registry';
import { workstationRange } from './lease';
import { rejected, type Outcome } from './outcome';

const uuid = z.string().uuid();

/**
 * The workstation logs `{ caseId, eventId, seq, at, workstationId, event }` (caseStore.ts); the
 * protocol requires `{ eventId, at, event }`. `caseInfo` may come with a case's first event (what
 * the other desks of the office need and events do not carry).
 */
const payloadSchema = z
  .object({
    caseId: uuid.optional(),
    eventId: uuid,
    seq: z.number().int().positive().optional(),
    at: z.string().datetime({ offset: true }),
    workstationId: uuid.optional(),
    event: z.object({ type: z.string().min(1).max(100) }).passthrough(),
    caseInfo: z.object({ taxpayerName: z.string().max(500), applicantLocale: z.enum(['kk', 'ru']) }).strict().optional(),
  })
  .strict();

/** Auxiliary facts: `step.started`, `intake.formSaved`, `document.created`, … (`case.*` is the machine's). */
const auxiliaryType = /^[a-z][a-zA-Z]*\.[a-zA-Z][a-zA-Z.]*$/;

const numberPattern = /^(\d{4})-(\d{4})-(\d{7})$/;

export function processCaseEvent(ctx: CentralContext, ws: Workstation, officer: CentralOfficer | null, m: Mutation): Outcome {
  const parsed = payloadSchema.safeParse(m.payload);
  if (!parsed.success || m.caseId === null) return rejected('malformedMutation');
  const p = parsed.data;
  if ((p.caseId !== undefined && p.caseId !== m.caseId) || (p.workstationId !== undefined && p.workstationId !== ws.id)) {
    return rejected('malformedMutation');
  }
  if (JSON.stringify(p.event).length > limits.text) return rejected('malformedMutation');
  if (eventExists(ctx, p.eventId)) return rejected('duplicateEvent');
  const existing = loadCase(ctx, m.caseId);
  // Another office's case is not this workstation's to see, let alone change.
  if (existing && existing.officeCode !== ws.officeCode) return rejected('unknownCase');
  const acting = officer ? { id: officer.id, iin: officer.iin } : null;
  const base = { caseId: m.caseId, eventId: p.eventId, at: p.at, officer: acting, workstationId: ws.id };

  if (!p.event.type.startsWith('case.')) {
    if (!auxiliaryType.test(p.event.type)) return rejected('malformedMutation');
    if (!existing) return rejected('unknownCase');
    return { status: 'applied', serverPos: appendCaseEvent(ctx, { ...base, event: p.event }) };
  }

  const electronic = p.event.type === 'case.electronicReceived';
  // Only the central system receives electronic applications; the desk records the delivery.
  if (!officer && !electronic) return rejected('unknownOfficer');
  const actor: CaseActor = electronic || !officer ? { kind: 'system' } : { kind: 'officer', id: officer.id, role: officer.role };
  const decided = validateEvent(existing?.snapshot ?? initialCase(), p.event, actor);
  if (!decided.ok) return { status: 'rejected', code: decided.reason, message: decided.message };
  const event = decided.event;

  const extra = electronic ? checkElectronic(ctx, ws, m.caseId, event) : event.type === 'case.registered' ? checkNumber(ctx, ws, event) : null;
  if (extra) return extra;
  if (event.type === 'case.registered') recordNumber(ctx, ws, m.caseId, event.registrationNumber);

  const create = existing ? undefined : { officeCode: ws.officeCode, ...caseInfo(ctx, m.caseId, event, p.caseInfo) };
  const serverPos = appendCaseEvent(ctx, { ...base, event: event as CaseEvent & Record<string, unknown>, next: decided.next, create });
  return { status: 'applied', serverPos };
}

function caseInfo(
  ctx: CentralContext,
  caseId: string,
  event: CaseEvent,
  given: { taxpayerName: string; applicantLocale: 'kk' | 'ru' } | undefined,
): { taxpayerName: string; applicantLocale: 'kk' | 'ru' } {
  if (given) return given;
  // Without caseInfo the centre names the taxpayer from what it knows; the locale defaults to
  // the state language.
  const fromApplication = event.type === 'case.electronicReceived' ? findApplication(ctx, caseId)?.taxpayerName : undefined;
  const taxpayerId = 'taxpayerId' in event ? event.taxpayerId : null;
  const fromRegistry = taxpayerId ? findTaxpayer(ctx, taxpayerId)?.name : undefined;
  return { taxpayerName: fromApplication ?? fromRegistry ?? '', applicantLocale: 'kk' };
}

function checkElectronic(ctx: CentralContext, ws: Workstation, caseId: string, event: CaseEvent): Outcome | null {
  if (event.type !== 'case.electronicReceived') return null;
  const app = findApplication(ctx, caseId);
  if (!app || app.officeCode !== ws.officeCode) return rejected('unknownApplication');
  const same =
    event.channel === app.channel &&
    event.applicantType === app.applicantType &&
    event.taxpayerId === app.taxpayerId &&
    event.registrationNumber === app.registrationNumber &&
    event.registeredOn === app.registeredOn;
  if (!same) return rejected('applicationMismatch');
  if (event.signatureCheck !== app.expectedSignatureCheck) return rejected('signatureCheckMismatch');
  return null;
}

function parseNumber(number: string): { office: string; year: number; seq: number } | null {
  const match = numberPattern.exec(number);
  return match ? { office: match[1] as string, year: Number(match[2]), seq: Number(match[3]) } : null;
}

/** §5.1.d offline: the number must come from this workstation's range and be new. */
function checkNumber(ctx: CentralContext, ws: Workstation, event: CaseEvent): Outcome | null {
  if (event.type !== 'case.registered') return null;
  const n = parseNumber(event.registrationNumber);
  const { first, last } = workstationRange(ws.number);
  if (!n || n.office !== ws.officeCode || n.year !== Number(event.registeredOn.slice(0, 4)) || n.seq < first || n.seq > last) {
    return rejected('foreignNumber');
  }
  const taken = ctx.db.prepare('SELECT 1 FROM registration_numbers WHERE number = ?').get(event.registrationNumber);
  return taken ? rejected('duplicateNumber') : null;
}

function recordNumber(ctx: CentralContext, ws: Workstation, caseId: string, number: string): void {
  const n = parseNumber(number);
  if (!n) return;
  ctx.db.prepare('INSERT INTO registration_numbers (number, case_id, office_code, year, seq) VALUES (?, ?, ?, ?, ?)').run(number, caseId, ws.officeCode, n.year, n.seq);
}
