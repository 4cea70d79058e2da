// Step timers on screen: the core's accounting (active seconds at the moment of its view) advanced
// by the local clock while the step runs. Display only: the core's events are what is stored.
import { useSyncExternalStore } from 'react';
import type { IntakeStepState } from '../../../../shared/api/intake';

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export interface LiveTiming {
  activeSeconds: number;
  remainingSeconds: number;
  overrunSeconds: number;
  overrun: boolean;
}

/** What a timed step says of itself in the core's view (an intake step, §5.3 at the window). */
export type TimedStep = Pick<IntakeStepState, 'status' | 'activeSeconds' | 'normSeconds'>;

/**
 * A step's time now: the view's active seconds, plus the time since the view arrived (both read
 * on this window's clock) if it runs.
 */
export function liveTiming(step: TimedStep, receivedAt: number, now: number): LiveTiming {
  const extra = step.status === 'running' ? Math.max(0, Math.floor((now - receivedAt) / 1000)) : 0;
  const activeSeconds = step.activeSeconds + extra;
  const overrunSeconds = Math.max(0, activeSeconds - step.normSeconds);
  return { activeSeconds, remainingSeconds: Math.max(0, step.normSeconds - activeSeconds), overrunSeconds, overrun: overrunSeconds > 0 };
}

// One clock for every timer on screen, so that the step list and the step's own timer never
// disagree by a second: a single interval runs while anything that ticks is shown.
const listeners = new Set<() => void>();
let clockNow = Date.now();
let interval: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!interval) {
    clockNow = Date.now();
    interval = setInterval(() => {
      clockNow = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval) {
      clearInterval(interval);
      interval = null;
    }
  };
}

const noSubscription = () => () => {};

/** The current time, refreshed once a second while `active` (shared by all timers shown). */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscription, () => clockNow);
}
