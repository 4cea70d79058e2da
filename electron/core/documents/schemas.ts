// zod schemas of the template data: the pipeline's boundary. Whatever reaches a template has
// passed these, and the parsed value (defaults filled in) is the snapshot that is stored and
// hashed, so two callers that mean the same document produce the same snapshot.
import { z } from 'zod';
import type { DocumentKind } from '../../../shared/api/contracts/documents';
import type { DocumentDataMap } from './types';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Custom checks (not .regex) so that the kk/ru message names the expected form.
const matching = (test: (value: string) => boolean, messageKey: string) => z.string().refine(test, { params: { messageKey } });

const isoDate = matching((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), 'documents.invalidDate');
const isoDateTime = matching((v) => /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/.test(v) && isRealDate(v.slice(0, 10)), 'documents.invalidDate');

const locale = z.enum(['kk', 'ru']);
const taxpayerId = matching((v) => /^\d{12}$/.test(v), 'documents.invalidTaxpayerId');
const bilingual = z.object({ kk: text(400), ru: text(400) }).strict();
const trilingual = z.object({ kk: text(400), ru: text(400), en: text(400) }).strict();
const officeHeader = z.object({ department: bilingual, office: bilingual }).strict();
const taxpayer = z.object({ name: text(400), taxpayerId }).strict();
const signatory = z.object({ fullName: text(200), position: text(300) }).strict();
// No '|' (the QR payload's separator) and nothing a printer could misread.
const registrationNumber = text(64).refine((v) => /^[\p{L}\p{N}][\p{L}\p{N}\-/.]*$/u.test(v), { params: { messageKey: 'documents.invalidNumber' } });

const coupon = z
  .object({
    locale,
    office: officeHeader,
    taxpayer,
    incomingDocument: text(300),
    acceptedAt: isoDateTime,
    registrationNumber,
    outgoingDocument: text(300),
    deadline: isoDate,
    window: text(20),
    officer: signatory,
  })
  .strict();

const secondCopyStamp = z
  .object({
    locale,
    office: bilingual,
    registrationNumber,
    date: isoDate,
    officerShortName: text(100),
    // A stamp label must hold four short lines; printers take labels up to A5.
    label: z
      .object({ widthMm: z.number().min(50).max(210), heightMm: z.number().min(30).max(148) })
      .strict()
      .default({ widthMm: 70, heightMm: 40 }),
  })
  .strict();

const period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(1995).max(2100) }).strict(),
  z
    .object({ kind: z.literal('range'), from: isoDate, to: isoDate })
    .strict()
    .refine((p) => p.from <= p.to, { path: ['to'], params: { messageKey: 'documents.rangeReversed' } }),
]);

const residencyCertificate = z
  .object({
    locale,
    office: officeHeader,
    taxpayer: taxpayer.extend({ address: text(500) }).strict(),
    foreignState: trilingual,
    period,
    registrationNumber,
    issuedOn: isoDate,
    head: z.object({ fullName: text(200), position: trilingual }).strict(),
    eds: z.object({ signer: text(200), certificateSerial: text(100), signedAt: text(40) }).strict().nullable(),
  })
  .strict();

const refusal = z
  .object({
    locale,
    office: officeHeader,
    addressee: taxpayer.extend({ address: text(500) }).strict(),
    registrationNumber,
    issuedOn: isoDate,
    application: z.object({ registrationNumber, date: isoDate }).strict(),
    grounds: z
      .array(z.object({ code: text(20), ref: text(100), text: text(1000) }).strict())
      .min(1)
      .max(20),
    reasoning: text(4000),
    appealAuthority: text(300),
    head: signatory,
    executor: z.object({ fullName: text(200), phone: optionalText(40) }).strict(),
  })
  .strict();

const declineNotice = z
  .object({
    locale,
    office: officeHeader,
    applicant: taxpayer,
    date: isoDate,
    missing: z
      .array(z.object({ text: text(500) }).strict())
      .min(1)
      .max(30),
    reasons: optionalText(2000),
    officer: signatory,
  })
  .strict();

const journalRow = z
  .object({
    no: z.number().int().min(1),
    taxpayerName: text(400),
    taxpayerId,
    outgoingDocument: z.object({ name: text(300), number: registrationNumber }).strict(),
    recipientName: text(200),
    presented: z.object({ name: text(200), number: text(40), series: optionalText(20) }).strict(),
    issuedOn: isoDate,
  })
  .strict();

const journal = z
  .object({
    locale,
    office: officeHeader,
    from: isoDate,
    to: isoDate,
    printedOn: isoDate,
    rows: z.array(journalRow).max(20000),
  })
  .strict()
  .refine((j) => j.from <= j.to, { path: ['to'], params: { messageKey: 'documents.rangeReversed' } });

export const documentSchemas = {
  coupon,
  secondCopyStamp,
  residencyCertificate,
  refusal,
  declineNotice,
  journal,
} as const satisfies Record<DocumentKind, z.ZodType>;

// The compiler keeps each schema's output equal to its interface in types.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemasMatchTypes: { [K in DocumentKind]: Same<z.output<(typeof documentSchemas)[K]>, DocumentDataMap[K]> } = {
  coupon: true,
  secondCopyStamp: true,
  residencyCertificate: true,
  refusal: true,
  declineNotice: true,
  journal: true,
};
