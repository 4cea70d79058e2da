// The electronic tax application itself, as the State Corporation, the portal or the Taxpayer's
// Cabinet sends it: a small JSON document (UTF-8, RFC 8785 canonical form, so the same
// application always has the same bytes and the same signature). The desk stores these exact
// bytes next to the detached CMS and shows the fields.
import canonicalize from 'canonicalize';
import type { ApplicationForm } from '../../../shared/sync/applicationForm';

/** The form as the shared schema defines it (the desk reads it with that schema). */
export type ApplicationDocument = ApplicationForm;

export const serviceName = {
  kk: 'Қазақстан Республикасының резиденттігін растау',
  ru: 'Подтверждение резидентства Республики Казахстан',
} as const;

export function documentBytes(document: ApplicationDocument): Uint8Array {
  return new Uint8Array(Buffer.from(canonicalize(document) as string, 'utf8'));
}
