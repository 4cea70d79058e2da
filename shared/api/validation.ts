// Turns zod issues into field-level messages in Kazakh and Russian (zod has no Kazakh locale).
import type { z } from 'zod';
import { isMessageKey, localized, type MessageKey, type MessageParams } from '../i18n';
import type { Localized } from '../i18n/types';

export interface FieldIssue {
  path: (string | number)[];
  message: Localized;
}

/**
 * Custom refinements name their message with `params: { messageKey, messageParams }`,
 * so domain validators (IIN, dates...) explain themselves in both languages.
 */
export function describeIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const [key, params] = keyFor(issue, valueAt(input, path));
    return { path, message: localized(key, params) };
  });
}

// zod does not report the offending value by default; it tells "missing" from "wrong type".
function valueAt(input: unknown, path: (string | number)[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function keyFor(issue: z.core.$ZodIssue, value: unknown): [MessageKey, MessageParams?] {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null ? ['validation.required'] : ['validation.type'];
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? ['validation.required'] : ['validation.tooShort', { min: Number(issue.minimum) }];
      }
      return ['validation.tooSmall', { min: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['validation.tooLong', { max: Number(issue.maximum) }];
      return ['validation.tooBig', { max: Number(issue.maximum) }];
    case 'invalid_format':
      return ['validation.format'];
    case 'invalid_value':
      return ['validation.oneOf'];
    case 'unrecognized_keys':
      return ['validation.unknownField', { field: issue.keys.join(', ') }];
    case 'custom': {
      const key = issue.params?.messageKey;
      if (typeof key === 'string' && isMessageKey(key)) {
        return [key, issue.params?.messageParams as MessageParams | undefined];
      }
      return ['validation.invalid'];
    }
    default:
      return ['validation.invalid'];
  }
}
