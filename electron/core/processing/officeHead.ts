// Who signs for the office on outgoing documents (Appendix 5, ҚФБ 2): the head named in the
// office settings, or by default the office's first active supervisor.
import type { Db } from '../store/database';

export interface OfficeHead {
  fullName: string;
  position: { kk: string; ru: string; en: string };
}

const defaultPosition = { kk: 'Басқарма басшысы', ru: 'Руководитель управления', en: 'Head of Office' };

export function officeHead(db: Db, officeId: number): OfficeHead {
  const configured = db.prepare("SELECT value FROM settings WHERE key = 'officeHead'").pluck().get() as string | undefined;
  if (configured) return JSON.parse(configured) as OfficeHead;
  const name = db
    .prepare("SELECT full_name FROM officers WHERE office_id = ? AND role = 'supervisor' AND active = 1 ORDER BY id LIMIT 1")
    .pluck()
    .get(officeId) as string | undefined;
  return { fullName: name ?? '', position: defaultPosition };
}

/** Where a refusal can be appealed (Tax Code: a higher tax authority, or the court). */
export const appealAuthority = {
  kk: 'Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитетіне немесе сотқа',
  ru: 'в Комитет государственных доходов Министерства финансов Республики Казахстан или в суд',
};
