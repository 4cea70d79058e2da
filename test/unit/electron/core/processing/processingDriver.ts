// Test helper: a core whose head can sign with the test PKI's software key, and short paths
// through processing, approval and issuance.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDetail } from '../../../../../shared/api/processing';
import type { Connection } from '../../../../../electron/core/context';
import type { Core } from '../../../../../electron/core/core';
import { writeSetting } from '../../../../../electron/core/settings/settings';
import { ensurePki, type TestPki } from '../../../../fixtures/pki/ensurePki';
import { call, expectOk, openTestCore, signedIn, tempDir } from '../testCore';
import { completeThroughRegistration } from '../intake/intakeDriver';

export interface ProcessingWorld {
  core: Awaited<ReturnType<typeof openTestCore>>;
  pki: TestPki;
  desk: Connection;
  processing: Connection;
  head: Connection;
}

/** A demo store (Monday 2 March 2026) whose keys folder holds the demo head's PKCS#12. */
export async function processingWorld(): Promise<ProcessingWorld> {
  const pki = await ensurePki();
  const core = await openTestCore({ dataDir: tempDir() });
  const keysDir = join(core.deps.config.dataDir!, 'keys');
  mkdirSync(keysDir);
  copyFileSync(pki.path(pki.manifest.holders.supervisor.p12), join(keysDir, `${pki.manifest.holders.supervisor.iin}.p12`));
  writeSetting(core.db, 'keysDir', keysDir);
  core.deps.workstation.keysDir = keysDir;
  const [desk, processing, head] = await Promise.all([signedIn(core, 'frontDesk'), signedIn(core, 'processing'), signedIn(core, 'supervisor')]);
  return { core, pki, desk, processing, head };
}

export const certificateDraft = {
  foreignState: 'DE',
  period: { kind: 'year' as const, year: 2025 },
  address: 'Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 8-үй',
};

/** Registered at the desk, assigned to the processing officer, certificate drafted and submitted. */
export async function submittedCertificate(w: ProcessingWorld, core: Core = w.core): Promise<CaseDetail> {
  const { caseId } = await completeThroughRegistration(core, w.desk);
  expectOk(await call(core, w.processing, 'case.assign', { caseId }));
  expectOk(await call(core, w.processing, 'processing.saveDraft', { caseId, decision: 'certificate', certificate: certificateDraft }));
  return expectOk(await call(core, w.processing, 'processing.submit', { caseId }));
}

export async function approve(w: ProcessingWorld, detail: CaseDetail): Promise<CaseDetail> {
  return expectOk(
    await call(w.core, w.head, 'approval.approve', { caseId: detail.id, documentId: detail.decision!.documentId, signer: 'software', keyPassword: w.pki.password }),
  );
}
