// Revocation against the CRLs the workstation last synced. An office may be offline, so the
// answer always says which CRL it came from and how old it is; a CRL past its nextUpdate is
// still used (it is the best we have) but flagged stale.
import * as pkijs from 'pkijs';
import { checkCrlSignature, type AlgorithmVerifiers } from './algorithms';
import { nameToString, toArrayBuffer } from './certificate';
import { extensionOids } from './oids';

/** A CRL as synced: its DER and when the workstation fetched it. */
export interface SyncedCrl {
  der: Uint8Array;
  fetchedAt: Date;
}

export interface CrlInfo {
  issuer: string;
  thisUpdate: Date;
  nextUpdate: Date | null;
  fetchedAt: Date;
  /** now − fetchedAt, in milliseconds. */
  ageMs: number;
  /** now is past nextUpdate: a newer list should exist. */
  stale: boolean;
}

export interface RevocationResult {
  status: 'good' | 'revoked' | 'unknown';
  revokedAt: Date | null;
  /** RFC 5280 reason code (1 keyCompromise, 4 superseded, …) when the CRL gives one. */
  reasonCode: number | null;
  /** The CRL the answer came from; null when there was none usable. */
  crl: CrlInfo | null;
  detail: string | null;
}

function reasonOf(entry: pkijs.RevokedCertificate): number | null {
  const extension = entry.crlEntryExtensions?.extensions.find((e) => e.extnID === extensionOids.cRLReason);
  const value = extension?.parsedValue as { valueBlock?: { valueDec?: number } } | undefined;
  return value?.valueBlock?.valueDec ?? null;
}

export async function checkRevocation(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate | null,
  crls: readonly SyncedCrl[],
  now: Date,
  plugins: AlgorithmVerifiers,
): Promise<RevocationResult> {
  const unknown = (detail: string): RevocationResult => ({ status: 'unknown', revokedAt: null, reasonCode: null, crl: null, detail });
  if (!issuer) return unknown('the issuer certificate is unknown, so no CRL can be trusted for this certificate');

  const usable: { crl: pkijs.CertificateRevocationList; fetchedAt: Date }[] = [];
  const rejected: string[] = [];
  for (const synced of crls) {
    let crl: pkijs.CertificateRevocationList;
    try {
      crl = pkijs.CertificateRevocationList.fromBER(toArrayBuffer(synced.der));
    } catch {
      rejected.push('an unreadable CRL');
      continue;
    }
    if (!crl.issuer.isEqual(certificate.issuer)) continue;
    // A CRL speaks for a certificate only when the certificate's issuer signed it.
    const check = await checkCrlSignature(crl, issuer, plugins);
    if (check.status !== 'valid') {
      rejected.push(`the CRL of ${nameToString(crl.issuer)} (${crl.thisUpdate.value.toISOString()}): signature ${check.status}`);
      continue;
    }
    usable.push({ crl, fetchedAt: synced.fetchedAt });
  }
  if (usable.length === 0) {
    return unknown(rejected.length ? `no usable CRL: ${rejected.join('; ')}` : `no CRL of ${nameToString(certificate.issuer)} is synced`);
  }

  // The newest list decides; older ones add nothing it does not already say.
  usable.sort((a, b) => b.crl.thisUpdate.value.getTime() - a.crl.thisUpdate.value.getTime());
  const [newest] = usable;
  if (!newest) return unknown('no usable CRL');
  const { crl, fetchedAt } = newest;
  const nextUpdate = crl.nextUpdate?.value ?? null;
  const info: CrlInfo = {
    issuer: nameToString(crl.issuer),
    thisUpdate: crl.thisUpdate.value,
    nextUpdate,
    fetchedAt,
    ageMs: now.getTime() - fetchedAt.getTime(),
    stale: nextUpdate !== null && now.getTime() > nextUpdate.getTime(),
  };
  const entry = crl.revokedCertificates?.find((e) => e.userCertificate.isEqual(certificate.serialNumber));
  if (entry) return { status: 'revoked', revokedAt: entry.revocationDate.value, reasonCode: reasonOf(entry), crl: info, detail: null };
  return { status: 'good', revokedAt: null, reasonCode: null, crl: info, detail: null };
}
