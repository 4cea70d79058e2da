// The error thrown when a regulation lookup cannot be answered: it carries a code for the
// API layer and the explanation in both languages for the officer.
import type { Localized } from '../text';

export type RegulationErrorCode =
  | 'invalidDate'
  | 'noVersionInForce'
  | 'ambiguousVersions'
  | 'duplicateVersion'
  | 'pinnedVersionMissing'
  | 'unknownProcedure'
  | 'untimedNorm';

export class RegulationError extends Error {
  override readonly name = 'RegulationError';

  constructor(
    readonly code: RegulationErrorCode,
    readonly text: Localized,
  ) {
    super(`${code}: ${text.ru}`);
  }
}
