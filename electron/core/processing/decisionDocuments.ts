// The outgoing documents of §5.2 built from a case and the officer's draft: the residency
// certificate (bilingual, with an English line for the foreign authority) or the reasoned
// refusal on the Standard's §10 grounds — in the applicant's language.
import { DeskError } from '../../../shared/api';
import type { CertificateDraft, RefusalDraft } from '../../../shared/api/processing';
import { foreignState } from '../../../shared/domain/countries';
import type { RegulationVersion } from '../../../shared/domain/regulation';
import type { StoredCase } from '../cases/caseStore';
import type { Officer } from '../context';
import { appealAuthority, type OfficeHead } from './officeHead';

export interface DecisionSource {
  stored: StoredCase;
  regulation: RegulationVersion;
  officer: Officer;
  head: OfficeHead;
  today: string;
  officePhone: string;
  /** EDS details printed on the issued copy, once the head has signed. */
  eds?: { signer: string; certificateSerial: string; signedAt: string } | null;
}

function registration(stored: StoredCase) {
  const registration = stored.snapshot.registration;
  if (!registration) throw new DeskError('refused', { reason: 'notRegistered' });
  return registration;
}

const header = (officer: Officer) => ({ department: officer.office.department, office: officer.office.name });

export function certificateData(draft: CertificateDraft, s: DecisionSource): Record<string, unknown> {
  const state = foreignState(draft.foreignState);
  if (!state) throw new DeskError('invalid_input', { issues: [{ path: ['certificate', 'foreignState'], message: { kk: 'Белгісіз мемлекет', ru: 'Неизвестное государство' } }] });
  const reg = registration(s.stored);
  return {
    locale: s.stored.row.applicant_locale,
    office: header(s.officer),
    taxpayer: { name: s.stored.row.taxpayer_name, taxpayerId: s.stored.row.taxpayer_id, address: draft.address },
    foreignState: state.name,
    period: draft.period,
    registrationNumber: reg.number,
    issuedOn: s.today,
    head: { fullName: s.head.fullName, position: s.head.position },
    eds: s.eds ?? null,
  };
}

export function refusalData(draft: RefusalDraft, s: DecisionSource): Record<string, unknown> {
  const locale = s.stored.row.applicant_locale;
  const reg = registration(s.stored);
  const grounds = draft.grounds.map((code) => {
    const ground = s.regulation.refusalGrounds.find((g) => g.code === code && g.active);
    if (!ground) {
      throw new DeskError('invalid_input', {
        issues: [{ path: ['refusal', 'grounds'], message: { kk: `Белгісіз бас тарту негізі: ${code}`, ru: `Неизвестное основание отказа: ${code}` } }],
      });
    }
    return { code, ref: ground.ref, text: ground.text[locale] };
  });
  return {
    locale,
    office: header(s.officer),
    addressee: { name: s.stored.row.taxpayer_name, taxpayerId: s.stored.row.taxpayer_id, address: draft.address },
    registrationNumber: reg.number,
    issuedOn: s.today,
    application: { registrationNumber: reg.number, date: reg.registeredOn },
    grounds,
    reasoning: draft.reasoning,
    appealAuthority: appealAuthority[locale],
    head: { fullName: s.head.fullName, position: s.head.position[locale] },
    executor: { fullName: s.officer.fullName, phone: s.officePhone },
  };
}
