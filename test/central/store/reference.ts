// Reference data the central system distributes to every office: regulation versions, working-day
// calendars and certificate revocation lists. Versions are immutable (the same id with other
// content is refused, as the workstation refuses it); a newer CRL of an issuer replaces the older.
import { parseCalendarVersion } from '../../../shared/domain/calendar';
import { exportRegulationVersion, parseRegulationVersion } from '../../../shared/domain/regulation';
import { limits } from '../../../shared/sync/protocol';
import { nameToString, parseCrls, pemBlocks, type DerOrPem } from '../../../electron/core/signing/certificate';
import type { CentralContext } from './context';

export type AddResult = { status: 'added' | 'alreadyPresent'; id: string };

function addVersion(ctx: CentralContext, type: 'reference.regulation' | 'reference.calendar', id: string, json: string): AddResult {
  if (json.length > limits.text * 20) throw new RangeError(`${type} ${id} is larger than the protocol allows`);
  const key = `${type}:${id}`;
  const existing = ctx.log.latestBody(key);
  if (existing !== null) {
    if ((JSON.parse(existing) as { json: string }).json !== json) throw new Error(`${type} ${id} already exists with other content`);
    return { status: 'alreadyPresent', id };
  }
  ctx.log.append({ type, json }, null, key);
  return { status: 'added', id };
}

/** Publishes a regulation version (an object or JSON text), after the same checks the desk runs. */
export function addRegulationVersion(ctx: CentralContext, input: unknown): AddResult {
  const parsed = parseRegulationVersion(input);
  if (!parsed.ok) throw new Error(`invalid regulation version: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return addVersion(ctx, 'reference.regulation', parsed.version.id, exportRegulationVersion(parsed.version));
}

/** Publishes a working-day calendar version (an object or JSON text). */
export function addCalendarVersion(ctx: CentralContext, input: unknown): AddResult {
  const value: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  const parsed = parseCalendarVersion(value);
  if (!parsed.ok) throw new Error(`invalid calendar version: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return addVersion(ctx, 'reference.calendar', parsed.version.id, JSON.stringify(parsed.version));
}

export interface PublishedCrl {
  issuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  pos: number;
}

/** Publishes a CRL (DER or PEM) to every office; it replaces the issuer's previous one. */
export function publishCrl(ctx: CentralContext, crl: DerOrPem): PublishedCrl {
  // The bytes as the CA issued them (a re-encoding could break the CA's signature on the list).
  const ders = typeof crl === 'string' ? pemBlocks(crl, 'X509 CRL') : [crl];
  const [der, ...others] = ders;
  if (der === undefined || others.length > 0) throw new Error('expected exactly one CRL');
  const [parsed] = parseCrls(der);
  if (!parsed) throw new Error('the CRL does not parse');
  const issuer = nameToString(parsed.issuer);
  const thisUpdate = parsed.thisUpdate.value.toISOString();
  const nextUpdate = parsed.nextUpdate?.value.toISOString() ?? null;
  const pos = ctx.log.append({ type: 'crl', issuer, derBase64: Buffer.from(der).toString('base64'), thisUpdate, nextUpdate }, null, `crl:${issuer}`);
  return { issuer, thisUpdate, nextUpdate, pos };
}

/** Whether the change log already holds this issuer's CRL with this thisUpdate or a later one. */
export function crlPublished(ctx: CentralContext, crl: Uint8Array): boolean {
  const [parsed] = parseCrls(crl);
  if (!parsed) return false;
  const body = ctx.log.latestBody(`crl:${nameToString(parsed.issuer)}`);
  if (body === null) return false;
  return (JSON.parse(body) as { thisUpdate: string }).thisUpdate >= parsed.thisUpdate.value.toISOString();
}
