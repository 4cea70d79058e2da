// The data snapshot of a document: canonical JSON (RFC 8785, so the same data always gives the
// same bytes whatever the key order) and SHA-256 digests. The QR code of an outgoing document
// carries the snapshot's hash, since a PDF cannot carry its own.
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  // canonicalize returns undefined only for undefined, functions and symbols: never template data.
  if (json === undefined) throw new TypeError('document data cannot be serialised as JSON');
  return json;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Version tag of the QR payload format, so a reader can tell future formats apart. */
export const qrFormat = 'RD1';

/** `RD1|<registration number>|<SHA-256 of the canonical data snapshot>`. */
export function qrPayload(registrationNumber: string, dataSha256: string): string {
  return `${qrFormat}|${registrationNumber}|${dataSha256}`;
}

export function parseQrPayload(text: string): { registrationNumber: string; dataSha256: string } | null {
  const match = /^RD1\|(.+)\|([0-9a-f]{64})$/.exec(text);
  return match ? { registrationNumber: match[1]!, dataSha256: match[2]! } : null;
}
