// The one error type a Signer throws. Callers switch on `code`; the officer reads `message`
// (kk/ru); `detail` is for the log and the administrator, never shown as the main text.
import type { Localized } from '../../../shared/domain/text';
import { signingErrorMessages, type SigningErrorCode } from './messages';

export type { SigningErrorCode } from './messages';

export class SigningError extends Error {
  override readonly name = 'SigningError';
  readonly code: SigningErrorCode;
  /** What the officer reads, in both languages. */
  readonly localized: Localized;
  /** Technical detail for the log: the NCALayer code, "timeout", the IINs compared, … */
  readonly detail: string | undefined;

  constructor(code: SigningErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(`${code}${detail ? `: ${detail}` : ''}`, options);
    this.code = code;
    this.localized = signingErrorMessages[code];
    this.detail = detail;
  }
}

export function isSigningError(error: unknown, code?: SigningErrorCode): error is SigningError {
  return error instanceof SigningError && (code === undefined || error.code === code);
}
