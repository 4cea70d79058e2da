// A deterministic generator of electronic applications arriving from the State Corporation, the
// portal and the Taxpayer's Cabinet. Application number k of a store is drawn from the run seed
// and k alone, so the same seed gives the same applications in the same order. Each is signed
// (detached CMS) with a test-PKI key: valid ones, and ones whose signature must fail §10
// condition 3 — an expired certificate, a revoked one, or a certificate IIN that is not the
// application's taxpayer. The centre registers each (number from range 0) and queues it for the
// office; the verdict the signature deserves is kept to judge the desk's own check.
import { createHash } from 'node:crypto';
import { demoTaxpayers, type TaxpayerRecord } from '../../../electron/core/registry/taxpayerGenerator';
import { formatRegistrationNumber } from '../../../electron/core/numbers/blocks';
import { kzDate } from '../../../electron/core/time';
import type { ApplicantType } from '../../../shared/domain/types';
import { pickOne, randomUuid, seededRandom, seedOf } from '../prng';
import { nextCentralSeq, recordApplication, type CentralApplication, type ElectronicChannel, type SignatureKind } from '../store/applications';
import type { CentralContext } from '../store/context';
import { crlPublished, publishCrl } from '../store/reference';
import { ensureTaxpayer, findTaxpayer } from '../store/registry';
import { documentBytes, serviceName, type ApplicationDocument } from './document';
import type { ApplicantKey, ApplicantKeys } from './keys';

export const signatureKinds: readonly SignatureKind[] = ['valid', 'expired', 'revoked', 'iinMismatch'];
export const electronicChannels: readonly ElectronicChannel[] = ['stateCorporation', 'portal', 'taxpayerCabinet'];
const countries = ['DE', 'RU', 'CN', 'TR', 'GB', 'US', 'KR', 'AE', 'UZ', 'NL'];

export interface GenerateOptions {
  officeCode: string;
  count: number;
  /** Signature kinds, cycled in order; default a seeded mix (about 55 % valid). */
  kinds?: readonly SignatureKind[];
  channels?: readonly ElectronicChannel[];
}

export interface GeneratedApplication extends CentralApplication {
  /** Position of its `application.arrived` change in the central log. */
  pos: number;
}

export interface GeneratorDeps {
  ctx: CentralContext;
  keys: ApplicantKeys;
  seed: number;
  /** The applicants' clock (signing time); the centre's own clock may be skewed by a fault. */
  applicantNow(): Date;
}

function drawKind(rnd: () => number): SignatureKind {
  const r = rnd();
  return r < 0.55 ? 'valid' : r < 0.7 ? 'expired' : r < 0.85 ? 'revoked' : 'iinMismatch';
}

/** The registry record of a demo taxpayer (the test PKI's holders are demo taxpayers 0–4). */
function demoRecord(ctx: CentralContext, id: string): TaxpayerRecord {
  const known = findTaxpayer(ctx, id);
  if (known) return known;
  for (const t of demoTaxpayers(0, 2_000)) if (t.id === id) return ensureTaxpayer(ctx, t);
  throw new Error(`taxpayer ${id} is not one of the first 2,000 demo taxpayers`);
}

/** Someone else: an individual among demo taxpayers 5–1,004 who is not the key's holder. */
function otherIndividual(ctx: CentralContext, rnd: () => number, notIin: string): TaxpayerRecord {
  for (;;) {
    const index = 5 + Math.floor(rnd() * 1_000);
    if (index % 5 === 4) continue;
    const [t] = [...demoTaxpayers(index, index + 1)];
    if (t && t.id !== notIin) return demoRecord(ctx, t.id);
  }
}

interface Draft {
  kind: SignatureKind;
  key: ApplicantKey;
  applicantType: ApplicantType;
  taxpayer: TaxpayerRecord;
  signatory: { iin: string; name: string } | null;
}

