// The React component of each template, by document kind (metadata lives in meta.ts, which
// loads without React).
import type { ReactElement } from 'react';
import type { DocumentDataMap, DocumentKind } from '../types';
import type { TemplateProps } from './common';
import { CouponTemplate } from './coupon';
import { DeclineNoticeTemplate } from './declineNotice';
import { JournalTemplate } from './journal';
import { RefusalTemplate } from './refusal';
import { ResidencyCertificateTemplate } from './residencyCertificate';
import { SecondCopyStampTemplate } from './secondCopyStamp';

export type TemplateComponent<K extends DocumentKind> = (props: TemplateProps<DocumentDataMap[K]>) => ReactElement;

export const templateComponents: { [K in DocumentKind]: TemplateComponent<K> } = {
  coupon: CouponTemplate,
  secondCopyStamp: SecondCopyStampTemplate,
  residencyCertificate: ResidencyCertificateTemplate,
  refusal: RefusalTemplate,
  declineNotice: DeclineNoticeTemplate,
  journal: JournalTemplate,
};
