// What the pipeline knows about each template without loading React: its name and version
// (stored with every document; bump the version whenever the printed output changes), its
// title, the date it bears (which fixes the PDF's metadata dates) and, for outgoing
// documents, the registration number its QR code carries.
import type { MessageKey } from '../../../../shared/i18n';
import type { DocumentDataMap, DocumentKind } from '../types';

export interface TemplateMeta<K extends DocumentKind> {
  name: string;
  version: number;
  titleKey: MessageKey;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:mm, local time. */
  documentDate(data: DocumentDataMap[K]): string;
  /** The number the QR code carries; null for forms without a QR code. */
  qrNumber(data: DocumentDataMap[K]): string | null;
}

export const templateMeta: { [K in DocumentKind]: TemplateMeta<K> } = {
  coupon: {
    name: 'coupon',
    version: 1,
    titleKey: 'doc.coupon.title',
    documentDate: (d) => d.acceptedAt,
    qrNumber: (d) => d.registrationNumber,
  },
  secondCopyStamp: {
    name: 'secondCopyStamp',
    version: 1,
    titleKey: 'doc.stamp.title',
    documentDate: (d) => d.date,
    qrNumber: () => null,
  },
  residencyCertificate: {
    name: 'residencyCertificate',
    version: 1,
    titleKey: 'doc.cert.title',
    documentDate: (d) => d.issuedOn,
    qrNumber: (d) => d.registrationNumber,
  },
  refusal: {
    name: 'refusal',
    version: 1,
    titleKey: 'doc.refusal.title',
    documentDate: (d) => d.issuedOn,
    qrNumber: (d) => d.registrationNumber,
  },
  declineNotice: {
    name: 'declineNotice',
    version: 1,
    titleKey: 'doc.decline.title',
    documentDate: (d) => d.date,
    qrNumber: () => null,
  },
  journal: {
    name: 'journal',
    version: 1,
    titleKey: 'doc.journal.title',
    documentDate: (d) => d.printedOn,
    qrNumber: () => null,
  },
};

export function metaOf<K extends DocumentKind>(kind: K): TemplateMeta<K> {
  return templateMeta[kind];
}