function draft(ctx: CentralContext, keys: ApplicantKeys, kind: SignatureKind, rnd: () => number): Draft {
  const person = (key: ApplicantKey, taxpayer = demoRecord(ctx, key.iin)): Draft => ({ kind, key, applicantType: 'individual', taxpayer, signatory: null });
  switch (kind) {
    case 'valid':
      if (rnd() < 0.5) return person(keys.individual);
      return {
        kind,
        key: keys.organisation,
        applicantType: 'legalEntity',
        taxpayer: demoRecord(ctx, keys.organisation.bin ?? ''),
        signatory: { iin: keys.organisation.iin, name: demoRecord(ctx, keys.organisation.iin).name },
      };
    case 'expired':
      return person(keys.expired);
    case 'revoked':
      return person(keys.revoked);
    case 'iinMismatch':
      return person(keys.individual, otherIndividual(ctx, rnd, keys.individual.iin));
  }
}

export async function generateApplications(deps: GeneratorDeps, options: GenerateOptions): Promise<GeneratedApplication[]> {
  const { ctx, keys, seed } = deps;
  if (!/^\d{4}$/.test(options.officeCode)) throw new RangeError(`office code must be 4 digits, got ${options.officeCode}`);
  if (!Number.isInteger(options.count) || options.count < 0 || options.count > 10_000) throw new RangeError('count must be 0…10,000');
  // The revocation must be known before any application whose verdict depends on it.
  if (!crlPublished(ctx, keys.crlDer)) ctx.db.transaction(() => publishCrl(ctx, keys.crlDer))();
  const out: GeneratedApplication[] = [];
  for (let n = 0; n < options.count; n++) {
    const index = ctx.db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
    const rnd = seededRandom(seedOf(seed, 'application', index));
    const kind = options.kinds && options.kinds.length > 0 ? (options.kinds[n % options.kinds.length] as SignatureKind) : drawKind(rnd);
    const channel = options.channels && options.channels.length > 0 ? pickOne(rnd, options.channels) : pickOne(rnd, electronicChannels);
    const d = ctx.db.transaction(() => draft(ctx, keys, kind, rnd))();
    const id = randomUuid(rnd);
    const signedAt = new Date(Math.floor(deps.applicantNow().getTime() / 1000) * 1000 - Math.floor(rnd() * 1800) * 1000);
    const document: ApplicationDocument = {
      form: 'kz.sgd.residency-confirmation.application',
      formVersion: 1,
      applicationId: id,
      channel,
      submittedAt: signedAt.toISOString(),
      service: serviceName,
      applicant: { type: d.applicantType, taxpayerId: d.taxpayer.id, name: d.taxpayer.name, address: d.taxpayer.address, signatory: d.signatory },
      request: {
        year: Number(kzDate(signedAt).slice(0, 4)) - 1,
        country: pickOne(rnd, countries),
        copies: 1 + Math.floor(rnd() * 2),
        language: rnd() < 0.5 ? 'kk' : 'ru',
      },
    };
    const bytes = documentBytes(document);
    const cms = await d.key.sign(bytes, signedAt);
    const generated = ctx.db.transaction((): GeneratedApplication => {
      const now = ctx.now();
      const registeredOn = kzDate(now);
      const year = Number(registeredOn.slice(0, 4));
      const seq = nextCentralSeq(ctx, options.officeCode, year);
      const app: CentralApplication = {
        id,
        officeCode: options.officeCode,
        channel,
        applicantType: d.applicantType,
        taxpayerId: d.taxpayer.id,
        taxpayerName: d.taxpayer.name,
        registrationNumber: formatRegistrationNumber(options.officeCode, year, seq),
        registeredOn,
        signatureKind: d.kind,
        expectedSignatureCheck: d.kind === 'valid' ? 'valid' : 'invalid',
        documentSha256: createHash('sha256').update(bytes).digest('hex'),
      };
      const pos = recordApplication(ctx, app, { documentBase64: Buffer.from(bytes).toString('base64'), cmsBase64: Buffer.from(cms).toString('base64') }, seq);
      return { ...app, pos };
    })();
    out.push(generated);
  }
  return out;
}
