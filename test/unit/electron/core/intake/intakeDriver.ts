// Test helper: drives the §5.1 intake through the core's api, as the wizard would.
import type { IntakeView } from '../../../../../shared/api/intake';
import type { Connection } from '../../../../../electron/core/context';
import type { Core } from '../../../../../electron/core/core';
import { demoTaxpayer } from '../../../../../electron/core/registry/taxpayerGenerator';
import { call, expectOk } from '../testCore';

export const individual = demoTaxpayer(0);
export const entity = demoTaxpayer(4);

export const identityInPerson = {
  presentedBy: 'applicant' as const,
  person: { surname: 'Нұрланов', givenName: 'Ерлан', patronymic: 'Болатұлы' },
  identityDocument: { type: 'idCard' as const, number: '049876543', issuer: 'ҚР ІІМ', issuedOn: '2020-05-04', expiresOn: '2030-05-03' },
};

/** Ticks every required item of a checklist. */
export const allChecks = (items: { id: string }[]) => Object.fromEntries(items.map((i) => [i.id, true]));

export async function completeThroughRegistration(core: Core, connection: Connection, taxpayer = individual, applicantLocale: 'kk' | 'ru' = 'kk'): Promise<IntakeView> {
  const applicantType = taxpayer.kind === 'iin' ? 'individual' : 'legalEntity';
  let view = expectOk(await call(core, connection, 'intake.start', { applicantType, taxpayerId: taxpayer.id, applicantLocale }));
  const caseId = view.caseId;
  const representative = applicantType === 'legalEntity';
  view = expectOk(
    await call(core, connection, 'intake.saveForm', {
      caseId,
      patch: {
        ...identityInPerson,
        presentedBy: representative ? 'representative' : 'applicant',
        ...(representative ? { powerOfAttorney: { number: 'Д-17', issuedOn: '2026-01-10', validUntil: '2026-12-31', issuedBy: taxpayer.name } } : {}),
        application: { taxpayerName: taxpayer.name, address: taxpayer.address },
      },
    }),
  );
  view = expectOk(await call(core, connection, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.identity) } }));
  view = expectOk(await call(core, connection, 'intake.completeStep', { caseId, step: '5.1.a' }));
  view = expectOk(await call(core, connection, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.completeness) } }));
  view = expectOk(await call(core, connection, 'intake.completeStep', { caseId, step: '5.1.b' }));
  view = expectOk(await call(core, connection, 'intake.recordRegistryCheck', { caseId, result: 'match' }));
  view = expectOk(await call(core, connection, 'intake.completeStep', { caseId, step: '5.1.c' }));
  return expectOk(await call(core, connection, 'intake.register', { caseId }));
}
