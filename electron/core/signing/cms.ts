// Detached CMS SignedData (RFC 5652) with pkijs: building one with SHA-256/RSA and the signed
// attributes contentType, messageDigest and signingTime, and reading one back. The document
// itself is never embedded: the signature travels next to the PDF it signs.
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { pemBlocks, toArrayBuffer, toBytes } from './certificate';
import { cmsOids } from './oids';

/** WebCrypto through pkijs: Node 22's globalThis.crypto, the same engine pkijs picks by default. */
export const cryptoEngine = (): pkijs.ICryptoEngine => pkijs.getCrypto(true);

const rsaPkcs1Prefix = '1.2.840.113549.1.1.';
const rsaPss = '1.2.840.113549.1.1.10';

/**
 * pkijs writes sha256WithRSAEncryption without parameters. RFC 4055 §5 has producers write NULL
 * (readers must accept both), and forge, OpenSSL and the NCA's tools write NULL; a certificate
 * re-encoded by one of them must not end up with a signature field that differs from the outer one.
 */
class RsaNullParamsEngine extends pkijs.CryptoEngine {
  override async getSignatureParameters(...args: Parameters<pkijs.CryptoEngine['getSignatureParameters']>) {
    const result = await super.getSignatureParameters(...args);
    const id = result.signatureAlgorithm.algorithmId;
    if (id.startsWith(rsaPkcs1Prefix) && id !== rsaPss) result.signatureAlgorithm.algorithmParams = new asn1js.Null();
    return result;
  }
}

/** The engine to sign with (CMS here; certificates and CRLs in the test PKI). */
export const signingEngine: pkijs.ICryptoEngine = new RsaNullParamsEngine({ name: 'webcrypto', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/**
 * Signed attributes are a DER SET OF, so they must be in the order of their encodings. pkijs
 * writes them in the order given; OpenSSL happens to hash them as received, but a verifier that
 * decodes and re-encodes to DER (as the CMS rules allow) would hash another order and fail.
 */
function derOrdered(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({ attribute, der: Buffer.from(attribute.toSchema().toBER()) }));
  encoded.sort((a, b) => Buffer.compare(a.der, b.der));
  return encoded.map((e) => e.attribute);
}

export interface BuildDetachedCmsInput {
  data: Uint8Array;
  /** An RSA private key for RSASSA-PKCS1-v1_5 with SHA-256. */
  privateKey: webcrypto.CryptoKey;
  signerCertificate: pkijs.Certificate;
  /** The rest of the chain to include (intermediates; the root may be included too). */
  chain: readonly pkijs.Certificate[];
  signingTime: Date;
}

export async function buildDetachedCms({ data, privateKey, signerCertificate, chain, signingTime }: BuildDetachedCmsInput): Promise<Uint8Array> {
  const digest = sha256(data);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: derOrdered([
      new pkijs.Attribute({ type: cmsOids.contentType, values: [new asn1js.ObjectIdentifier({ value: cmsOids.data })] }),
      new pkijs.Attribute({ type: cmsOids.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })] }),
      // UTCTime until 2049, as RFC 5652 §11.3 requires; signing dates are far from that limit.
      new pkijs.Attribute({ type: cmsOids.signingTime, values: [new asn1js.UTCTime({ valueDate: signingTime })] }),
    ]),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOids.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCertificate.issuer, serialNumber: signerCertificate.serialNumber }),
        signedAttrs,
      }),
    ],
    certificates: [signerCertificate, ...chain],
  });
  await signedData.sign(privateKey, 0, 'SHA-256', toArrayBuffer(data), signingEngine);
  const contentInfo = new pkijs.ContentInfo({ contentType: cmsOids.signedData, content: signedData.toSchema() });
  return toBytes(contentInfo.toSchema().toBER());
}

/** The CMS as DER, whether it came as DER bytes, PEM ("-----BEGIN CMS-----", NCALayer's basics answer) or bare base64 (commonUtils). */
export function cmsToDer(input: Uint8Array | string): Uint8Array {
  if (typeof input !== 'string') {
    // A .p7s saved as PEM text is still text; anything else is taken as DER.
    const head = Buffer.from(input.subarray(0, 11)).toString('latin1');
    if (head !== '-----BEGIN ') return input;
    input = Buffer.from(input).toString('latin1');
  }
  for (const label of ['CMS', 'PKCS7']) {
    const [block] = pemBlocks(input, label);
    if (block) return block;
  }
  const compact = input.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new Error('not base64');
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** SignedData out of a ContentInfo; throws when the bytes are not a CMS SignedData. */
export function parseSignedData(der: Uint8Array): pkijs.SignedData {
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  if (contentInfo.contentType !== cmsOids.signedData) throw new Error(`content type ${contentInfo.contentType} is not SignedData`);
  return new pkijs.SignedData({ schema: contentInfo.content });
}

/** The value of a signed attribute, or undefined when the signer did not include it. */
export function signedAttribute(signerInfo: pkijs.SignerInfo, type: string): unknown {
  return signerInfo.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

/** The signingTime attribute (UTCTime or GeneralizedTime), or null. */
export function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const value = signedAttribute(signerInfo, cmsOids.signingTime);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

/** The signer's certificate among those in the CMS, found by issuer and serial (or by key id). */
export function findSignerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.Certificate | null {
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  // SubjectKeyIdentifier form ([0] IMPLICIT OCTET STRING): the SHA-1 of the public key, as RFC 5280 suggests.
  const block = sid as asn1js.BaseBlock & { valueBlock: { valueHexView?: Uint8Array; value?: asn1js.BaseBlock[] } };
  const inner = block.idBlock?.isConstructed ? (block.valueBlock.value?.[0] as { valueBlock: { valueHexView: Uint8Array } } | undefined) : undefined;
  const keyId = inner ? inner.valueBlock.valueHexView : block.valueBlock.valueHexView;
  if (!keyId) return null;
  for (const certificate of certificates) {
    const hash = createHash('sha1').update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
    if (hash.equals(Buffer.from(keyId))) return certificate;
  }
  return null;
}
