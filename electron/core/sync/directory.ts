// Offices and officers as the central system knows them. Officer ids are the central ones, shared
// by every desk. A pulled officer never gets a password here (an administrator sets one), and an
// officer named by an event before their own record arrives gets a disabled placeholder row, so
// that a page of changes never fails on a foreign key — a failing page would wedge the download.
import type { Change } from '../../../shared/sync/protocol';
import type { Logger } from '../context';
import type { Db } from '../store/database';

/** A password hash no password matches (verifyPassword rejects anything not "scrypt$…"). */
export const noPassword = '!';

/** The local id of an office by code, creating a bare row if this store has never seen it. */
export function ensureOffice(db: Db, code: string): number {
  const id = db.prepare('SELECT id FROM offices WHERE code = ?').pluck().get(code) as number | undefined;
  if (id !== undefined) return id;
  return Number(
    db.prepare('INSERT INTO offices (code, name_kk, name_ru, department_kk, department_ru) VALUES (?, ?, ?, ?, ?)').run(code, code, code, '', '')
      .lastInsertRowid,
  );
}

/** Makes sure an officer id exists, as a disabled placeholder until the officer's record arrives. */
export function ensureOfficer(db: Db, officer: { id: number; iin: string | null }, officeId: number, now: string): void {
  db.prepare(
    `INSERT INTO officers (id, login, full_name, short_name, iin, role, office_id, password_hash, active, created_at)
     VALUES (?, ?, '', '', ?, 'frontDesk', ?, ?, 0, ?) ON CONFLICT(id) DO NOTHING`,
  ).run(officer.id, `central#${officer.id}`, officer.iin ?? '', officeId, noPassword, now);
}

type CentralOfficer = Extract<Change, { type: 'officer' }>['officer'];

/** Inserts or updates an officer from the central directory; the local password stays. */
export function upsertOfficer(db: Db, officer: CentralOfficer, officeId: number, now: string, log: Logger): void {
  let login = officer.login;
  const holder = db.prepare('SELECT id FROM officers WHERE login = ? AND id <> ?').pluck().get(login, officer.id) as number | undefined;
  if (holder !== undefined) {
    // Another local account already has this login: keep both, tell the administrator.
    login = `${officer.login}#${officer.id}`;
    log.warn('sync: officer login taken by another local account', { officerId: officer.id, login: officer.login, localId: holder });
  }
  db.prepare(
    `INSERT INTO officers (id, login, full_name, short_name, iin, role, office_id, password_hash, active, created_at)
     VALUES (@id, @login, @fullName, @shortName, @iin, @role, @officeId, @password, @active, @now)
     ON CONFLICT(id) DO UPDATE SET login = excluded.login, full_name = excluded.full_name, short_name = excluded.short_name,
       iin = excluded.iin, role = excluded.role, active = excluded.active`,
  ).run({ ...officer, login, officeId, password: noPassword, active: officer.active ? 1 : 0, now });
}
