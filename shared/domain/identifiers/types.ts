// Types of the IIN/BIN validators: what a valid number tells us, and why an invalid one fails.
import type { Localized } from '../text';
import type { IsoDate } from '../types';

/** Both identifiers are 12 digits long. */
export const identifierLength = 12;

export type TaxpayerIdKind = 'iin' | 'bin';
/** What the caller asks for: a specific kind, or "either, decide from the digits". */
export type TaxpayerIdQuery = TaxpayerIdKind | 'any';
/**
 * Which identifier a reason is about. 'any' is used for failures that do not depend on the
 * kind (length, characters) in 'any' mode, and for the check digit when the kind is unknown.
 */
export type ReasonSubject = TaxpayerIdQuery;

export interface IdentifierOptions {
  /**
   * The current local date (YYYY-MM-DD). Needed to reject birth dates in the future and to
   * choose the century of a BIN's two-digit year; domain code never reads the clock itself.
   */
  today: IsoDate;
}

export type Sex = 'male' | 'female';
/** First year of the century of birth, from IIN digit 7: 1/2 → 1800, 3/4 → 1900, 5/6 → 2000. */
export type Century = 1800 | 1900 | 2000;

/** BIN digit 5. */
export const binTypes = {
  4: 'residentLegalEntity',
  5: 'nonResidentLegalEntity',
  6: 'jointEntrepreneurship',
} as const;
export type BinType = (typeof binTypes)[keyof typeof binTypes];

/** BIN digit 6. */
export const binUnits = {
  0: 'headOffice',
  1: 'branch',
  2: 'representativeOffice',
  3: 'farm',
} as const;
export type BinUnit = (typeof binUnits)[keyof typeof binUnits];

export interface ValidIin {
  ok: true;
  kind: 'iin';
  /** The number as validated: 12 digits, surrounding whitespace removed. */
  value: string;
  birthDate: IsoDate;
  sex: Sex;
  century: Century;
}

export interface ValidBin {
  ok: true;
  kind: 'bin';
  value: string;
  /** Four-digit year: 20YY when YY is not after the current year, otherwise 19YY. */
  registrationYear: number;
  /** 1–12. */
  registrationMonth: number;
  type: BinType;
  unit: BinUnit;
}

export const reasonCodes = [
  'empty',
  'length',
  'nonDigit',
  'birthDate',
  'centuryDigit',
  'futureBirthDate',
  'registrationMonth',
  'binType',
  'binUnit',
  'checkDigitImpossible',
  'checkDigit',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** The facts behind each reason, for callers that word or log it their own way. */
export interface ReasonParams {
  empty: Record<string, never>;
  /** `actual` counts the characters typed, spaces not included (those are a nonDigit reason). */
  length: { expected: typeof identifierLength; actual: number };
  /**
   * `whitespace`: there are spaces inside the number. `character`/`position` (1-based): the
   * first other character that is not a digit, or null when only spaces are wrong.
   */
  nonDigit: { whitespace: boolean; character: string | null; position: number | null };
  /** `digits`: the six digits YYMMDD that do not form a date (in the century of digit 7, if valid). */
  birthDate: { digits: string; century: Century | null };
  centuryDigit: { digit: number };
  futureBirthDate: { birthDate: IsoDate; today: IsoDate };
  /** `month`: BIN digits 3–4 as typed. */
  registrationMonth: { month: string };
  binType: { digit: number };
  binUnit: { digit: number };
  checkDigitImpossible: Record<string, never>;
  checkDigit: { expected: number; actual: number };
}

export type Reason = {
  [C in ReasonCode]: { code: C; subject: ReasonSubject; params: ReasonParams[C]; message: Localized };
}[ReasonCode];

export interface InvalidTaxpayerId {
  ok: false;
  /** Never empty. */
  reasons: Reason[];
}

export type IinResult = ValidIin | InvalidTaxpayerId;
export type BinResult = ValidBin | InvalidTaxpayerId;
export type TaxpayerIdResult = ValidIin | ValidBin | InvalidTaxpayerId;
