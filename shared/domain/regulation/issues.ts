// Problems found in a regulation version, each with a readable path ("procedures[3].norm.amount")
// and a message in Kazakh and Russian. zod's issues are translated here; zod has no Kazakh.
import type { z } from 'zod';
import type { Localized } from '../text';
import { messages } from './messages';

export interface RegulationIssue {
  /** Where in the version, e.g. 'procedures[3].norm.amount'; '' is the version as a whole. */
  path: string;
  message: Localized;
}

export type PathStep = string | number;

export function formatPath(path: readonly PathStep[]): string {
  return path.reduce<string>((out, step) => {
    if (typeof step === 'number') return `${out}[${step}]`;
    return out === '' ? step : `${out}.${step}`;
  }, '');
}

export function issue(path: readonly PathStep[], message: Localized): RegulationIssue {
  return { path: formatPath(path), message };
}

/** zod reports unknown keys once per object; an administrator wants each key pointed at. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): RegulationIssue[] {
  return issues.flatMap((zi) => {
    const path = zi.path.filter((p): p is PathStep => typeof p !== 'symbol');
    if (zi.code === 'unrecognized_keys') return zi.keys.map((key) => issue([...path, key], messages.unknownField()));
    return [issue(path, describe(zi, valueAt(input, path)))];
  });
}

function describe(zi: z.core.$ZodIssue, value: unknown): Localized {
  switch (zi.code) {
    case 'invalid_type':
      return value === undefined || value === null ? messages.required() : messages.wrongType(zi.expected);
    case 'too_small':
      if (zi.origin === 'array') return messages.emptyList();
      if (zi.origin === 'string') return messages.required();
      return zi.inclusive ? messages.atLeast(Number(zi.minimum)) : messages.positive();
    case 'invalid_format':
      if (zi.format === 'date') return messages.badDate();
      return zi.format === 'regex' ? messages.badIdentifier() : messages.badFormat();
    case 'invalid_value':
      return messages.oneOf(zi.values.map(String).join(', '));
    case 'custom':
      return zi.params?.['blank'] === true ? messages.required() : messages.invalid();
    default:
      return messages.invalid();
  }
}

// zod does not keep the offending value; we need it to tell "missing" from "wrong type".
function valueAt(input: unknown, path: readonly PathStep[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathStep, unknown>)[step];
  }
  return value;
}
