// The electronic tax application itself, as the State Corporation, the portal or the Taxpayer's
// Cabinet sends it: a small JSON document (UTF-8, RFC 8785 canonical form, so the same
// application always has the same bytes and the same signature). The desk stores these exact
// bytes next to the detached CMS and shows the fields.
import canonicalize from 'canonicalize';
import type { ApplicantType } from '../../../shared/domain/types';
import type { ElectronicChannel } from '../store/applications';

export interface ApplicationDocument {
  form: 'kz.sgd.residency-confirmation.application';
  formVersion: 1;
  applicationId: string;
  channel: ElectronicChannel;
  submittedAt: string;
  service: { kk: string; ru: string };
  applicant: {
    type: ApplicantType;
    taxpayerId: string;
    name: string;
    address: string;
    /** Who signed for an organisation (its head); null for an individual signing for themselves. */
    signatory: { iin: string; name: string } | null;
  };
  request: {
    /** The calendar year the confirmation is asked for. */
    year: number;
    /** ISO 3166-1 alpha-2 code of the state the certificate is for. */
    country: string;
    copies: number;
    language: 'kk' | 'ru';
  };
}

export const serviceName = {
  kk: 'Қазақстан Республикасының резиденттігін растау',
  ru: 'Подтверждение резидентства Республики Казахстан',
} as const;

export function documentBytes(document: ApplicationDocument): Uint8Array {
  return new Uint8Array(Buffer.from(canonicalize(document) as string, 'utf8'));
}
