// intake.* handlers: the front desk's §5.1 wizard. Each mutating call runs one transaction
// (events, outbox, projections, audit) and answers with the fresh intake view.
import type { IntakeView, OpenIntake } from '../../../shared/api/intake';
import { nextIntakeStep, type CaseSnapshot } from '../../../shared/domain/cases';
import type { HandlerContext, HandlerMap } from '../context';
import { appendEvent, caseEvents, requireCase } from '../cases/caseStore';
import { createDocument } from '../documents/store';
import { intakeDocumentData } from '../intake/intakeDocuments';
import { buildIntakeView, caseRegulation, documentsOf, loadForm } from '../intake/intakeView';
import { kzLocalTime } from '../time';
import * as intake from '../intake/intakeService';

type IntakeName =
  | 'intake.start'
  | 'intake.get'
  | 'intake.listOpen'
  | 'intake.saveForm'
  | 'intake.timer'
  | 'intake.completeStep'
  | 'intake.recordRegistryCheck'
  | 'intake.register'
  | 'intake.decline'
  | 'intake.printDocument';

/** Runs an intake operation in one transaction and returns the case's view after it. */
function mutate(ctx: HandlerContext, run: (deps: intake.IntakeDeps) => string): IntakeView {
  const officer = ctx.actor();
  const now = ctx.clock.now();
  const caseId = ctx.write((audit) =>
    run({ write: { db: ctx.db, now, officer, workstationId: ctx.workstation.workstationId }, audit, leaser: ctx.numberLeaser }),
  );
  return buildIntakeView(ctx.db, officer, caseId, now);
}

export const intakeHandlers: HandlerMap<IntakeName> = {
  async 'intake.start'(ctx, input) {
    return mutate(ctx, (deps) => intake.startIntake(deps, input));
  },
  async 'intake.get'(ctx, { caseId }) {
    return buildIntakeView(ctx.db, ctx.actor(), caseId, ctx.clock.now());
  },
  async 'intake.listOpen'(ctx) {
    const officer = ctx.actor();
    const rows = ctx.db
      .prepare(
        `SELECT id, taxpayer_id, taxpayer_name, state, snapshot, updated_at FROM cases
         WHERE office_id = ? AND created_by = ? AND channel = 'office' AND state IN ('intake', 'registered')
         ORDER BY updated_at DESC LIMIT 50`,
      )
      .all(officer.officeId, officer.id) as { id: string; taxpayer_id: string; taxpayer_name: string; state: string; snapshot: string; updated_at: string }[];
    return rows
      .map((r): OpenIntake & { done: boolean } => {
        const snapshot = JSON.parse(r.snapshot) as CaseSnapshot;
        const next = nextIntakeStep(snapshot);
        return {
          caseId: r.id,
          taxpayerId: r.taxpayer_id,
          taxpayerName: r.taxpayer_name,
          state: r.state,
          currentStep: next,
          updatedAt: r.updated_at,
          done: next === null,
        };
      })
      .filter((r) => !r.done)
      .map(({ done: _done, ...r }) => r);
  },
  async 'intake.saveForm'(ctx, { caseId, patch }) {
    return mutate(ctx, (deps) => (intake.saveForm(deps, caseId, patch), caseId));
  },
  async 'intake.timer'(ctx, { caseId, step, action }) {
    return mutate(ctx, (deps) => (intake.timer(deps, caseId, step, action), caseId));
  },
  async 'intake.completeStep'(ctx, { caseId, step, overrunReason }) {
    return mutate(ctx, (deps) => (intake.completeStep(deps, caseId, step, overrunReason), caseId));
  },
  async 'intake.recordRegistryCheck'(ctx, { caseId, result, note }) {
    return mutate(ctx, (deps) => (intake.recordRegistryCheck(deps, caseId, result, note), caseId));
  },
  async 'intake.register'(ctx, { caseId }) {
    return mutate(ctx, (deps) => (intake.register(deps, caseId), caseId));
  },
  async 'intake.decline'(ctx, { caseId, ...input }) {
    return mutate(ctx, (deps) => (intake.decline(deps, caseId, input), caseId));
  },
  async 'intake.printDocument'(ctx, { caseId, kind }) {
    const officer = ctx.actor();
    const now = ctx.clock.now();
    const stored = requireCase(ctx.db, caseId, officer);
    const existing = documentsOf(ctx.db, caseId).find((d) => d.kind === kind);
    if (existing) {
      // Printing again prints the same stored document: one number, one stamp, one coupon.
      ctx.write((audit) => audit({ action: 'intake.reprintDocument', caseId, details: { kind, documentId: existing.id } }));
      return buildIntakeView(ctx.db, officer, caseId, now);
    }
    const data = intakeDocumentData(kind, {
      stored,
      regulation: caseRegulation(ctx.db, stored),
      form: loadForm(ctx.db, caseId),
      officer,
      workstation: ctx.workstation,
      localTime: kzLocalTime(now),
      missingItems: caseEvents<{ type: string; missingItems: string[] }>(ctx.db, caseId, ['intake.declineDetails']).at(-1)?.missingItems ?? [],
    });
    const renderer = await ctx.documentRenderer();
    const write = { db: ctx.db, now, officer, workstationId: ctx.workstation.workstationId };
    await createDocument(ctx.db, renderer, { caseId, kind, data, regulationVersion: caseRegulation(ctx.db, stored).id, createdBy: officer.id }, now, (insert) =>
      ctx.write((audit) => {
        const document = insert();
        appendEvent(write, caseId, { type: 'document.created', kind, documentId: document.id, dataSha256: document.dataSha256 });
        audit({ action: 'intake.printDocument', caseId, details: { kind, documentId: document.id } });
        return document;
      }),
    );
    return buildIntakeView(ctx.db, officer, caseId, now);
  },
};
