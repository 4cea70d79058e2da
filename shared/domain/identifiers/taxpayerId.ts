// One entry point for fields that accept an IIN, a BIN, or either (e.g. "applicant's IIN/BIN").
//
// In 'any' mode the kind is decided by the shape of the digits:
//   - IIN-shaped: digits 1–6 are a real date in the century of digit 7, and digit 7 is 1–6;
//   - BIN-shaped: digits 3–4 are a month 01–12 and digit 5 is a known type 4–6.
// No number has both shapes: digit 5 is the tens of the birth day (0–3) in an IIN and the type
// (4–6) in a BIN. A number of one shape is judged as that kind with all its reasons (a future
// birth date, an unknown BIN unit, the check digit). A number of neither shape gets the
// structural reasons of both kinds, plus the check-digit verdict once, about 'any'.
import { binResult, binStructure } from './bin';
import { iinResult, iinStructure } from './iin';
import { checkDigitReasons, checkRaw } from './reasons';
import { type IdentifierOptions, type Reason, type TaxpayerIdQuery, type TaxpayerIdResult } from './types';

export function validateTaxpayerId(input: string, kind: TaxpayerIdQuery, options: IdentifierOptions): TaxpayerIdResult {
  const raw = checkRaw(input, kind);
  if (!raw.ok) return raw;
  const { value } = raw;

  if (kind === 'iin') return iinResult(value, iinStructure(value, options), 'iin');
  if (kind === 'bin') return binResult(value, binStructure(value, options), 'bin');

  const iin = iinStructure(value, options);
  if (iin.shaped) return iinResult(value, iin, 'iin');
  const bin = binStructure(value, options);
  if (bin.shaped) return binResult(value, bin, 'bin');
  return { ok: false, reasons: [...iin.reasons, ...bin.reasons, ...checkDigitReasons(value, 'any')] };
}

/** The reasons a value is not a valid identifier of that kind; empty when it is valid. */
export function identifierIssues(input: string, kind: TaxpayerIdQuery, options: IdentifierOptions): Reason[] {
  const result = validateTaxpayerId(input, kind, options);
  return result.ok ? [] : result.reasons;
}
