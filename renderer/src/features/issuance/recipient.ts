// Who receives the outgoing document at the window (Appendix 2, columns 5–8): the taxpayer or a
// representative, their full name, and the document they present (name, number, series).
// Prefilled from the intake when the same person came then; checked as the core checks it.
import type { CaseDetail, RecipientInput } from '../../../../shared/api/processing';
import type { MessageKey } from '../../../../shared/i18n';

export type RecipientKind = RecipientInput['kind'];

export interface RecipientValues {
  kind: RecipientKind;
  fullName: string;
  documentName: string;
  documentNumber: string;
  documentSeries: string;
}

export type RecipientField = 'fullName' | 'documentName' | 'documentNumber' | 'documentSeries';
export const recipientFields: RecipientField[] = ['fullName', 'documentName', 'documentNumber', 'documentSeries'];
export type RecipientErrors = Partial<Record<RecipientField, MessageKey>>;

const entities = ['legalEntity', 'foreignEntityEffectiveManagement'];

export function defaultKind(detail: CaseDetail): RecipientKind {
  return entities.includes(detail.applicantType) || detail.form.presentedBy === 'representative' ? 'representative' : 'taxpayer';
}

/**
 * What the intake knows of a recipient of this kind: the person who stood at the desk, when they
 * came in that capacity (applicant ↔ taxpayer, representative ↔ representative); otherwise the
 * taxpayer's own name for an individual taxpayer, and nothing of a document.
 */
export function prefill(detail: CaseDetail, kind: RecipientKind, documentLabel: (type: string) => string): Omit<RecipientValues, 'kind'> {
  const { person, identityDocument, presentedBy } = detail.form;
  const sameCapacity = (kind === 'taxpayer' && presentedBy === 'applicant') || (kind === 'representative' && presentedBy === 'representative');
  const personName = [person?.surname, person?.givenName, person?.patronymic].filter(Boolean).join(' ');
  if (sameCapacity && personName) {
    return {
      fullName: personName,
      documentName: identityDocument?.type ? documentLabel(identityDocument.type) : '',
      documentNumber: identityDocument?.number ?? '',
      documentSeries: '',
    };
  }
  const individual = !entities.includes(detail.applicantType);
  return { fullName: kind === 'taxpayer' && individual ? detail.taxpayerName : '', documentName: '', documentNumber: '', documentSeries: '' };
}

export function validateRecipient(v: RecipientValues): RecipientErrors {
  const errors: RecipientErrors = {};
  const len = (s: string) => s.trim().length;
  if (len(v.fullName) < 3 || len(v.fullName) > 300) errors.fullName = 'issueUi.error.fullName';
  if (len(v.documentName) < 2 || len(v.documentName) > 200) errors.documentName = 'issueUi.error.documentName';
  if (len(v.documentNumber) < 1 || len(v.documentNumber) > 50) errors.documentNumber = 'issueUi.error.documentNumber';
  if (len(v.documentSeries) > 20) errors.documentSeries = 'issueUi.error.documentSeries';
  return errors;
}

export function recipientInput(v: RecipientValues): RecipientInput {
  const series = v.documentSeries.trim();
  return {
    kind: v.kind,
    fullName: v.fullName.trim(),
    documentName: v.documentName.trim(),
    documentNumber: v.documentNumber.trim(),
    ...(series ? { documentSeries: series } : {}),
  };
}
