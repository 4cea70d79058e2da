// Live check of the IIN/BIN typed on the start form, with the same validator the core runs:
// an IIN for individuals and entrepreneurs, a BIN for the two kinds of entity.
import { validateTaxpayerId, type TaxpayerIdResult } from '../../../../shared/domain/identifiers';
import type { ApplicantType } from '../../../../shared/domain/types';

export function taxpayerIdKind(applicantType: ApplicantType): 'iin' | 'bin' {
  return applicantType === 'individual' || applicantType === 'individualEntrepreneur' ? 'iin' : 'bin';
}

/** The workstation's local calendar date, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkTaxpayerId(value: string, applicantType: ApplicantType, today: string = localToday()): TaxpayerIdResult {
  return validateTaxpayerId(value, taxpayerIdKind(applicantType), { today });
}
