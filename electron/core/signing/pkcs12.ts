// Opening a PKCS#12 key store (.p12), the file the NCA issues keys in. node-forge reads it:
// NCA- and Java-made stores typically use the legacy PKCS#12 PBE schemes (3DES, RC2-40), which
// WebCrypto (and so pkijs) cannot decrypt; forge reads those and OpenSSL 3's PBES2/AES alike. Out come a WebCrypto
// signing key and pkijs certificates, so the rest of the code never sees forge.
import { webcrypto } from 'node:crypto';
import forge from 'node-forge';
import type * as pkijs from 'pkijs';
import { parseCertificateDer, toArrayBuffer } from './certificate';
import { SigningError } from './errors';

export interface OpenedKeyStore {
  privateKey: webcrypto.CryptoKey;
  certificate: pkijs.Certificate;
  /** The other certificates in the store, issuer first (intermediates, perhaps the root). */
  chain: pkijs.Certificate[];
}

const binary = (bytes: Uint8Array): string => forge.util.binary.raw.encode(bytes);
const fromBinary = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'binary'));

export async function openPkcs12(p12: Uint8Array, password: string): Promise<OpenedKeyStore> {
  let bags: forge.pkcs12.Bag[];
  try {
    const pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binary(p12)), false, password);
    bags = pfx.safeContents.flatMap((contents) => contents.safeBags);
  } catch (error) {
    // forge says "Invalid password?" or fails to parse: either way the store did not open.
    throw new SigningError('keyUnavailable', error instanceof Error ? error.message : String(error), { cause: error });
  }

  const keyBag = bags.find((bag) => bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag);
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | null | undefined;
  if (!keyBag) throw new SigningError('keyUnavailable', 'no private key in the PKCS#12 store');
  if (!key) throw new SigningError('keyUnavailable', 'the private key is not RSA (a GOST key signs only through NCALayer)');

  const certBags = bags.filter((bag) => bag.type === forge.pki.oids.certBag && bag.cert);
  const certs = certBags.map((bag) => bag.cert as forge.pki.Certificate);
  const own = certs.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!own) throw new SigningError('keyUnavailable', 'no certificate for the private key in the PKCS#12 store');

  const pkcs8 = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes();
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    toArrayBuffer(fromBinary(pkcs8)),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const toPkijs = (cert: forge.pki.Certificate) => parseCertificateDer(fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes()));

  const certificate = toPkijs(own);
  const others = certs.filter((cert) => cert !== own).map(toPkijs);
  return { privateKey, certificate, chain: orderChain(certificate, others) };
}

/** Issuer first: follow issuer names up from the end-entity certificate; leftovers go last. */
function orderChain(leaf: pkijs.Certificate, others: pkijs.Certificate[]): pkijs.Certificate[] {
  const ordered: pkijs.Certificate[] = [];
  const left = [...others];
  let current = leaf;
  for (;;) {
    const index = left.findIndex((c) => c.subject.isEqual(current.issuer) && !current.subject.isEqual(current.issuer));
    if (index < 0) break;
    const [next] = left.splice(index, 1);
    if (!next) break;
    ordered.push(next);
    current = next;
  }
  return [...ordered, ...left];
}
