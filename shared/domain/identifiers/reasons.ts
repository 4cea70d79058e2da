// Building blocks shared by the IIN and BIN validators: the reason factory, the checks on the
// raw text (empty, length, characters) and the check-digit verdict.
import { checkDigit } from './checkDigit';
import { messages } from './messages';
import { identifierLength, type Reason, type ReasonCode, type ReasonParams, type ReasonSubject } from './types';

export function reason<C extends ReasonCode>(code: C, subject: ReasonSubject, params: ReasonParams[C]): Reason {
  return { code, subject, params, message: messages[code](params, subject) } as Reason;
}

export type RawCheck = { ok: true; value: string } | { ok: false; reasons: Reason[] };

/**
 * Trims surrounding whitespace (pasted numbers often carry it) but rejects inner spaces:
 * "9003 1440 0120" may well be two numbers run together, so the officer decides, not us.
 * Length and character failures stop further checks, since positions would no longer line up.
 */
export function checkRaw(input: string, subject: ReasonSubject): RawCheck {
  const value = input.trim();
  if (value === '') return { ok: false, reasons: [reason('empty', subject, {})] };

  // Code points, not UTF-16 units, so positions match what the officer sees.
  const characters = [...value];
  const whitespace = characters.some((c) => /\s/.test(c));
  const other = characters
    .map((character, index) => ({ character, position: index + 1 }))
    .find(({ character }) => !/[0-9\s]/.test(character));
  const typed = characters.filter((c) => !/\s/.test(c)).length;

  const reasons: Reason[] = [];
  if (whitespace || other) {
    const character = other?.character ?? null;
    reasons.push(reason('nonDigit', subject, { whitespace, character, position: other?.position ?? null }));
  }
  if (typed !== identifierLength) reasons.push(reason('length', subject, { expected: identifierLength, actual: typed }));
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value };
}

/** The check-digit reasons for 12 digits (already known to be digits). */
export function checkDigitReasons(value: string, subject: ReasonSubject): Reason[] {
  const expected = checkDigit(value.slice(0, 11));
  if (expected === null) return [reason('checkDigitImpossible', subject, {})];
  const actual = Number(value[11]);
  return expected === actual ? [] : [reason('checkDigit', subject, { expected, actual })];
}
