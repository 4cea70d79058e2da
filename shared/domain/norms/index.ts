// Norm accounting: step durations against their norms (§5.1, §5.3) and processing days against the deadline (§5.2).
export type { StepCompleted, StepEvent, StepNorm, StepPaused, StepResumed, StepStarted } from './events';
export { dayNumber } from '../dates';
export { processingProgress, type ProcessingProgress, type ProcessingProgressInput } from './progress';
export { intakeTotals, stepTimings, totalsOf, type IntakeTotals, type StepStatus, type StepTiming } from './timings';
