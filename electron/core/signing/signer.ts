// The Signer contract both implementations keep (NCALayer for officers, PKCS#12 for demo and
// tests), and the checks on the signer's certificate they share: the key must be the signed-in
// officer's own (IIN), a signing key, in its validity period, and not on the synced CRL.
import type * as pkijs from 'pkijs';
import { allowsSigning, certificateFacts, isValidAt, parseCrls, type CertificateFacts, type DerOrPem } from './certificate';
import { SigningError } from './errors';

export interface SignResult {
  /** Detached CMS SignedData, DER: SHA-256 with RSA, signingTime signed, the signer's chain included. */
  cms: Uint8Array;
  /** The signer certificate's facts (name, IIN, BIN, serial, issuer, validity). */
  signer: CertificateFacts;
  /** The signingTime attribute in the CMS. */
  signingTime: Date;
  /** Which way the signature was made. */
  via: 'pkcs12' | 'ncalayer-basics' | 'ncalayer-commonUtils';
}

export interface Signer {
  /** Signs `data` (the document's exact bytes) as the officer whose IIN is `expect.iin`. */
  sign(data: Uint8Array, expect: { iin: string }): Promise<SignResult>;
}

export interface SignerCertificateCheck {
  expectedIin: string;
  now: Date;
  /** CRLs the workstation last synced; a listed certificate is refused as 'certificateRevoked'. */
  crls?: readonly DerOrPem[];
}

/**
 * Throws the SigningError that explains why this certificate may not sign for this officer.
 * Order matters for the message: someone else's key is the first thing to say.
 */
export function checkSignerCertificate(certificate: pkijs.Certificate, { expectedIin, now, crls = [] }: SignerCertificateCheck): CertificateFacts {
  const facts = certificateFacts(certificate);
  if (facts.iin !== expectedIin) throw new SigningError('wrongIin', `certificate IIN ${facts.iin ?? '(none)'}, signed-in officer ${expectedIin}`);
  if (!allowsSigning(facts)) throw new SigningError('wrongKeyUsage', `extended key usage ${facts.extKeyUsage?.join(', ')}`);
  if (!isValidAt(facts, now)) {
    throw new SigningError('certificateExpired', `valid ${facts.notBefore.toISOString()} – ${facts.notAfter.toISOString()}, now ${now.toISOString()}`);
  }
  for (const crl of parseCrls([...crls])) {
    // Only a CRL from this certificate's issuer can speak about it; the signature on the CRL
    // itself is checked by the verifier, here the synced list is trusted as the store keeps it.
    if (crl.issuer.isEqual(certificate.issuer) && crl.isCertificateRevoked(certificate)) {
      throw new SigningError('certificateRevoked', `serial ${facts.serialNumberHex} is on the CRL of ${facts.issuer}`);
    }
  }
  return facts;
}
