// Electronic applications the central system received from the State Corporation, the portal and
// the Taxpayer's Cabinet: registered centrally (number from range 0, which no workstation owns),
// remembered with the verdict their signature deserves, and sent to the office via pull.
import type { ApplicantType } from '../../../shared/domain/types';
import type { Change } from '../../../shared/sync/protocol';
import type { CentralContext } from './context';

export type ElectronicChannel = 'stateCorporation' | 'portal' | 'taxpayerCabinet';
/** How the generator signed it; only 'valid' deserves signatureCheck 'valid' (§10 condition 3). */
export type SignatureKind = 'valid' | 'expired' | 'revoked' | 'iinMismatch';

export interface CentralApplication {
  id: string;
  officeCode: string;
  channel: ElectronicChannel;
  applicantType: ApplicantType;
  taxpayerId: string;
  taxpayerName: string;
  registrationNumber: string;
  registeredOn: string;
  signatureKind: SignatureKind;
  expectedSignatureCheck: 'valid' | 'invalid';
  documentSha256: string;
}

interface Row {
  id: string;
  office_code: string;
  channel: ElectronicChannel;
  applicant_type: ApplicantType;
  taxpayer_id: string;
  taxpayer_name: string;
  registration_number: string;
  registered_on: string;
  signature_kind: SignatureKind;
  expected_signature_check: 'valid' | 'invalid';
  document_sha256: string;
}

/** The next central registration sequence for an office and year (range 0: 1…99,999). */
export function nextCentralSeq(ctx: CentralContext, officeCode: string, year: number): number {
  const last = ctx.db
    .prepare('SELECT max(seq) FROM registration_numbers WHERE office_code = ? AND year = ? AND seq BETWEEN 1 AND 99999')
    .pluck()
    .get(officeCode, year) as number | null;
  const next = (last ?? 0) + 1;
  if (next > 99_999) throw new RangeError(`central numbers of office ${officeCode} for ${year} are exhausted`);
  return next;
}

/** Records an arrived application and queues `application.arrived` for its office. */
export function recordApplication(
  ctx: CentralContext,
  app: CentralApplication,
  signed: { documentBase64: string; cmsBase64: string },
  seq: number,
): number {
  ctx.db
    .prepare(
      `INSERT INTO applications (id, office_code, channel, applicant_type, taxpayer_id, taxpayer_name, registration_number, registered_on,
                                 signature_kind, expected_signature_check, document_sha256, arrived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      app.id,
      app.officeCode,
      app.channel,
      app.applicantType,
      app.taxpayerId,
      app.taxpayerName,
      app.registrationNumber,
      app.registeredOn,
      app.signatureKind,
      app.expectedSignatureCheck,
      app.documentSha256,
      ctx.now().toISOString(),
    );
  ctx.db
    .prepare('INSERT INTO registration_numbers (number, case_id, office_code, year, seq) VALUES (?, ?, ?, ?, ?)')
    .run(app.registrationNumber, app.id, app.officeCode, Number(app.registeredOn.slice(0, 4)), seq);
  const change: Change = {
    type: 'application.arrived',
    applicationId: app.id,
    channel: app.channel,
    applicantType: app.applicantType,
    taxpayerId: app.taxpayerId,
    taxpayerName: app.taxpayerName,
    registrationNumber: app.registrationNumber,
    registeredOn: app.registeredOn,
    documentBase64: signed.documentBase64,
    cmsBase64: signed.cmsBase64,
  };
  return ctx.log.append(change, app.officeCode);
}

export function findApplication(ctx: CentralContext, id: string): CentralApplication | null {
  const r = ctx.db.prepare('SELECT * FROM applications WHERE id = ?').get(id) as Row | undefined;
  if (!r) return null;
  return {
    id: r.id,
    officeCode: r.office_code,
    channel: r.channel,
    applicantType: r.applicant_type,
    taxpayerId: r.taxpayer_id,
    taxpayerName: r.taxpayer_name,
    registrationNumber: r.registration_number,
    registeredOn: r.registered_on,
    signatureKind: r.signature_kind,
    expectedSignatureCheck: r.expected_signature_check,
    documentSha256: r.document_sha256,
  };
}
