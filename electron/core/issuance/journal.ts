// The journal of issued outgoing documents (§5.3, Appendix 2): one append-only row per document
// handed over at the window, numbered from this workstation's journal-number blocks, and the
// printed journal for a date range (or the one line the recipient signs).
import type { RecipientInput } from '../../../shared/api/processing';
import { translate } from '../../../shared/i18n';
import type { StoredCase } from '../cases/caseStore';
import type { Officer } from '../context';
import type { Db } from '../store/database';

/** §5.3 is timed like the intake steps (10 minutes). */
export const issuanceStepId = '5.3';

interface JournalRowRecord {
  number: string;
  seq: number;
  taxpayer_name: string;
  taxpayer_id: string;
  outgoing_name: string;
  outgoing_number: string;
  recipient_name: string;
  doc_name: string;
  doc_number: string;
  doc_series: string | null;
  issued_on: string;
}

export function recordJournalEntry(
  db: Db,
  e: { number: string; stored: StoredCase; recipient: RecipientInput; issuedOn: string; officer: Officer; now: Date },
): void {
  const { row, snapshot } = e.stored;
  const decision = snapshot.draft?.decision ?? 'certificate';
  const outgoingName = translate(row.applicant_locale, decision === 'certificate' ? 'doc.cert.title' : 'doc.refusal.title');
  const seq = Number(e.number.split('-').at(-1));
  db.prepare(
    `INSERT INTO issue_journal (number, office_code, year, seq, case_id, taxpayer_name, taxpayer_id, outgoing_name, outgoing_number,
       recipient_kind, recipient_name, doc_name, doc_number, doc_series, issued_on, officer_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.number,
    e.officer.office.code,
    Number(e.issuedOn.slice(0, 4)),
    seq,
    row.id,
    row.taxpayer_name,
    row.taxpayer_id,
    outgoingName,
    row.registration_number ?? '',
    e.recipient.kind,
    e.recipient.fullName,
    e.recipient.documentName,
    e.recipient.documentNumber,
    e.recipient.documentSeries ?? null,
    e.issuedOn,
    e.officer.id,
    e.now.toISOString(),
  );
}

export function journalRowsBetween(db: Db, officer: Officer, from: string, to: string): number {
  return db.prepare('SELECT count(*) FROM issue_journal WHERE office_code = ? AND issued_on BETWEEN ? AND ?').pluck().get(officer.office.code, from, to) as number;
}

/** The journal template's data for a period of the office (or only one entry of it). */
export function journalData(
  db: Db,
  officer: Officer,
  q: { from: string; to: string; locale: 'kk' | 'ru'; printedOn: string; only?: string },
): Record<string, unknown> {
  const rows = (
    q.only
      ? db.prepare('SELECT * FROM issue_journal WHERE number = ?').all(q.only)
      : db.prepare('SELECT * FROM issue_journal WHERE office_code = ? AND issued_on BETWEEN ? AND ? ORDER BY issued_on, created_at, seq').all(officer.office.code, q.from, q.to)
  ) as JournalRowRecord[];
  return {
    locale: q.locale,
    office: { department: officer.office.department, office: officer.office.name },
    from: q.from,
    to: q.to,
    printedOn: q.printedOn,
    rows: rows.map((r, i) => ({
      no: q.only ? r.seq : i + 1,
      taxpayerName: r.taxpayer_name,
      taxpayerId: r.taxpayer_id,
      outgoingDocument: { name: r.outgoing_name, number: r.outgoing_number },
      recipientName: r.recipient_name,
      presented: { name: r.doc_name, number: r.doc_number, series: r.doc_series ?? '' },
      issuedOn: r.issued_on,
    })),
  };
}
