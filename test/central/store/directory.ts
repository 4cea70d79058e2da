// Who may talk to the central system: workstations registered for an office with a number
// 1–99 and a secret (stored only as its SHA-256), and the officers of each office, whose
// records also go down to the office's workstations through pull.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../../shared/domain/roles';
import type { Change } from '../../../shared/sync/protocol';
import type { CentralContext } from './context';

export interface Workstation {
  id: string;
  officeCode: string;
  number: number;
}

export interface WorkstationCredential extends Workstation {
  secret: string;
  /** The value of the Authorization header. */
  authorization: string;
}

export interface OfficerInput {
  officeCode: string;
  login: string;
  fullName: string;
  shortName: string;
  iin: string;
  role: Role;
  active?: boolean;
}

export interface CentralOfficer extends Required<OfficerInput> {
  id: number;
}

const officeCodePattern = /^\d{4}$/;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function registerWorkstation(
  ctx: CentralContext,
  input: { officeCode: string; number: number; workstationId?: string; secret?: string },
): WorkstationCredential {
  const { officeCode, number } = input;
  if (!officeCodePattern.test(officeCode)) throw new RangeError(`office code must be 4 digits, got ${officeCode}`);
  if (!Number.isInteger(number) || number < 1 || number > 99) throw new RangeError(`workstation number must be 1–99, got ${number}`);
  const id = input.workstationId ?? randomUUID();
  const secret = input.secret ?? randomBytes(24).toString('hex');
  const existing = ctx.db.prepare('SELECT id, secret_sha256 FROM workstations WHERE office_code = ? AND number = ?').get(officeCode, number) as
    | { id: string; secret_sha256: string }
    | undefined;
  if (existing) {
    // Registering the same credential again (a restarted demo) is fine; taking a number is not.
    if (existing.id !== id || existing.secret_sha256 !== sha256(secret)) {
      throw new Error(`workstation ${number} of office ${officeCode} is already registered`);
    }
  } else {
    ctx.db
      .prepare('INSERT INTO workstations (id, office_code, number, secret_sha256, registered_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, officeCode, number, sha256(secret), ctx.now().toISOString());
  }
  return { id, officeCode, number, secret, authorization: `Bearer ${id}:${secret}` };
}

/** The workstation an Authorization header proves, or null. */
export function authenticate(ctx: CentralContext, header: string | undefined): Workstation | null {
  const match = /^Bearer ([0-9a-f-]{36}):([\x21-\x7e]{1,200})$/i.exec(header ?? '');
  if (!match) return null;
  const [, id, secret] = match as unknown as [string, string, string];
  const row = ctx.db.prepare('SELECT id, office_code, number, secret_sha256 FROM workstations WHERE id = ?').get(id.toLowerCase()) as
    | { id: string; office_code: string; number: number; secret_sha256: string }
    | undefined;
  const expected = Buffer.from(row?.secret_sha256 ?? sha256('no such workstation'), 'hex');
  const given = Buffer.from(sha256(secret), 'hex');
  if (!timingSafeEqual(expected, given) || !row) return null;
  return { id: row.id, officeCode: row.office_code, number: row.number };
}

export function workstationOf(ctx: CentralContext, id: string): Workstation | null {
  const row = ctx.db.prepare('SELECT id, office_code, number FROM workstations WHERE id = ?').get(id) as
    | { id: string; office_code: string; number: number }
    | undefined;
  return row ? { id: row.id, officeCode: row.office_code, number: row.number } : null;
}

function officerChange(o: CentralOfficer): Change {
  return {
    type: 'officer',
    officer: { id: o.id, login: o.login, fullName: o.fullName, shortName: o.shortName, iin: o.iin, role: o.role, active: o.active },
  };
}

/** Adds an officer to an office; the record goes down to that office's workstations. */
export function addOfficer(ctx: CentralContext, input: OfficerInput): CentralOfficer {
  if (!officeCodePattern.test(input.officeCode)) throw new RangeError(`office code must be 4 digits, got ${input.officeCode}`);
  if (!/^\d{12}$/.test(input.iin)) throw new RangeError(`officer IIN must be 12 digits, got ${input.iin}`);
  const active = input.active ?? true;
  const id = Number(
    ctx.db
      .prepare('INSERT INTO officers (office_code, login, full_name, short_name, iin, role, active) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.officeCode, input.login, input.fullName, input.shortName, input.iin, input.role, active ? 1 : 0).lastInsertRowid,
  );
  const officer: CentralOfficer = { ...input, active, id };
  ctx.log.append(officerChange(officer), input.officeCode, `officer:${id}`);
  return officer;
}

export function setOfficerActive(ctx: CentralContext, id: number, active: boolean): CentralOfficer {
  const officer = officerById(ctx, id);
  if (!officer) throw new RangeError(`no officer ${id}`);
  ctx.db.prepare('UPDATE officers SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  const updated = { ...officer, active };
  ctx.log.append(officerChange(updated), officer.officeCode, `officer:${id}`);
  return updated;
}

export function officerById(ctx: CentralContext, id: number): CentralOfficer | null {
  const row = ctx.db.prepare('SELECT * FROM officers WHERE id = ?').get(id) as
    | { id: number; office_code: string; login: string; full_name: string; short_name: string; iin: string; role: Role; active: number }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    officeCode: row.office_code,
    login: row.login,
    fullName: row.full_name,
    shortName: row.short_name,
    iin: row.iin,
    role: row.role,
    active: row.active === 1,
  };
}
