// A regulation version written as JSON with its keys in one fixed order, whatever order the
// object was built or parsed in: export → load → export gives the same bytes, so versions can
// be diffed, hashed and compared between the central system and the workstations.
import { applicantTypes, channels } from '../types';
import { identityVariants, officeStages } from './model';

/** Keys in reading order (identity first, then what it is, then details); unknown keys follow alphabetically. */
const keyOrder: readonly string[] = [
  'schemaVersion',
  'id',
  'code',
  'procedureId',
  'kind',
  'ref',
  'kk',
  'ru',
  'title',
  'name',
  'label',
  'text',
  'service',
  'effectiveFrom',
  'effectiveTo',
  'source',
  'act',
  'order',
  'number',
  'date',
  'appendix',
  'standard',
  'stateRegisterNumber',
  'authoritativeLanguage',
  'channel',
  'stage',
  'actor',
  'role',
  'description',
  'norm',
  'amount',
  'unit',
  'normSource',
  'withinTermOf',
  'required',
  'onlyWhen',
  'appliesTo',
  'active',
  'deadlineCalendarDays',
  'moveToNextWorkingDay',
  'channels',
  ...channels,
  'procedures',
  'intake',
  'total',
  'steps',
  'processing',
  'checklists',
  'identity',
  'variants',
  ...identityVariants,
  'completeness',
  'byApplicantType',
  ...applicantTypes,
  'registryFields',
  'fields',
  'outgoingDocuments',
  'refusalGrounds',
  'roles',
  ...officeStages.filter((s) => s !== 'processing'),
  'notes',
  'note',
];

const rank = new Map(keyOrder.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? keyOrder.length;
  const rb = rank.get(b) ?? keyOrder.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : 1; // keys of one object are never equal
}

/** Objects rebuilt with ordered keys (undefined values dropped, as JSON would); arrays keep their order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

/** Pretty JSON (two spaces) with a final newline, in canonical key order. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(ordered(value), null, 2)}\n`;
}
