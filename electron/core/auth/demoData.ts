// Demo office and one officer per role, seeded on the first run of a demo store so that a
// newcomer can sign in at once. The demo password is printed in the README and sign-in screen.
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../store/database';
import { appendAudit } from '../audit/auditLog';
import { hashPassword } from './passwords';

export const demoPassword = 'demo1234';
/** Password of the demo head's PKCS#12 key in resources/demo-pki/keys. */
export const demoKeyPassword = 'Test-1234';

export const demoOffice = {
  code: '6205',
  name_kk: 'Астана қаласы Есіл ауданы бойынша Мемлекеттік кірістер басқармасы',
  name_ru: 'Управление государственных доходов по району Есиль города Астаны',
  department_kk: 'Астана қаласы бойынша Мемлекеттік кірістер департаменті',
  department_ru: 'Департамент государственных доходов по городу Астане',
};

export const demoOfficers: readonly { login: string; fullName: string; shortName: string; iin: string; role: Role }[] = [
  { login: 'frontdesk', fullName: 'Нұрланова Әлия Серікқызы', shortName: 'Нұрланова Ә. С.', iin: '900314400120', role: 'frontDesk' },
  { login: 'processing', fullName: 'Қасымов Ержан Болатұлы', shortName: 'Қасымов Е. Б.', iin: '850702300459', role: 'processing' },
  { login: 'supervisor', fullName: 'Ахметова Гүлнар Маратқызы', shortName: 'Ахметова Г. М.', iin: '751121400786', role: 'supervisor' },
  { login: 'admin', fullName: 'Омаров Данияр Асқарұлы', shortName: 'Омаров Д. А.', iin: '920130300910', role: 'admin' },
];

/** Seeds the demo office and officers when the store has no officer yet. Returns true if it did. */
export async function seedDemoData(db: Db, now: Date, scryptCost?: number): Promise<boolean> {
  const { n } = db.prepare('SELECT count(*) AS n FROM officers').get() as { n: number };
  if (n > 0) return false;
  // Hash before the transaction: better-sqlite3 transactions must stay synchronous.
  const hashes = await Promise.all(demoOfficers.map(() => hashPassword(demoPassword, scryptCost)));
  db.transaction(() => {
    const office = db
      .prepare(
        `INSERT INTO offices (code, name_kk, name_ru, department_kk, department_ru)
         VALUES (@code, @name_kk, @name_ru, @department_kk, @department_ru)`,
      )
      .run(demoOffice);
    const insert = db.prepare(
      `INSERT INTO officers (login, full_name, short_name, iin, role, office_id, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    demoOfficers.forEach((o, i) =>
      insert.run(o.login, o.fullName, o.shortName, o.iin, o.role, office.lastInsertRowid, hashes[i], now.toISOString()),
    );
    appendAudit(db, { officerId: null, action: 'store.seedDemo' }, now);
  }).immediate();
  return true;
}
