// Which regulation version applies, and reading it: the version in force on a date, the version
// that governs a case, a procedure by id, the intake steps with their norms in seconds, and the
// canonical JSON export.
import type { Localized } from '../text';
import type { IsoDate } from '../types';
import { canonicalJson } from './canonicalJson';
import { RegulationError } from './errors';
import { isIsoDate } from '../dates';
import { messages } from './messages';
import type { IntakeStepKind, Procedure, ProcedureId, RegulationVersion } from './model';
import { secondsOf } from './norms';

/** Stable pretty JSON: the same version always gives the same bytes (see canonicalJson.ts). */
export function exportRegulationVersion(version: RegulationVersion): string {
  return canonicalJson(version);
}

/**
 * The version in force on `date`: effectiveFrom ≤ date < effectiveTo, and of several such the
 * one that started last (a new version supersedes an open-ended older one from its first day).
 * Throws RegulationError when none applies, or when two start the same day (a configuration error
 * that must not be settled by the order of a list).
 */
export function regulationInForce(versions: readonly RegulationVersion[], date: IsoDate): RegulationVersion {
  requireDate(date);
  requireDistinctIds(versions);
  // ISO dates compare correctly as strings.
  const candidates = versions.filter((v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date < v.effectiveTo));
  const latestStart = candidates.map((v) => v.effectiveFrom).sort().at(-1);
  const latest = candidates.filter((v) => v.effectiveFrom === latestStart);
  const [only, ...others] = latest;
  if (only === undefined) throw new RegulationError('noVersionInForce', messages.noVersionInForce(date));
  if (others.length > 0) {
    throw new RegulationError('ambiguousVersions', messages.ambiguousVersions(date, latest.map((v) => v.id).join(', ')));
  }
  return only;
}

export interface CaseRegulationKey {
  /** The date the tax application was registered (§5.1.d). */
  registeredOn: IsoDate;
  /** The version id recorded on the case at registration. */
  pinnedVersionId?: string;
}

/**
 * The version that governs a case for its whole life: the one recorded at registration, or,
 * before anything was recorded, the one in force on the registration date. A recorded version
 * that is no longer loaded is an error, never a silent switch to another law.
 */
export function regulationForCase(versions: readonly RegulationVersion[], key: CaseRegulationKey): RegulationVersion {
  if (key.pinnedVersionId === undefined) return regulationInForce(versions, key.registeredOn);
  requireDistinctIds(versions);
  const pinned = versions.find((v) => v.id === key.pinnedVersionId);
  if (pinned === undefined) throw new RegulationError('pinnedVersionMissing', messages.pinnedVersionMissing(key.pinnedVersionId));
  return pinned;
}

export function procedure(version: RegulationVersion, id: ProcedureId): Procedure {
  const found = version.procedures.find((p) => p.id === id);
  if (found === undefined) throw new RegulationError('unknownProcedure', messages.procedureNotInVersion(version.id, id));
  return found;
}

/** The norm in seconds for the step timers, or null for a term counted in calendar days. */
export function normSeconds(p: Procedure): number | null {
  return secondsOf(p.norm);
}

export interface IntakeStepView {
  id: ProcedureId;
  kind: IntakeStepKind;
  ref: string;
  title: Localized;
  normSeconds: number;
  procedure: Procedure;
}

/** §5.1's steps in order, as the desk walks them. */
export function intakeSteps(version: RegulationVersion): IntakeStepView[] {
  return version.intake.steps.map((step) => {
    const p = procedure(version, step.procedureId);
    const seconds = normSeconds(p);
    // parseRegulationVersion refuses this; a version built by hand in code might not have been parsed.
    if (seconds === null) throw new RegulationError('untimedNorm', messages.untimedNorm(p.id));
    return { id: p.id, kind: step.kind, ref: p.ref, title: p.title, normSeconds: seconds, procedure: p };
  });
}

function requireDate(date: string): void {
  if (!isIsoDate(date)) throw new RegulationError('invalidDate', messages.invalidDate(date));
}

function requireDistinctIds(versions: readonly RegulationVersion[]): void {
  const seen = new Set<string>();
  for (const v of versions) {
    if (seen.has(v.id)) throw new RegulationError('duplicateVersion', messages.duplicateVersion(v.id));
    seen.add(v.id);
  }
}
