// Random officers' work for the convergence test: each action is what a front desk would do in
// the intake wizard (start, advance one step, register, decline), on any case of the office this
// desk knows — including cases another desk started, which is where desks collide.
import type { IntakeView } from '../../../../../../shared/api/intake';
import type { Connection } from '../../../../../../electron/core/context';
import type { Core } from '../../../../../../electron/core/core';
import { demoTaxpayer } from '../../../../../../electron/core/registry/taxpayerGenerator';
import { call } from '../../testCore';
import { allChecks, identityInPerson } from '../../intake/intakeDriver';

export type Outcome = 'done' | 'refused';

const individuals = Array.from({ length: 40 }, (_, i) => demoTaxpayer(i)).filter((t) => t.kind === 'iin');

export async function startIntake(core: Core, desk: Connection, pick: number): Promise<string | null> {
  const taxpayer = individuals[pick % individuals.length]!;
  const started = await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: taxpayer.id, applicantLocale: pick % 2 ? 'kk' : 'ru', presentedBy: 'applicant' });
  if (!started.ok) return null;
  const caseId = started.value.caseId;
  await call(core, desk, 'intake.saveForm', { caseId, patch: { ...identityInPerson, application: { taxpayerName: taxpayer.name, address: taxpayer.address } } });
  return caseId;
}

/** One step of the wizard on a case in intake; 'refused' when the desk's view of it is stale. */
export async function advance(core: Core, desk: Connection, caseId: string): Promise<Outcome> {
  const got = await call(core, desk, 'intake.get', { caseId });
  if (!got.ok) return 'refused';
  const view: IntakeView = got.value;
  const ok = (r: { ok: boolean }) => (r.ok ? 'done' : 'refused');
  switch (view.currentStep) {
    case '5.1.a':
      await call(core, desk, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.identity) } });
      return ok(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.a' }));
    case '5.1.b':
      await call(core, desk, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.completeness) } });
      return ok(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.b' }));
    case '5.1.c':
      if (view.registry.check === null) await call(core, desk, 'intake.recordRegistryCheck', { caseId, result: 'match' });
      return ok(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.c' }));
    case '5.1.d':
      return ok(await call(core, desk, 'intake.register', { caseId }));
    default:
      return 'refused';
  }
}

export async function decline(core: Core, desk: Connection, caseId: string): Promise<Outcome> {
  const r = await call(core, desk, 'intake.decline', { caseId, reasonCode: 'incomplete', note: 'Құжаттар толық емес' });
  return r.ok ? 'done' : 'refused';
}

/** Cases of the office in intake that this desk knows of. */
export function openIntakes(core: Core): string[] {
  return core.db.prepare("SELECT id FROM cases WHERE state = 'intake' AND channel = 'office' ORDER BY id").pluck().all() as string[];
}
