// Property-based tests of norm accounting: whatever the log looks like (out of order, duplicated,
// stray events), active + paused time is exactly the wall time from the first start to the
// completion (or to now), nothing is negative, and the order of arrival does not matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepTimings, type StepEvent } from '../../../../../shared/domain/norms';

const runs = Number(process.env.NORMS_PBT_RUNS ?? 1000);
const base = Date.UTC(2026, 2, 2, 9, 0, 0);
const iso = (ms: number) => new Date(base + ms).toISOString();

const types = ['step.started', 'step.paused', 'step.resumed', 'step.completed'] as const;
/** Raw events for a few steps within an hour, with millisecond noise and occasional reasons. */
const rawEvent = fc.record({
  type: fc.constantFrom(...types),
  step: fc.constantFrom('a', 'b', 'c'),
  ms: fc.nat(3_600_000),
  reason: fc.option(fc.constantFrom('slow registry', ''), { nil: undefined }),
});
type Raw = { type: (typeof types)[number]; step: string; ms: number; reason: string | undefined };

function toEvent({ type, step, ms, reason }: Raw): StepEvent {
  const at = iso(ms);
  return type === 'step.completed' && reason !== undefined ? { type, step, at, overrunReason: reason } : { type, step, at };
}

const norms = [
  { id: 'a', normSeconds: 120 },
  { id: 'b', normSeconds: 300 },
  { id: 'c', normSeconds: 0 },
];

/** An independent reading of the rules: the first start, then the first completion after it. */
function expectedWall(raws: readonly Raw[], step: string, nowSeconds: number): number {
  const ordered = raws
    .map((r, index) => ({ ...r, t: Math.floor((base + r.ms) / 1000), index }))
    .filter((r) => r.step === step)
    .sort((x, y) => x.t - y.t || x.index - y.index);
  const start = ordered.findIndex((r) => r.type === 'step.started');
  if (start < 0) return 0;
  const end = ordered.slice(start).find((r) => r.type === 'step.completed');
  return (end?.t ?? nowSeconds) - ordered[start]!.t;
}

describe('norm accounting properties', () => {
  it('active + paused equals the wall time from first start to completion (or now); nothing negative', () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 30 }), fc.nat(600_000), (raws, after) => {
        const last = Math.max(0, ...raws.map((r) => r.ms));
        const nowMs = last + after;
        const timings = stepTimings(raws.map(toEvent), norms, iso(nowMs));
        for (const t of timings) {
          expect(t.activeSeconds).toBeGreaterThanOrEqual(0);
          expect(t.pausedSeconds).toBeGreaterThanOrEqual(0);
          expect(t.activeSeconds + t.pausedSeconds).toBe(expectedWall(raws, t.step, Math.floor((base + nowMs) / 1000)));
          expect(t.overrunSeconds).toBe(Math.max(0, t.activeSeconds - t.normSeconds));
          expect(t.remainingSeconds).toBe(Math.max(0, t.normSeconds - t.activeSeconds));
          expect(t.overrun).toBe(t.overrunSeconds > 0);
          expect(t.status === 'notStarted').toBe(t.startedAt === null);
          expect(t.status === 'completed').toBe(t.completedAt !== null);
        }
      }),
      { numRuns: runs },
    );
  });

  it('the order in which events arrive does not matter (distinct times)', () => {
    const distinct = fc.uniqueArray(rawEvent, { maxLength: 25, selector: (r) => Math.floor(r.ms / 1000) });
    fc.assert(
      fc.property(
        distinct.chain((raws) => fc.tuple(fc.constant(raws), fc.shuffledSubarray(raws, { minLength: raws.length }))),
        ([raws, shuffled]) => {
          const now = iso(3_700_000);
          expect(stepTimings(shuffled.map(toEvent), norms, now)).toEqual(stepTimings(raws.map(toEvent), norms, now));
        },
      ),
      { numRuns: runs },
    );
  });

  it('each step is accounted on its own events only', () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 30 }), (raws) => {
        const now = iso(3_700_000);
        const all = stepTimings(raws.map(toEvent), norms, now);
        for (const norm of norms) {
          const alone = stepTimings(raws.filter((r) => r.step === norm.id).map(toEvent), [norm], now);
          expect(alone).toEqual(all.filter((t) => t.step === norm.id));
        }
      }),
      { numRuns: runs },
    );
  });

  it('an open step keeps growing with now, by exactly the time that passed', () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 20 }), fc.nat(600), (raws, extra) => {
        const events = raws.map(toEvent);
        const t1 = stepTimings(events, norms, iso(3_700_000));
        const t2 = stepTimings(events, norms, iso(3_700_000 + extra * 1000));
        t1.forEach((before, i) => {
          const after = t2[i]!;
          const grown = after.activeSeconds + after.pausedSeconds - before.activeSeconds - before.pausedSeconds;
          expect(grown).toBe(before.status === 'running' || before.status === 'paused' ? extra : 0);
        });
      }),
      { numRuns: runs },
    );
  });
});
