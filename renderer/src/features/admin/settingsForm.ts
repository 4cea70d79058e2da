// The settings form as data: its values (filled from `settings.get`), the change they make to the
// saved settings — only what differs, a changed group (the stamp label, the office head) whole, as
// the core takes it — and that change checked with the core's own schema (settingsUpdateSchema),
// so the officer reads the same kk/ru messages before sending as the core would answer.
import { describeIssues, type ApiInput, type FieldIssue } from '../../../../shared/api';
import { settingsUpdateSchema, type SettingsView } from '../../../../shared/api/contracts/settings';
import type { MessageKey } from '../../../../shared/i18n';

export type SettingsChange = ApiInput<'settings.update'>;
export type SettingsGroup = keyof SettingsChange;

/** A number field as Mantine's NumberInput holds it: a number, or the text while it is not one. */
export type NumberValue = number | string;

/** The form's fields, named by their path in the change (so an issue's path names its field). */
export interface SettingsFormValues {
  workstationNo: NumberValue;
  windowNumber: string;
  'stampLabel.widthMm': NumberValue;
  'stampLabel.heightMm': NumberValue;
  officePhone: string;
  'officeHead.fullName': string;
  'officeHead.position.kk': string;
  'officeHead.position.ru': string;
  'officeHead.position.en': string;
}
export type SettingsField = keyof SettingsFormValues;

/** The order the form shows its fields in (the first with a problem gets focus). */
export const fieldOrder: readonly SettingsField[] = [
  'workstationNo',
  'windowNumber',
  'stampLabel.widthMm',
  'stampLabel.heightMm',
  'officePhone',
  'officeHead.fullName',
  'officeHead.position.kk',
  'officeHead.position.ru',
  'officeHead.position.en',
];

/** What the saved confirmation calls each group. */
export const groupLabels: Record<SettingsGroup, MessageKey> = {
  workstationNo: 'adminUi.settings.workstationNo',
  windowNumber: 'adminUi.settings.windowNumber',
  stampLabel: 'adminUi.settings.stampLabel',
  officePhone: 'adminUi.settings.officePhone',
  officeHead: 'adminUi.settings.headName.hint',
};

export const isSettingsField = (path: string): path is SettingsField => (fieldOrder as readonly string[]).includes(path);

/** The field an issue is about: its path, or the first field of its group for a group-wide one. */
export function fieldOfIssue(path: readonly (string | number)[]): SettingsField | null {
  const joined = path.join('.');
  if (isSettingsField(joined)) return joined;
  if (path.length === 0) return null;
  return fieldOrder.find((f) => f === path[0] || f.startsWith(`${String(path[0])}.`)) ?? null;
}

/** The DOM id of a field's input (for labels, focus and tests). */
export const settingsFieldId = (field: SettingsField): string => `settings-${field.replace(/\./g, '-')}`;

export function initialValues(s: SettingsView): SettingsFormValues {
  return {
    workstationNo: s.workstationNo,
    windowNumber: s.windowNumber,
    'stampLabel.widthMm': s.stampLabel.widthMm,
    'stampLabel.heightMm': s.stampLabel.heightMm,
    officePhone: s.officePhone,
    'officeHead.fullName': s.officeHead.fullName,
    'officeHead.position.kk': s.officeHead.position.kk,
    'officeHead.position.ru': s.officeHead.position.ru,
    'officeHead.position.en': s.officeHead.position.en,
  };
}

/** An empty number field is missing (null: "required"), text that is not a number is NaN ("wrong type"). */
function numberOf(value: NumberValue): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number(value);
}

/** Every group as the form would send it (untrimmed: the schema trims). */
function typed(v: SettingsFormValues): Record<SettingsGroup, unknown> {
  return {
    workstationNo: numberOf(v.workstationNo),
    windowNumber: v.windowNumber,
    stampLabel: { widthMm: numberOf(v['stampLabel.widthMm']), heightMm: numberOf(v['stampLabel.heightMm']) },
    officePhone: v.officePhone,
    officeHead: {
      fullName: v['officeHead.fullName'],
      position: { kk: v['officeHead.position.kk'], ru: v['officeHead.position.ru'], en: v['officeHead.position.en'] },
    },
  };
}

/** Texts compared as the core will store them: trimmed. */
function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  return value;
}

const groups: readonly SettingsGroup[] = ['workstationNo', 'windowNumber', 'stampLabel', 'officePhone', 'officeHead'];

/** The groups whose typed value differs from the saved one, as the form would send them. */
export function changedGroups(values: SettingsFormValues, saved: SettingsView): Record<string, unknown> {
  const now = typed(values);
  const before = typed(initialValues(saved));
  const change: Record<string, unknown> = {};
  for (const group of groups) {
    if (JSON.stringify(comparable(now[group])) !== JSON.stringify(comparable(before[group]))) change[group] = now[group];
  }
  return change;
}

export type SettingsCheck =
  | { ok: true; change: SettingsChange; changed: SettingsGroup[] }
  | { ok: false; issues: Partial<Record<SettingsField, FieldIssue['message']>>; other: FieldIssue[]; changed: SettingsGroup[] };

/** The change checked by the core's schema: the request to send, or each field's first problem. */
export function checkSettings(values: SettingsFormValues, saved: SettingsView): SettingsCheck {
  const change = changedGroups(values, saved);
  const changed = Object.keys(change) as SettingsGroup[];
  const parsed = settingsUpdateSchema.safeParse(change);
  if (parsed.success) return { ok: true, change: parsed.data, changed };
  const issues: Partial<Record<SettingsField, FieldIssue['message']>> = {};
  const other: FieldIssue[] = [];
  for (const issue of describeIssues(parsed.error, change)) {
    const field = fieldOfIssue(issue.path);
    if (field) issues[field] ??= issue.message;
    else other.push(issue);
  }
  return { ok: false, issues, other, changed };
}
