// Test helpers: an editable copy of the shipped version, made the way an administrator makes one
// (export to JSON, edit, load back), and a way to put any value — even a wrong one — at a path.
import type { Localized } from '../../../../../shared/domain/text';
import {
  exportRegulationVersion,
  kzResidency2015,
  parseRegulationVersion,
  type RegulationIssue,
  type RegulationVersion,
} from '../../../../../shared/domain/regulation';

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

export type Editable = DeepMutable<RegulationVersion>;

export function editableCopy(version: RegulationVersion = kzResidency2015): Editable {
  return JSON.parse(exportRegulationVersion(version)) as Editable;
}

/** Puts `value` at a dotted path ('procedures.2.norm.amount'), or deletes the key when value is undefined. */
export function setAt(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

export function procedureIndex(v: Editable, id: string): number {
  const i = v.procedures.findIndex((p) => p.id === id);
  if (i < 0) throw new Error(`no procedure ${id}`);
  return i;
}

/** Parses and returns the errors, failing the test if the version was accepted. */
export function errorsOf(input: unknown): RegulationIssue[] {
  const result = parseRegulationVersion(input);
  if (result.ok) throw new Error('expected the version to be refused');
  return result.errors;
}

/** Every Localized object found anywhere in a value, with its path. */
export function localizedTexts(value: unknown, path = ''): [string, Localized][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('kk') && keys.includes('ru')) return [[path, value as Localized]];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}
