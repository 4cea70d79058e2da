// Norm accounting for timed steps: how long each step was actively worked on (pauses excluded), how
// that compares with its norm, and the intake total against the regulation's 20 minutes (§5.1).
// An overrun is recorded and shown, never blocks work (architecture: Time).
//
// Rules for imperfect logs (events may come out of order, twice, or from before a restart):
// - Events are ordered by time; events with the same second keep their log order. Times are
//   truncated to whole seconds, the resolution of the norms, so durations add up exactly.
// - Events with an unreadable time, or for a step not in the norm list, are ignored.
// - Before the first `started`, everything is ignored (a pause or completion of nothing).
// - `started` while running and `resumed` while running are duplicates and ignored; `started` while
//   paused counts as a resume (work visibly continued, e.g. after an app restart).
// - `paused` while paused is ignored.
// - The first `completed` closes the step; later events are ignored, except that the latest
//   non-empty `overrunReason` of any completion is kept (the officer may add it afterwards).
// - An open step runs (or stays paused) until `now`; a `now` earlier than the last event adds nothing.
import type { IsoTimestamp } from '../types';
import type { StepEvent, StepNorm } from './events';

export type StepStatus = 'notStarted' | 'running' | 'paused' | 'completed';

export interface StepTiming {
  step: string;
  status: StepStatus;
  activeSeconds: number;
  pausedSeconds: number;
  normSeconds: number;
  /** Active time beyond the norm; 0 while within it. */
  overrunSeconds: number;
  overrun: boolean;
  /** Norm time still left; 0 once overrun. */
  remainingSeconds: number;
  startedAt: IsoTimestamp | null;
  completedAt: IsoTimestamp | null;
  overrunReason?: string;
}

interface Tally {
  status: StepStatus;
  since: number;
  active: number;
  paused: number;
  startedAt: IsoTimestamp | null;
  completedAt: IsoTimestamp | null;
  overrunReason?: string;
}

const seconds = (at: IsoTimestamp): number => Math.floor(Date.parse(at) / 1000);
const hasText = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** Per step in the order of `steps`, the accounting up to `now`. */
export function stepTimings(events: readonly StepEvent[], steps: readonly StepNorm[], now: IsoTimestamp): StepTiming[] {
  const ordered = events
    .map((event, index) => ({ event, index, t: seconds(event.at) }))
    .filter((e) => Number.isFinite(e.t))
    .sort((a, b) => a.t - b.t || a.index - b.index);
  const nowT = seconds(now);
  return steps.map(({ id, normSeconds }) => {
    const tally = ordered.filter((e) => e.event.step === id).reduce(step, fresh());
    return timingOf(id, normSeconds, close(tally, nowT));
  });
}

const fresh = (): Tally => ({ status: 'notStarted', since: 0, active: 0, paused: 0, startedAt: null, completedAt: null });

/** Time from `since` to `t`, booked to whatever the step was doing; never negative. */
function book(tally: Tally, t: number): Tally {
  const span = Math.max(0, t - tally.since);
  if (tally.status === 'running') return { ...tally, active: tally.active + span, since: Math.max(t, tally.since) };
  return { ...tally, paused: tally.paused + span, since: Math.max(t, tally.since) };
}

function step(tally: Tally, { event, t }: { event: StepEvent; t: number }): Tally {
  if (tally.status === 'completed') {
    return event.type === 'step.completed' && hasText(event.overrunReason) ? { ...tally, overrunReason: event.overrunReason } : tally;
  }
  if (tally.status === 'notStarted') {
    return event.type === 'step.started' ? { ...tally, status: 'running', since: t, startedAt: event.at } : tally;
  }
  switch (event.type) {
    case 'step.started':
    case 'step.resumed':
      return tally.status === 'paused' ? { ...book(tally, t), status: 'running' } : tally;
    case 'step.paused':
      return tally.status === 'running' ? { ...book(tally, t), status: 'paused' } : tally;
    case 'step.completed': {
      const done: Tally = { ...book(tally, t), status: 'completed', completedAt: event.at };
      return hasText(event.overrunReason) ? { ...done, overrunReason: event.overrunReason } : done;
    }
  }
}

/** Books the open interval of a running or paused step up to `now`. */
function close(tally: Tally, now: number): Tally {
  return tally.status === 'running' || tally.status === 'paused' ? book(tally, now) : tally;
}

function timingOf(id: string, normSeconds: number, tally: Tally): StepTiming {
  const overrunSeconds = Math.max(0, tally.active - normSeconds);
  const timing: StepTiming = {
    step: id,
    status: tally.status,
    activeSeconds: tally.active,
    pausedSeconds: tally.paused,
    normSeconds,
    overrunSeconds,
    overrun: overrunSeconds > 0,
    remainingSeconds: Math.max(0, normSeconds - tally.active),
    startedAt: tally.startedAt,
    completedAt: tally.completedAt,
  };
  if (tally.overrunReason !== undefined) timing.overrunReason = tally.overrunReason;
  return timing;
}

export interface IntakeTotals {
  activeSeconds: number;
  pausedSeconds: number;
  normSeconds: number;
  overrunSeconds: number;
  overrun: boolean;
}

/**
 * The intake as a whole against its norm: by default the sum of the step norms (2+3+5+5+3+2 = 20
 * minutes in the 2015 version); pass `totalNormSeconds` when a regulation states its own total.
 */
export function intakeTotals(
  events: readonly StepEvent[],
  steps: readonly StepNorm[],
  now: IsoTimestamp,
  totalNormSeconds?: number,
): IntakeTotals {
  return totalsOf(stepTimings(events, steps, now), totalNormSeconds);
}

/** Totals of already computed timings (so a screen showing both computes the steps once). */
export function totalsOf(timings: readonly StepTiming[], totalNormSeconds?: number): IntakeTotals {
  const activeSeconds = timings.reduce((sum, t) => sum + t.activeSeconds, 0);
  const pausedSeconds = timings.reduce((sum, t) => sum + t.pausedSeconds, 0);
  const normSeconds = totalNormSeconds ?? timings.reduce((sum, t) => sum + t.normSeconds, 0);
  const overrunSeconds = Math.max(0, activeSeconds - normSeconds);
  return { activeSeconds, pausedSeconds, normSeconds, overrunSeconds, overrun: overrunSeconds > 0 };
}
