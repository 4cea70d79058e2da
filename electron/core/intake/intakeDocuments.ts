// The forms the front desk prints during intake, built from the case: the §5.1.e registration
// stamp for the applicant's second copy, the §5.1.f coupon (Appendix 1) and the notice
// declining acceptance (§5.1.b) — in the applicant's language, with this workstation's window.
import { DeskError } from '../../../shared/api';
import type { IntakeForm } from '../../../shared/api/intake';
import type { CaseSnapshot } from '../../../shared/domain/cases';
import type { RegulationVersion } from '../../../shared/domain/regulation';
import { localized, translate } from '../../../shared/i18n';
import type { StoredCase } from '../cases/caseStore';
import type { Officer } from '../context';
import type { WorkstationSettings } from '../settings/settings';

export const intakeDocumentKinds = ['secondCopyStamp', 'coupon', 'declineNotice'] as const;
export type IntakeDocumentKind = (typeof intakeDocumentKinds)[number];

export interface IntakeDocumentSource {
  stored: StoredCase;
  regulation: RegulationVersion;
  form: IntakeForm;
  officer: Officer;
  workstation: WorkstationSettings;
  /** When the document is made (acceptance time for the coupon), Kazakhstan local. */
  localTime: string;
  /** Completeness items the officer named as missing when declining (§5.1.b). */
  missingItems: string[];
}

const officeHeader = (officer: Officer) => ({ department: officer.office.department, office: officer.office.name });

function registered(snapshot: CaseSnapshot): NonNullable<CaseSnapshot['registration']> {
  if (!snapshot.registration) throw new DeskError('refused', { reason: 'notRegistered' }, undefined, localized('intake.documentNotYet'));
  return snapshot.registration;
}

function taxpayerName(source: IntakeDocumentSource): string {
  return source.form.application?.taxpayerName || source.stored.row.taxpayer_name;
}

export function intakeDocumentData(kind: IntakeDocumentKind, source: IntakeDocumentSource): Record<string, unknown> {
  const { stored, regulation, officer, workstation } = source;
  const locale = stored.row.applicant_locale;
  const position = translate(locale, `role.${officer.role}`);
  switch (kind) {
    case 'secondCopyStamp': {
      const registration = registered(stored.snapshot);
      return {
        locale,
        office: officer.office.name,
        registrationNumber: registration.number,
        date: registration.registeredOn,
        officerShortName: officer.shortName,
        label: workstation.stampLabel,
      };
    }
    case 'coupon': {
      const registration = registered(stored.snapshot);
      const certificate = regulation.outgoingDocuments.find((d) => d.id === 'residencyCertificate');
      return {
        locale,
        office: officeHeader(officer),
        taxpayer: { name: taxpayerName(source), taxpayerId: stored.row.taxpayer_id },
        incomingDocument: translate(locale, 'intake.incomingDocument'),
        acceptedAt: `${registration.registeredOn}T${source.localTime.slice(11, 16)}`,
        registrationNumber: registration.number,
        outgoingDocument: certificate?.name[locale] ?? '',
        deadline: registration.deadline,
        window: workstation.windowNumber,
        officer: { fullName: officer.fullName, position },
      };
    }
    case 'declineNotice': {
      const declined = stored.snapshot.declined;
      if (!declined) throw new DeskError('refused', { reason: 'notDeclined' }, undefined, localized('intake.documentNotYet'));
      const items = regulation.checklists.completeness.byApplicantType[stored.row.applicant_type as keyof typeof regulation.checklists.completeness.byApplicantType];
      // The items the officer named; if none were named, every required item not ticked.
      const named = items.filter((item) => source.missingItems.includes(item.id));
      const missing = (named.length ? named : items.filter((item) => item.required && source.form.checks?.[item.id] !== true)).map((item) => ({
        text: item.text[locale],
      }));
      return {
        locale,
        office: officeHeader(officer),
        applicant: { name: taxpayerName(source), taxpayerId: stored.row.taxpayer_id },
        date: source.localTime.slice(0, 10),
        missing,
        reasons: declined.note,
        officer: { fullName: officer.fullName, position },
      };
    }
  }
}
