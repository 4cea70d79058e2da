// Checking one signature value — on a CMS, a certificate or a CRL — with whatever can check it:
// WebCrypto (through pkijs) for RSA, a plugged-in verifier for the national GOST algorithms.
// Without a plugin a GOST signature is "unverifiable", never silently accepted.
import { createHash } from 'node:crypto';
import type * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { certificateDer, toArrayBuffer, toBytes } from './certificate';
import { cryptoEngine } from './cms';
import { algorithmOids, isGostOid } from './oids';

/**
 * A verifier for algorithms WebCrypto does not have (the GOST family), e.g. a bridge to the
 * NCA's Kalkan provider. Keyed by signature or digest algorithm OID in `AlgorithmVerifiers`.
 */
export interface AlgorithmVerifier {
  /** The hash of `data` under `digestAlgorithm` (for the CMS messageDigest check). */
  digest(digestAlgorithm: string, data: Uint8Array): Promise<Uint8Array>;
  /** True when `signature` over `signed` verifies under the public key of `certificate` (DER). */
  verify(input: {
    signatureAlgorithm: string;
    digestAlgorithm: string | null;
    signed: Uint8Array;
    signature: Uint8Array;
    certificate: Uint8Array;
  }): Promise<boolean>;
}

export type AlgorithmVerifiers = Readonly<Record<string, AlgorithmVerifier>>;

export type SignatureStatus = 'valid' | 'invalid' | 'unverifiable';

export interface SignatureCheck {
  status: SignatureStatus;
  verifiedBy: 'builtin' | 'plugin' | null;
  detail: string | null;
}

function pluginFor(plugins: AlgorithmVerifiers, ...oids: (string | null)[]): AlgorithmVerifier | null {
  for (const oid of oids) if (oid && plugins[oid]) return plugins[oid];
  return null;
}

/** WebCrypto's name for a SHA digest OID ("SHA-256"), or null for anything else. */
function hashName(oid: string): string | null {
  const algorithm = cryptoEngine().getAlgorithmByOID<{ name: string }>(oid);
  return 'name' in algorithm && /^SHA-(1|256|384|512)$/.test(algorithm.name) ? algorithm.name : null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The digest of `data`: WebCrypto for SHA-1/2, a plugin for anything else; null when nobody can. */
export async function digestWith(digestAlgorithm: string, data: Uint8Array, plugins: AlgorithmVerifiers): Promise<Uint8Array | null> {
  const plugin = pluginFor(plugins, digestAlgorithm);
  if (plugin) return plugin.digest(digestAlgorithm, data);
  if (isGostOid(digestAlgorithm)) return null;
  const name = hashName(digestAlgorithm);
  if (!name) return null;
  return new Uint8Array(createHash(name.replace('-', '').toLowerCase()).update(data).digest());
}

export interface SignatureValueInput {
  signatureAlgorithm: pkijs.AlgorithmIdentifier;
  /** For CMS: the signer's digest algorithm. Certificates and CRLs name the hash in the signature algorithm. */
  digestAlgorithm: string | null;
  signed: Uint8Array;
  signature: asn1js.BitString | asn1js.OctetString;
  /** The certificate whose public key should verify the signature. */
  key: pkijs.Certificate;
}

export async function checkSignatureValue(input: SignatureValueInput, plugins: AlgorithmVerifiers): Promise<SignatureCheck> {
  const signatureOid = input.signatureAlgorithm.algorithmId;
  const keyOid = input.key.subjectPublicKeyInfo.algorithm.algorithmId;
  const plugin = pluginFor(plugins, signatureOid, input.digestAlgorithm, keyOid);
  if (plugin) {
    try {
      const valid = await plugin.verify({
        signatureAlgorithm: signatureOid,
        digestAlgorithm: input.digestAlgorithm,
        signed: input.signed,
        signature: toBytes(input.signature.valueBlock.valueHexView),
        certificate: certificateDer(input.key),
      });
      return { status: valid ? 'valid' : 'invalid', verifiedBy: 'plugin', detail: null };
    } catch (error) {
      return { status: 'unverifiable', verifiedBy: 'plugin', detail: errorText(error) };
    }
  }
  if ([signatureOid, input.digestAlgorithm ?? '', keyOid].some(isGostOid)) {
    return { status: 'unverifiable', verifiedBy: null, detail: `GOST algorithm ${signatureOid} (key ${keyOid}): no GOST verifier is plugged in here` };
  }
  try {
    // CMS may name only the key algorithm (rsaEncryption) and put the hash in digestAlgorithm.
    let hash: string | undefined;
    if (signatureOid === algorithmOids.rsaEncryption && input.digestAlgorithm) {
      hash = hashName(input.digestAlgorithm) ?? undefined;
      if (!hash) return { status: 'unverifiable', verifiedBy: null, detail: `unknown digest ${input.digestAlgorithm}` };
    }
    const valid = await cryptoEngine().verifyWithPublicKey(toArrayBuffer(input.signed), input.signature, input.key.subjectPublicKeyInfo, input.signatureAlgorithm, hash);
    return { status: valid ? 'valid' : 'invalid', verifiedBy: 'builtin', detail: null };
  } catch (error) {
    return { status: 'unverifiable', verifiedBy: 'builtin', detail: errorText(error) };
  }
}

/** Is `certificate` signed by the key of `issuer`? */
export function checkCertificateSignature(certificate: pkijs.Certificate, issuer: pkijs.Certificate, plugins: AlgorithmVerifiers): Promise<SignatureCheck> {
  return checkSignatureValue(
    { signatureAlgorithm: certificate.signatureAlgorithm, digestAlgorithm: null, signed: certificate.tbsView, signature: certificate.signatureValue, key: issuer },
    plugins,
  );
}

/** Is the CRL signed by the key of `issuer`? */
export function checkCrlSignature(crl: pkijs.CertificateRevocationList, issuer: pkijs.Certificate, plugins: AlgorithmVerifiers): Promise<SignatureCheck> {
  return checkSignatureValue({ signatureAlgorithm: crl.signatureAlgorithm, digestAlgorithm: null, signed: crl.tbsView, signature: crl.signatureValue, key: issuer }, plugins);
}
