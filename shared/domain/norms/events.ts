// The timer events the intake screen writes for each timed step (§5.1.a–f, §5.3 and the like).
// They are facts with a time; norm accounting derives every duration from them, never from a clock.
import type { IsoTimestamp } from '../types';

export type StepStarted = { type: 'step.started'; step: string; at: IsoTimestamp };
export type StepPaused = { type: 'step.paused'; step: string; at: IsoTimestamp };
export type StepResumed = { type: 'step.resumed'; step: string; at: IsoTimestamp };
/** `overrunReason` is what the officer wrote when the step took longer than its norm. */
export type StepCompleted = { type: 'step.completed'; step: string; at: IsoTimestamp; overrunReason?: string };

export type StepEvent = StepStarted | StepPaused | StepResumed | StepCompleted;

/** A step and its norm, as the regulation version in force states it (e.g. §5.1.c: 300 s). */
export interface StepNorm {
  id: string;
  normSeconds: number;
}
