// Error codes of the api contract and their kk/ru messages (texts live in shared/i18n).
import { localized, type Localized, type MessageParams } from '../i18n';
import type { ApiError } from './result';

export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_signed_in',
  'forbidden',
  'bad_credentials',
  'account_disabled',
  'session_expired',
  'internal',
  'transport',
  'not_found',
  'refused',
  'conflict',
  'no_numbers',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export function apiError(code: ErrorCode, details?: unknown, params?: MessageParams): ApiError {
  const error: ApiError = { code, message: localized(`error.${code}`, params) };
  if (details !== undefined) error.details = details;
  return error;
}

/**
 * Thrown inside the core to end a call with a given error; the dispatcher turns it into data.
 * Throwing inside a store transaction also rolls the transaction back.
 */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly params?: MessageParams,
    /** A domain's own kk/ru explanation (e.g. why the state machine refused), used as is. */
    readonly text?: Localized,
  ) {
    super(code);
    this.name = 'DeskError';
  }

  toApiError(): ApiError {
    const error = apiError(this.code, this.details, this.params);
    if (this.text) error.message = this.text;
    return error;
  }
}
