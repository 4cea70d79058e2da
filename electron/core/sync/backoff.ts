// Retry delays after failures: exponential, with full jitter so that the workstations of an
// office that lost the link together do not all come back in the same second. Retries never
// stop (only the delay is capped), so sync always resumes on its own after an outage.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1_000, maxMs: 5 * 60_000 };

/** The delay before the next attempt after `failures` consecutive failures (≥ 1). */
export function backoffDelay(failures: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  // At least a tenth of the ceiling: a run of tiny random draws must not turn into a busy loop.
  return Math.round(ceiling / 10 + random() * ceiling * 0.9);
}
