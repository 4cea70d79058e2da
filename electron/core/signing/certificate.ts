// Reading X.509 certificates the NCA way: PEM/DER in, pkijs objects out, and the facts the desk
// shows and checks — the holder's name, IIN (SERIALNUMBER=IIN…), BIN (OU=BIN…), role policies,
// key purpose and validity. Parsing is pkijs/asn1js; this module only knows where to look.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ekuOids, extensionOids, nameOids } from './oids';

/** A certificate (or CRL) as DER bytes or PEM text. */
export type DerOrPem = Uint8Array | string;

export interface CertificateFacts {
  /** The subject name, attribute by attribute as written in the certificate (CN=…, SERIALNUMBER=…). */
  subject: string;
  subjectCn: string | null;
  surname: string | null;
  /** The NCA's G attribute: the holder's patronymic. */
  givenName: string | null;
  /** The 12 digits after "IIN" in SERIALNUMBER, or null when the certificate has none. */
  iin: string | null;
  /** The 12 digits after "BIN" in OU: present only in an organisation's certificate. */
  bin: string | null;
  organisation: string | null;
  /** Serial number in lowercase hex, without a sign byte (as `openssl x509 -serial` prints it). */
  serialNumberHex: string;
  issuer: string;
  issuerCn: string | null;
  notBefore: Date;
  notAfter: Date;
  /** Extended key usage OIDs; null when the extension is absent (then any purpose is allowed). */
  extKeyUsage: string[] | null;
  /** Certificate policy OIDs: the NCA marks individual / organisation roles with them. */
  policies: string[];
  /** Public key algorithm OID (rsaEncryption or a GOST key OID). */
  keyAlgorithm: string;
}

const nameLabels: Record<string, string> = {
  [nameOids.commonName]: 'CN',
  [nameOids.surname]: 'SURNAME',
  [nameOids.serialNumber]: 'SERIALNUMBER',
  [nameOids.country]: 'C',
  [nameOids.locality]: 'L',
  [nameOids.organization]: 'O',
  [nameOids.organizationalUnit]: 'OU',
  [nameOids.givenName]: 'G',
  '2.5.4.8': 'ST',
  '1.2.840.113549.1.9.1': 'E',
};

export const toBytes = (buffer: ArrayBuffer | ArrayBufferView): Uint8Array =>
  buffer instanceof Uint8Array
    ? buffer
    : ArrayBuffer.isView(buffer)
      ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      : new Uint8Array(buffer);

/** A copy in a fresh ArrayBuffer: pkijs and WebCrypto want whole buffers, not views into Node's pool. */
export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Every PEM block with the given label ("CERTIFICATE", "X509 CRL", "CMS", …), decoded. */
export function pemBlocks(text: string, label: string): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(pattern)].map((match) => new Uint8Array(Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64')));
}

export function toPem(der: Uint8Array, label: string): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function derBlocks(input: DerOrPem, label: string): Uint8Array[] {
  if (typeof input !== 'string') return [input];
  const blocks = pemBlocks(input, label);
  if (blocks.length === 0) throw new Error(`no PEM ${label} block found`);
  return blocks;
}

export function parseCertificateDer(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/** Certificates from DER bytes or PEM text (a PEM text may hold several). */
export function parseCertificates(inputs: DerOrPem | readonly DerOrPem[]): pkijs.Certificate[] {
  const list = Array.isArray(inputs) ? (inputs as readonly DerOrPem[]) : [inputs as DerOrPem];
  return list.flatMap((input) => derBlocks(input, 'CERTIFICATE').map(parseCertificateDer));
}

export function parseCrls(inputs: DerOrPem | readonly DerOrPem[]): pkijs.CertificateRevocationList[] {
  const list = Array.isArray(inputs) ? (inputs as readonly DerOrPem[]) : [inputs as DerOrPem];
  return list.flatMap((input) => derBlocks(input, 'X509 CRL').map((der) => pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der))));
}

export const certificateDer = (certificate: pkijs.Certificate): Uint8Array => toBytes(certificate.toSchema().toBER());

