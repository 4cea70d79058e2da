// The data each printed form is rendered from. Plain JSON only (strings, numbers, arrays,
// objects of those): the canonical JSON of this data is the document's stored snapshot, and
// its SHA-256 is what the QR code carries. Texts are given in the document's language
// (`locale`, the applicant's choice); office and department names come in both languages
// because they are taken from the office record as is; the residency certificate is
// bilingual (kk/ru) with English lines for the foreign authority.
import type { DocumentKind } from '../../../shared/api/contracts/documents';

export type { DocumentKind };
export type DocumentLocale = 'kk' | 'ru';

/** A text in both languages of the service. */
export interface Bilingual {
  kk: string;
  ru: string;
}

/** A text in both languages and in English, for the foreign authority's line. */
export interface Trilingual extends Bilingual {
  en: string;
}

/** ISO calendar date, YYYY-MM-DD (Kazakhstan local date). */
export type IsoDate = string;

/** The issuing body under the Ministry of Finance / State Revenue Committee header. */
export interface OfficeHeader {
  /** State Revenue Department for a region or city. */
  department: Bilingual;
  /** State Revenue Office (for a district or city). */
  office: Bilingual;
}

export interface Taxpayer {
  /** Name of the entity, or surname, name and patronymic of the individual. */
  name: string;
  /** IIN or BIN, 12 digits. */
  taxpayerId: string;
}

export interface Signatory {
  fullName: string;
  position: string;
}

/** Appendix 1: the coupon of receipt of the tax application (талон), handed out at §5.1.f. */
export interface CouponData {
  locale: DocumentLocale;
  office: OfficeHeader;
  /** Field 1. */
  taxpayer: Taxpayer;
  /** Field 2. */
  incomingDocument: string;
  /** Field 3: YYYY-MM-DD, or YYYY-MM-DDTHH:mm in local time. */
  acceptedAt: string;
  /** Field 4: the incoming number assigned by the central tax system (§5.1.d). */
  registrationNumber: string;
  /** Field 5. */
  outgoingDocument: string;
  /** Field 6. */
  deadline: IsoDate;
  /** Field 7: the "window" where the outgoing document is issued. */
  window: string;
  /** Field 8. */
  officer: Signatory;
}

/** Label size of the registration stamp, in millimetres. */
export interface LabelSize {
  widthMm: number;
  heightMm: number;
}

/** §5.1.e: the registration stamp on the applicant's second copy of the tax application. */
export interface SecondCopyStampData {
  locale: DocumentLocale;
  office: Bilingual;
  registrationNumber: string;
  date: IsoDate;
  /** Surname and initials of the officer who accepted the application. */
  officerShortName: string;
  label: LabelSize;
}

export type CertificatePeriod = { kind: 'year'; year: number } | { kind: 'range'; from: IsoDate; to: IsoDate };

export interface SignatoryTrilingual {
  fullName: string;
  position: Trilingual;
}

/** Electronic digital signature details, printed when the certificate is signed with an EDS. */
export interface EdsDetails {
  signer: string;
  certificateSerial: string;
  signedAt: string;
}

/** The document confirming residency of the Republic of Kazakhstan (result (1), §3). */
export interface ResidencyCertificateData {
  locale: DocumentLocale;
  office: OfficeHeader;
  taxpayer: Taxpayer & { address: string };
  /** The state for whose authority the certificate is issued. */
  foreignState: Trilingual;
  period: CertificatePeriod;
  registrationNumber: string;
  issuedOn: IsoDate;
  /** The head of the provider who signs and seals outgoing documents (Appendix 5, ҚФБ 2). */
  head: SignatoryTrilingual;
  eds: EdsDetails | null;
}

export interface RefusalGroundItem {
  code: string;
  /** Where the ground is set out, e.g. "Standard §10.1". */
  ref: string;
  text: string;
}

/** Result (2), §3: the reasoned refusal on the grounds of the Standard's §10. */
export interface RefusalData {
  locale: DocumentLocale;
  office: OfficeHeader;
  addressee: Taxpayer & { address: string };
  /** The outgoing number and date of the refusal letter. */
  registrationNumber: string;
  issuedOn: IsoDate;
  /** The tax application being answered. */
  application: { registrationNumber: string; date: IsoDate };
  grounds: RefusalGroundItem[];
  /** The officer's reasoning: the facts that make the grounds apply. */
  reasoning: string;
  /** The higher tax authority a complaint goes to. */
  appealAuthority: string;
  head: Signatory;
  /** The officer who prepared the letter (printed as the executor). */
  executor: { fullName: string; phone: string };
}

export interface MissingItem {
  text: string;
}

/** §5.1.b: notice declining to accept the application at the desk (incomplete documents). */
export interface DeclineNoticeData {
  locale: DocumentLocale;
  office: OfficeHeader;
  applicant: Taxpayer;
  date: IsoDate;
  missing: MissingItem[];
  /** What else the officer found, in their words. */
  reasons: string;
  officer: Signatory;
}

/** One issue recorded in the journal (Appendix 2, columns 1–10; 9 is signed on paper). */
export interface JournalRow {
  /** Column 1. */
  no: number;
  /** Columns 2–3. */
  taxpayerName: string;
  taxpayerId: string;
  /** Column 4. */
  outgoingDocument: { name: string; number: string };
  /** Column 5. */
  recipientName: string;
  /** Columns 6–8: the document presented to receive it. */
  presented: { name: string; number: string; series: string };
  /** Column 10. */
  issuedOn: IsoDate;
}

/** Appendix 2: the journal of issued outgoing documents for a date range. */
export interface JournalData {
  locale: DocumentLocale;
  office: OfficeHeader;
  from: IsoDate;
  to: IsoDate;
  /** The day the journal was printed: the document's date. */
  printedOn: IsoDate;
  rows: JournalRow[];
}

export interface DocumentDataMap {
  coupon: CouponData;
  secondCopyStamp: SecondCopyStampData;
  residencyCertificate: ResidencyCertificateData;
  refusal: RefusalData;
  declineNotice: DeclineNoticeData;
  journal: JournalData;
}

export type DocumentData<K extends DocumentKind = DocumentKind> = DocumentDataMap[K];
