// Object identifiers the signing code reads and writes: the NCA's subject-name conventions,
// certificate policies for roles, key purposes, and the RSA and GOST algorithms. Kept in one
// place so a reader can check them against the NCA's published profiles.

/** Attribute types of a subject name (RFC 4519 / X.520). */
export const nameOids = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  /** NCA certificates carry "IIN" + 12 digits here. */
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  organization: '2.5.4.10',
  /** An organisation's certificate carries "BIN" + 12 digits here. */
  organizationalUnit: '2.5.4.11',
  /** The NCA puts the patronymic into givenName (G). */
  givenName: '2.5.4.42',
} as const;

/** Certificate policies the NCA uses to say whose key it is. */
export const policyOids = {
  individual: '1.2.398.3.3.4.1.1',
  organisation: '1.2.398.3.3.4.1.2',
  head: '1.2.398.3.3.4.1.2.1',
  rightToSign: '1.2.398.3.3.4.1.2.2',
  rightToSignFinancial: '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
} as const;

/** Extended key usage: an NCA key pair is either for signing or for authentication. */
export const ekuOids = {
  /** id-kp-emailProtection; the NCA marks signing keys with it. */
  signing: '1.3.6.1.5.5.7.3.4',
  /** id-kp-clientAuth; authentication keys (AUTH_RSA…), never for signing documents. */
  authentication: '1.3.6.1.5.5.7.3.2',
} as const;

export const extensionOids = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  cRLNumber: '2.5.29.20',
  cRLReason: '2.5.29.21',
  certificatePolicies: '2.5.29.32',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
} as const;

export const cmsOids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

export const algorithmOids = {
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  /** GOST 34.310-2004 signature (with the GOST 34.311-95 hash), the NCA's older national algorithm. */
  gost2004: '1.2.398.3.10.1.1.1.2',
  /** GOST 34.10-2015, 512-bit and 256-bit variants. */
  gost2015a: '1.2.398.3.10.1.1.2.3.1',
  gost2015b: '1.2.398.3.10.1.1.2.3.2',
} as const;

/** Every OID under the Kazakhstan national crypto arc (1.2.398.3.10) is GOST: hashes, keys, signatures. */
export function isGostOid(oid: string): boolean {
  return oid === '1.2.398.3.10' || oid.startsWith('1.2.398.3.10.');
}
