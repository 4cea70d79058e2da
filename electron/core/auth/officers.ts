// Reads officers with their office from the store, in the shape handlers and the UI use.
import type { Db } from '../store/database';
import type { Officer } from '../context';

interface OfficerRow {
  id: number;
  login: string;
  full_name: string;
  short_name: string;
  iin: string;
  role: Officer['role'];
  office_id: number;
  active: number;
  password_hash: string;
  code: string;
  name_kk: string;
  name_ru: string;
  department_kk: string;
  department_ru: string;
}

const select = `SELECT o.*, f.code, f.name_kk, f.name_ru, f.department_kk, f.department_ru
  FROM officers o JOIN offices f ON f.id = o.office_id`;

function toOfficer(row: OfficerRow): Officer {
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    shortName: row.short_name,
    iin: row.iin,
    role: row.role,
    officeId: row.office_id,
    office: {
      code: row.code,
      name: { kk: row.name_kk, ru: row.name_ru },
      department: { kk: row.department_kk, ru: row.department_ru },
    },
  };
}

export function findOfficerById(db: Db, id: number): (Officer & { active: boolean }) | null {
  const row = db.prepare(`${select} WHERE o.id = ?`).get(id) as OfficerRow | undefined;
  return row ? { ...toOfficer(row), active: row.active === 1 } : null;
}

export function findOfficerForSignIn(
  db: Db,
  login: string,
): { officer: Officer; active: boolean; passwordHash: string } | null {
  const row = db.prepare(`${select} WHERE o.login = ?`).get(login) as OfficerRow | undefined;
  return row ? { officer: toOfficer(row), active: row.active === 1, passwordHash: row.password_hash } : null;
}

/** The view the renderer gets: no IIN-internal ids beyond what the UI needs. */
export function officerView(officer: Officer): Omit<Officer, 'iin' | 'officeId'> {
  const { iin: _iin, officeId: _officeId, ...view } = officer;
  return view;
}
