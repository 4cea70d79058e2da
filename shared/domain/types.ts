// Vocabulary shared by every domain module: channels, applicant types, actors and step ids.
import type { Role } from './roles';

/** Where an application comes in and its result goes back (§1–3). */
export const channels = ['office', 'stateCorporation', 'portal', 'taxpayerCabinet'] as const;
export type Channel = (typeof channels)[number];
export const electronicChannels: readonly Channel[] = ['stateCorporation', 'portal', 'taxpayerCabinet'];

/** Who applies; the completeness checklist (§5.1.b) depends on it. */
export const applicantTypes = ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement'] as const;
export type ApplicantType = (typeof applicantTypes)[number];

/** Who performs a procedure: one of our officers' roles, or someone outside the office. */
export type Actor = Role | 'stateCorporation' | 'system' | 'applicant';

/** The six timed acceptance steps at the desk, §5.1.a–f. */
export const intakeSteps = ['5.1.a', '5.1.b', '5.1.c', '5.1.d', '5.1.e', '5.1.f'] as const;
export type IntakeStepId = (typeof intakeSteps)[number];

/** An ISO calendar date, YYYY-MM-DD (Kazakhstan local date). */
export type IsoDate = string;
/** An ISO timestamp with offset, e.g. 2026-03-02T09:15:00.000Z. */
export type IsoTimestamp = string;
