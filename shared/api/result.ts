// How results and errors cross the boundary between renderer and core: always as data.
import type { Localized } from '../i18n/types';
import type { ErrorCode } from './errors';

export interface ApiError {
  code: ErrorCode;
  message: Localized;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
