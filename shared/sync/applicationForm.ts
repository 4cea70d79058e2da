// The electronic application form: the document the State Corporation, the portal and the
// Taxpayer's Cabinet send as an application's request (UTF-8 JSON in RFC 8785 canonical form,
// signed by a detached CMS). The central system builds it; the desk shows its fields to the officer.
import { z } from 'zod';
import { applicantTypes } from '../domain/types';

const iin = z.string().regex(/^\d{12}$/);

export const applicationFormSchema = z.object({
  form: z.literal('kz.sgd.residency-confirmation.application'),
  formVersion: z.literal(1),
  applicationId: z.string().max(100),
  channel: z.enum(['stateCorporation', 'portal', 'taxpayerCabinet']),
  submittedAt: z.string().max(40),
  service: z.object({ kk: z.string().max(300), ru: z.string().max(300) }),
  applicant: z.object({
    type: z.enum(applicantTypes),
    taxpayerId: iin,
    name: z.string().max(500),
    address: z.string().max(500),
    /** Who signed for an organisation (its head); null for an individual signing for themselves. */
    signatory: z.object({ iin, name: z.string().max(300) }).nullable(),
  }),
  request: z.object({
    /** The calendar year the confirmation is asked for. */
    year: z.number().int().min(1990).max(2100),
    /** ISO 3166-1 alpha-2 code of the state the certificate is for. */
    country: z.string().regex(/^[A-Z]{2}$/),
    copies: z.number().int().min(1).max(100),
    language: z.enum(['kk', 'ru']),
  }),
});

export type ApplicationForm = z.infer<typeof applicationFormSchema>;
