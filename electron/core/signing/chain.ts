// From the signer's certificate up to one of the configured roots, through the certificates the
// CMS carries. Small on purpose: an NCA chain is root → intermediate (RSA or GOST) → holder, and
// a GOST link must go through the same pluggable verifier as the CMS signature.
import type * as pkijs from 'pkijs';
import { checkCertificateSignature, type AlgorithmVerifiers } from './algorithms';
import { isCa, nameToString, sameCertificate } from './certificate';

export interface ChainResult {
  valid: boolean;
  /** Signer first; ends at the trusted root when `valid`. */
  path: pkijs.Certificate[];
  /** True when a link could not be checked at all (a GOST signature without a verifier). */
  unverifiable: boolean;
  problem: string | null;
}

const maxDepth = 8;

export async function buildChain(
  leaf: pkijs.Certificate,
  pool: readonly pkijs.Certificate[],
  roots: readonly pkijs.Certificate[],
  plugins: AlgorithmVerifiers,
): Promise<ChainResult> {
  const path = [leaf];
  let current = leaf;
  let unverifiable = false;
  for (let depth = 0; depth < maxDepth; depth++) {
    if (roots.some((root) => sameCertificate(root, current))) return { valid: true, path, unverifiable: false, problem: null };

    const trusted = roots.filter((root) => root.subject.isEqual(current.issuer));
    const carried = pool.filter((c) => c.subject.isEqual(current.issuer) && !path.some((p) => sameCertificate(p, c)));
    const candidates = [...trusted, ...carried];
    if (candidates.length === 0) {
      return { valid: false, path, unverifiable, problem: `no certificate of the issuer ${nameToString(current.issuer)} (not a configured root, not in the CMS)` };
    }

    let issuer: pkijs.Certificate | null = null;
    const problems: string[] = [];
    for (const candidate of candidates) {
      const check = await checkCertificateSignature(current, candidate, plugins);
      if (check.status === 'valid') {
        issuer = candidate;
        break;
      }
      if (check.status === 'unverifiable') unverifiable = true;
      problems.push(`${nameToString(current.subject)} by ${nameToString(candidate.subject)}: ${check.status}${check.detail ? ` (${check.detail})` : ''}`);
    }
    if (!issuer) return { valid: false, path, unverifiable, problem: `the issuer's signature does not verify: ${problems.join('; ')}` };

    const isRoot = roots.some((root) => sameCertificate(root, issuer));
    // A configured root is trusted as configured; every other issuer must be a CA.
    if (!isRoot && !isCa(issuer)) return { valid: false, path, unverifiable, problem: `${nameToString(issuer.subject)} is not a CA certificate` };
    path.push(issuer);
    if (isRoot) return { valid: true, path, unverifiable: false, problem: null };
    current = issuer;
  }
  return { valid: false, path, unverifiable, problem: `no root within ${maxDepth} certificates` };
}
