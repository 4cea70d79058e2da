// Verifying a detached CMS signature on an incoming electronic application, the way the
// regulation's condition 3 reads: the signature over these exact bytes, the certificate's chain
// to a trusted NCA root, its validity when it signed, its absence from the revocation list (and
// how old that list is), and the IIN/BIN in the request equal to the one in the certificate.
// The answer is a report with every finding, not a yes/no: the officer has to explain a refusal.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Localized } from '../../../shared/domain/text';
import { checkSignatureValue, digestWith, type AlgorithmVerifiers, type SignatureStatus } from './algorithms';
import { buildChain } from './chain';
import { allowsSigning, certificateFacts, isValidAt, parseCertificates, toBytes, type CertificateFacts, type DerOrPem } from './certificate';
import { cmsToDer, findSignerCertificate, parseSignedData, signedAttribute, signingTimeOf } from './cms';
import { verificationMessages, type VerificationIssueCode } from './messages';
import { cmsOids } from './oids';
import { checkRevocation, type RevocationResult, type SyncedCrl } from './revocation';

export interface VerifyOptions {
  /** Trusted roots (the NCA's root certificates), DER or PEM. */
  roots: readonly DerOrPem[];
  /** CRLs as last synced, with when they were fetched. */
  crls?: readonly SyncedCrl[];
  /**
   * Judge the certificate's validity at this instant instead of the signingTime attribute, e.g.
   * the registration time of the application, which the office trusts more than the signer's clock.
   */
  at?: Date;
  /** The IIN/BIN the request was made for (condition 3). */
  expectedId?: { iin?: string; bin?: string };
  now: Date;
  /** Verifiers for algorithms WebCrypto lacks (GOST), keyed by OID. */
  algorithmVerifiers?: AlgorithmVerifiers;
  /** Treat an unknown revocation status and a stale CRL as failures instead of warnings. */
  strictRevocation?: boolean;
}

export interface VerificationIssue {
  code: VerificationIssueCode;
  message: Localized;
  detail: string | null;
}

export interface VerificationReport {
  /** No failures. Warnings (stale CRL, unknown revocation, no signingTime) do not make it false. */
  ok: boolean;
  signatureValid: boolean;
  signature: {
    status: SignatureStatus;
    digestAlgorithm: string | null;
    signatureAlgorithm: string | null;
    verifiedBy: 'builtin' | 'plugin' | null;
  };
  chainValid: boolean;
  /** Signer first, up to the trusted root when the chain is valid. */
  chain: CertificateFacts[];
  signingTime: Date | null;
  /** The instant validity was judged at: `at`, else signingTime, else now. */
  checkedAt: Date;
  /** Every certificate of the chain was within its validity period at `checkedAt`. */
  validAtSigningTime: boolean;
  revocation: RevocationResult;
  /** null when no IIN/BIN was expected. */
  idMatches: boolean | null;
  signer: CertificateFacts | null;
  failures: VerificationIssue[];
  warnings: VerificationIssue[];
}

/** Signing time more than this ahead of our clock is not clock skew. */
const futureTolerance = 5 * 60_000;

const issue = (code: VerificationIssueCode, detail: string | null = null): VerificationIssue => ({ code, message: verificationMessages[code], detail });

const equalBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function emptyReport(now: Date, failure: VerificationIssue): VerificationReport {
  return {
    ok: false,
    signatureValid: false,
    signature: { status: 'invalid', digestAlgorithm: null, signatureAlgorithm: null, verifiedBy: null },
    chainValid: false,
    chain: [],
    signingTime: null,
    checkedAt: now,
    validAtSigningTime: false,
    revocation: { status: 'unknown', revokedAt: null, reasonCode: null, crl: null, detail: null },
    idMatches: null,
    signer: null,
    failures: [failure],
    warnings: [],
  };
}

/** The signature over `data` (or over the signed attributes, whose messageDigest binds `data`). */
async function checkCmsSignature(
  signedData: pkijs.SignedData,
  signerInfo: pkijs.SignerInfo,
  signer: pkijs.Certificate,
  data: Uint8Array,
  plugins: AlgorithmVerifiers,
): Promise<{ status: SignatureStatus; verifiedBy: 'builtin' | 'plugin' | null; detail: string | null }> {
  const digestAlgorithm = signerInfo.digestAlgorithm.algorithmId;
  // A "detached" CMS that carries content anyway must carry exactly these bytes.
  const eContent = signedData.encapContentInfo.eContent;
  if (eContent) {
    const embedded = toBytes(eContent.getValue());
    if (!equalBytes(embedded, data)) return { status: 'invalid', verifiedBy: null, detail: 'the CMS carries different content' };
  }
  let signed = data;
  if (signerInfo.signedAttrs) {
    if (signedAttribute(signerInfo, cmsOids.contentType) === undefined) return { status: 'invalid', verifiedBy: null, detail: 'no contentType signed attribute' };
    const messageDigest = signedAttribute(signerInfo, cmsOids.messageDigest);
    if (!(messageDigest instanceof asn1js.OctetString)) return { status: 'invalid', verifiedBy: null, detail: 'no messageDigest signed attribute' };
    const digest = await digestWith(digestAlgorithm, data, plugins);
    if (!digest) return { status: 'unverifiable', verifiedBy: null, detail: `no verifier for the digest algorithm ${digestAlgorithm}` };
    if (!equalBytes(digest, toBytes(messageDigest.valueBlock.valueHexView))) {
      return { status: 'invalid', verifiedBy: null, detail: 'the document digest differs from the signed messageDigest' };
    }
    signed = toBytes(signerInfo.signedAttrs.encodedValue);
  }
  return checkSignatureValue({ signatureAlgorithm: signerInfo.signatureAlgorithm, digestAlgorithm, signed, signature: signerInfo.signature, key: signer }, plugins);
}