/** The text of a name attribute, whatever string type the CA chose (UTF8String, PrintableString, BMPString…). */
function attributeText(value: unknown): string {
  if (value instanceof asn1js.BaseStringBlock) return value.getValue();
  if (value && typeof value === 'object' && 'valueBlock' in value) {
    const block = (value as { valueBlock: { value?: unknown } }).valueBlock;
    if (typeof block.value === 'string') return block.value;
  }
  return '';
}

function nameAttributes(name: pkijs.RelativeDistinguishedNames): { type: string; value: string }[] {
  return name.typesAndValues.map((tv) => ({ type: tv.type, value: attributeText(tv.value) }));
}

export function nameToString(name: pkijs.RelativeDistinguishedNames): string {
  return nameAttributes(name)
    .map(({ type, value }) => `${nameLabels[type] ?? type}=${value}`)
    .join(', ');
}

const firstValue = (name: pkijs.RelativeDistinguishedNames, type: string): string | null =>
  nameAttributes(name).find((a) => a.type === type)?.value ?? null;

/** "IIN751121400786" → "751121400786"; anything else → null. */
function prefixedId(value: string | null | undefined, prefix: 'IIN' | 'BIN'): string | null {
  const match = value ? new RegExp(`^${prefix}(\\d{12})$`).exec(value.trim()) : null;
  return match?.[1] ?? null;
}

export function findExtension(certificate: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return certificate.extensions?.find((e) => e.extnID === oid);
}

export function certificateFacts(certificate: pkijs.Certificate): CertificateFacts {
  const subject = certificate.subject;
  const ouValues = nameAttributes(subject).filter((a) => a.type === nameOids.organizationalUnit);
  const eku = findExtension(certificate, extensionOids.extKeyUsage)?.parsedValue as pkijs.ExtKeyUsage | undefined;
  const policies = findExtension(certificate, extensionOids.certificatePolicies)?.parsedValue as pkijs.CertificatePolicies | undefined;
  const serial = toBytes(certificate.serialNumber.valueBlock.valueHexView);
  const serialHex = toHex(serial[0] === 0 && serial.length > 1 ? serial.subarray(1) : serial);
  return {
    subject: nameToString(subject),
    subjectCn: firstValue(subject, nameOids.commonName),
    surname: firstValue(subject, nameOids.surname),
    givenName: firstValue(subject, nameOids.givenName),
    iin: prefixedId(firstValue(subject, nameOids.serialNumber), 'IIN'),
    bin: ouValues.map((a) => prefixedId(a.value, 'BIN')).find((v) => v !== null) ?? null,
    organisation: firstValue(subject, nameOids.organization),
    serialNumberHex: serialHex,
    issuer: nameToString(certificate.issuer),
    issuerCn: firstValue(certificate.issuer, nameOids.commonName),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    extKeyUsage: eku ? [...eku.keyPurposes] : null,
    policies: policies ? policies.certificatePolicies.map((p) => p.policyIdentifier) : [],
    keyAlgorithm: certificate.subjectPublicKeyInfo.algorithm.algorithmId,
  };
}

/** A signing key either has no EKU restriction or lists the NCA's signing purpose. */
export function allowsSigning(facts: CertificateFacts): boolean {
  return facts.extKeyUsage === null || facts.extKeyUsage.includes(ekuOids.signing);
}

export function isValidAt(facts: Pick<CertificateFacts, 'notBefore' | 'notAfter'>, at: Date): boolean {
  return facts.notBefore.getTime() <= at.getTime() && at.getTime() <= facts.notAfter.getTime();
}

/** Self-issued: subject and issuer are the same name (a root, for our purposes). */
export const isSelfIssued = (certificate: pkijs.Certificate): boolean => certificate.subject.isEqual(certificate.issuer);

/** Basic constraints say cA=TRUE. */
export function isCa(certificate: pkijs.Certificate): boolean {
  const constraints = findExtension(certificate, extensionOids.basicConstraints)?.parsedValue as pkijs.BasicConstraints | undefined;
  return constraints?.cA === true;
}

/** Byte-equal certificates: the same certificate, not just the same name. */
export function sameCertificate(a: pkijs.Certificate, b: pkijs.Certificate): boolean {
  return Buffer.from(certificateDer(a)).equals(Buffer.from(certificateDer(b)));
}
