// The case queue of an office: filters (channel, applicant type, assignee, state, deadline
// risk), search by registration number, IIN/BIN or name (Cyrillic and Kazakh, any case, through
// FTS5), sorted by deadline, with calendar-aware days left. Built to stay fast at 100,000 cases:
// every filter is an indexed column and only one page of rows is read.
import type { QueueFilter, QueuePage, QueueRow } from '../../../shared/api/processing';
import { addWorkingDays, daysLeft, deadlineRisk, type WorkingCalendar } from '../../../shared/domain/calendar';
import type { IsoDate } from '../../../shared/domain/types';
import type { Officer } from '../context';
import type { Db } from '../store/database';

/** States of a registered, unfinished case: the default queue. */
export const openStates = ['registered', 'inProcessing', 'decisionDrafted', 'awaitingApproval', 'returnedForRework', 'approved', 'readyForIssue'] as const;
const amberWorkingDays = 3;

/**
 * Working days left as the queue and the case screen show them: 0 on the due day, and never 0
 * once overdue (over a weekend the calendar count can be 0 while the case is already late).
 */
export function shownWorkingDaysLeft(left: { workingDays: number; overdue: boolean }): number {
  return left.overdue ? -Math.max(1, -left.workingDays) : left.workingDays;
}

/** Turns what an officer types into an FTS5 query: every word as a prefix, all required. */
export function ftsQuery(text: string): string | null {
  const words = text
    .replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

interface Where {
  clauses: string[];
  params: (string | number)[];
}

/** Counting every match of a broad filter costs more than the page itself: count up to this. */
export const countCap = 1_000;
/**
 * A name matching more cases than this is read in deadline order and filtered, not sorted. With
 * other filters too, walking the deadline order can pass most of the queue before a page fills
 * (an entity's name with "individuals" finds nothing at all), so the matches are sorted up to a
 * larger number.
 */
const broadMatch = { alone: 500, narrowed: 5_000 };

function whereFor(db: Db, filter: QueueFilter, officer: Officer, today: IsoDate, calendar: WorkingCalendar): Where {
  const w: Where = { clauses: ['c.office_id = ?'], params: [officer.officeId] };
  const add = (clause: string, ...params: (string | number)[]) => {
    w.clauses.push(clause);
    w.params.push(...params);
  };
  const text = filter.text?.trim();
  if (text) {
    if (/^\d{12}$/.test(text)) add('c.taxpayer_id = ?', text);
    // GLOB (case-sensitive) can use the number's unique index; LIKE cannot. Only digits and '-' reach it.
    else if (/^\d{4}-[\d-]*$/.test(text)) add('c.registration_number GLOB ?', `${text}*`);
    else {
      const query = ftsQuery(text);
      if (query) {
        // Few matches: fetch them and sort. Many: walk the deadline index and stop after a page
        // (the unary + keeps SQLite from driving the query by rowid).
        const narrowed = Boolean(filter.channel || filter.applicantType || filter.assignee || filter.states?.length || filter.risk);
        const broad = narrowed ? broadMatch.narrowed : broadMatch.alone;
        const matches = db.prepare('SELECT count(*) FROM (SELECT 1 FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)').pluck().get(query, broad + 1) as number;
        add(`${matches > broad ? '+' : ''}c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)`, query);
      }
    }
  }
  if (filter.channel) add('c.channel = ?', filter.channel);
  if (filter.applicantType) add('c.applicant_type = ?', filter.applicantType);
  if (filter.assignee === 'me') add('c.assignee_id = ?', officer.id);
  else if (filter.assignee === 'unassigned') add('c.assignee_id IS NULL');
  else if (typeof filter.assignee === 'number') add('c.assignee_id = ?', filter.assignee);
  const states: readonly string[] = filter.states?.length ? filter.states : openStates;
  add(`c.state IN (${states.map(() => '?').join(',')})`, ...states);
  if (filter.risk) {
    const amberLimit = addWorkingDays(calendar, today, amberWorkingDays).date;
    if (filter.risk === 'overdue') add('c.deadline < ?', today);
    else if (filter.risk === 'amber') add('c.deadline >= ? AND c.deadline <= ?', today, amberLimit);
    else add('c.deadline > ?', amberLimit);
  }
  return w;
}

interface Row {
  id: string;
  registration_number: string | null;
  channel: string;
  applicant_type: string;
  taxpayer_id: string;
  taxpayer_name: string;
  state: QueueRow['state'];
  registered_at: string | null;
  deadline: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
}

export function searchQueue(db: Db, officer: Officer, filter: QueueFilter, today: IsoDate, calendar: WorkingCalendar): QueuePage {
  const { clauses, params } = whereFor(db, filter, officer, today, calendar);
  const where = clauses.join(' AND ');
  const limit = filter.limit ?? 100;
  const offset = filter.offset ?? 0;
  const rows = db
    .prepare(
      `SELECT c.id, c.registration_number, c.channel, c.applicant_type, c.taxpayer_id, c.taxpayer_name, c.state,
              c.registered_at, c.deadline, c.assignee_id, o.short_name AS assignee_name
       FROM cases c LEFT JOIN officers o ON o.id = c.assignee_id
       WHERE ${where}
       ORDER BY c.deadline, c.registration_number
       LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as Row[];
  const total = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM cases c WHERE ${where} LIMIT ?)`).pluck().get(...params, countCap + 1) as number;
  return {
    today,
    total: Math.min(total, countCap),
    totalCapped: total > countCap,
    rows: rows.map((r): QueueRow => {
      const left = r.deadline ? daysLeft(today, r.deadline, calendar) : null;
      return {
        id: r.id,
        registrationNumber: r.registration_number,
        channel: r.channel,
        applicantType: r.applicant_type,
        taxpayerId: r.taxpayer_id,
        taxpayerName: r.taxpayer_name,
        state: r.state,
        registeredOn: r.registered_at,
        deadline: r.deadline,
        workingDaysLeft: left ? shownWorkingDaysLeft(left) : null,
        calendarDaysLeft: left?.calendarDays ?? null,
        risk: r.deadline ? deadlineRisk(today, r.deadline, calendar, { amberWorkingDays }) : null,
        assigneeId: r.assignee_id,
        assigneeName: r.assignee_name,
      };
    }),
  };
}