/** `cms` is DER bytes, or text: PEM ("-----BEGIN CMS-----") or bare base64, as portals send it. */
export async function verifyDetachedCms(data: Uint8Array, cms: Uint8Array | string, options: VerifyOptions): Promise<VerificationReport> {
  const { now, crls = [], expectedId, strictRevocation = false } = options;
  const plugins = options.algorithmVerifiers ?? {};

  let signedData: pkijs.SignedData;
  try {
    signedData = parseSignedData(cmsToDer(cms));
  } catch (error) {
    return emptyReport(now, issue('malformed', error instanceof Error ? error.message : String(error)));
  }
  const [signerInfo] = signedData.signerInfos;
  if (!signerInfo) return emptyReport(now, issue('malformed', 'the CMS has no signer'));
  const signerCertificate = findSignerCertificate(signedData, signerInfo);
  if (!signerCertificate) return emptyReport(now, issue('noSignerCertificate'));

  const failures: VerificationIssue[] = [];
  const warnings: VerificationIssue[] = [];
  const signer = certificateFacts(signerCertificate);

  // 1. The signature over these bytes.
  const signature = await checkCmsSignature(signedData, signerInfo, signerCertificate, data, plugins);
  if (signature.status === 'invalid') failures.push(issue('signatureInvalid', signature.detail));
  if (signature.status === 'unverifiable') failures.push(issue('algorithmUnsupported', signature.detail));

  // 2. The chain to a configured root, through the certificates the CMS carries.
  let roots: pkijs.Certificate[] = [];
  try {
    roots = parseCertificates(options.roots);
  } catch (error) {
    failures.push(issue('chainInvalid', `a configured root is unreadable: ${error instanceof Error ? error.message : String(error)}`));
  }
  const pool = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const chain = await buildChain(signerCertificate, pool, roots, plugins);
  if (!chain.valid) {
    if (chain.unverifiable && !failures.some((f) => f.code === 'algorithmUnsupported')) failures.push(issue('algorithmUnsupported', chain.problem));
    failures.push(issue('chainInvalid', chain.problem));
  }

  // 3. Validity when it signed.
  const signingTime = signingTimeOf(signerInfo);
  const checkedAt = options.at ?? signingTime ?? now;
  if (!options.at && !signingTime) warnings.push(issue('noSigningTime'));
  if (signingTime && signingTime.getTime() > now.getTime() + futureTolerance) {
    failures.push(issue('signingTimeInFuture', `signingTime ${signingTime.toISOString()}, now ${now.toISOString()}`));
  }
  const outOfValidity = chain.path.map(certificateFacts).filter((facts) => !isValidAt(facts, checkedAt));
  const validAtSigningTime = outOfValidity.length === 0;
  if (!validAtSigningTime) {
    const detail = outOfValidity.map((f) => `${f.subjectCn ?? f.subject}: ${f.notBefore.toISOString()} – ${f.notAfter.toISOString()}`).join('; ');
    failures.push(issue('notValidAtSigningTime', `at ${checkedAt.toISOString()}: ${detail}`));
  }
  if (!allowsSigning(signer)) failures.push(issue('wrongKeyUsage', `extended key usage ${signer.extKeyUsage?.join(', ')}`));

  // 4. Revocation of the signer's certificate against the synced CRL of its issuer.
  const issuerCertificate = chain.path[1] ?? null;
  const revocation = await checkRevocation(signerCertificate, issuerCertificate, crls, now, plugins);
  const revocationIssues: VerificationIssue[] = [];
  if (revocation.status === 'revoked') {
    failures.push(issue('revoked', `revoked ${revocation.revokedAt?.toISOString()}${revocation.reasonCode !== null ? `, reason ${revocation.reasonCode}` : ''}`));
  }
  if (revocation.status === 'unknown') revocationIssues.push(issue('revocationUnknown', revocation.detail));
  if (revocation.crl?.stale) {
    revocationIssues.push(issue('crlStale', `nextUpdate ${revocation.crl.nextUpdate?.toISOString()}, fetched ${revocation.crl.fetchedAt.toISOString()}`));
  }
  (strictRevocation ? failures : warnings).push(...revocationIssues);

  // 5. Condition 3: the IIN/BIN in the request is the certificate's.
  let idMatches: boolean | null = null;
  if (expectedId?.iin !== undefined || expectedId?.bin !== undefined) {
    const iinOk = expectedId.iin === undefined || expectedId.iin === signer.iin;
    const binOk = expectedId.bin === undefined || expectedId.bin === signer.bin;
    idMatches = iinOk && binOk;
    if (!idMatches) {
      const parts = [
        expectedId.iin !== undefined ? `IIN: request ${expectedId.iin}, certificate ${signer.iin ?? '(none)'}` : null,
        expectedId.bin !== undefined ? `BIN: request ${expectedId.bin}, certificate ${signer.bin ?? '(none)'}` : null,
      ];
      failures.push(issue('idMismatch', parts.filter(Boolean).join('; ')));
    }
  }

  return {
    ok: failures.length === 0,
    signatureValid: signature.status === 'valid',
    signature: {
      status: signature.status,
      digestAlgorithm: signerInfo.digestAlgorithm.algorithmId,
      signatureAlgorithm: signerInfo.signatureAlgorithm.algorithmId,
      verifiedBy: signature.verifiedBy,
    },
    chainValid: chain.valid,
    chain: chain.path.map(certificateFacts),
    signingTime,
    checkedAt,
    validAtSigningTime,
    revocation,
    idMatches,
    signer,
    failures,
    warnings,
  };
}
