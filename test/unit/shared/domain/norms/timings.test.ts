// Step durations against their norms (§5.1.a–f), with pauses, overruns, open steps and imperfect logs.
import { describe, expect, it } from 'vitest';
import { intakeTotals, stepTimings, totalsOf, type StepEvent, type StepNorm } from '../../../../../shared/domain/norms';

/** The 2015 regulation's acceptance norms: 2, 3, 5, 5, 3, 2 minutes (20 in total). */
const intake: StepNorm[] = [
  { id: '5.1.a', normSeconds: 120 },
  { id: '5.1.b', normSeconds: 180 },
  { id: '5.1.c', normSeconds: 300 },
  { id: '5.1.d', normSeconds: 300 },
  { id: '5.1.e', normSeconds: 180 },
  { id: '5.1.f', normSeconds: 120 },
];

/** 2026-03-02 at 09:00 plus the given minutes and seconds, as an ISO timestamp. */
const at = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 2, 2, 9, minutes, seconds)).toISOString();
const started = (step: string, m: number, s = 0): StepEvent => ({ type: 'step.started', step, at: at(m, s) });
const paused = (step: string, m: number, s = 0): StepEvent => ({ type: 'step.paused', step, at: at(m, s) });
const resumed = (step: string, m: number, s = 0): StepEvent => ({ type: 'step.resumed', step, at: at(m, s) });
const completed = (step: string, m: number, overrunReason?: string): StepEvent =>
  overrunReason === undefined ? { type: 'step.completed', step, at: at(m) } : { type: 'step.completed', step, at: at(m), overrunReason };

const one = (events: StepEvent[], now = at(59), norm = 300) => stepTimings(events, [{ id: 's', normSeconds: norm }], now)[0]!;

describe('stepTimings', () => {
  it('a whole intake done exactly on its norms: no overrun, 20 minutes in total', () => {
    const events = [
      started('5.1.a', 0), completed('5.1.a', 2),
      started('5.1.b', 2), completed('5.1.b', 5),
      started('5.1.c', 5), completed('5.1.c', 10),
      started('5.1.d', 10), completed('5.1.d', 15),
      started('5.1.e', 15), completed('5.1.e', 18),
      started('5.1.f', 18), completed('5.1.f', 20),
    ];
    const timings = stepTimings(events, intake, at(30));
    expect(timings.map((t) => [t.step, t.status, t.activeSeconds, t.overrun])).toEqual([
      ['5.1.a', 'completed', 120, false],
      ['5.1.b', 'completed', 180, false],
      ['5.1.c', 'completed', 300, false],
      ['5.1.d', 'completed', 300, false],
      ['5.1.e', 'completed', 180, false],
      ['5.1.f', 'completed', 120, false],
    ]);
    expect(timings[2]).toEqual({
      step: '5.1.c', status: 'completed', activeSeconds: 300, pausedSeconds: 0, normSeconds: 300,
      overrunSeconds: 0, overrun: false, remainingSeconds: 0, startedAt: at(5), completedAt: at(10),
    });
    expect(intakeTotals(events, intake, at(30))).toEqual({ activeSeconds: 1200, pausedSeconds: 0, normSeconds: 1200, overrunSeconds: 0, overrun: false });
  });

  it('pauses are excluded from the active time', () => {
    const t = one([started('s', 0), paused('s', 1), resumed('s', 4), paused('s', 5), resumed('s', 6), completed('s', 8)]);
    expect(t).toMatchObject({ status: 'completed', activeSeconds: 240, pausedSeconds: 240, overrun: false, remainingSeconds: 60 });
  });

  it('an overrun is measured and keeps the officer’s reason', () => {
    const t = one([started('s', 0), completed('s', 7, 'Registry was slow')]);
    expect(t).toMatchObject({ activeSeconds: 420, overrunSeconds: 120, overrun: true, remainingSeconds: 0, overrunReason: 'Registry was slow' });
    expect(one([started('s', 0), completed('s', 3)])).not.toHaveProperty('overrunReason');
  });

  it('an open step counts up to now, running or paused (e.g. after an app restart)', () => {
    expect(one([started('s', 0)], at(6))).toMatchObject({ status: 'running', activeSeconds: 360, overrunSeconds: 60, overrun: true, completedAt: null });
    expect(one([started('s', 0), paused('s', 2)], at(6))).toMatchObject({ status: 'paused', activeSeconds: 120, pausedSeconds: 240, overrun: false });
  });

  it('a step never started is all zeros with its whole norm remaining', () => {
    expect(one([])).toEqual({
      step: 's', status: 'notStarted', activeSeconds: 0, pausedSeconds: 0, normSeconds: 300,
      overrunSeconds: 0, overrun: false, remainingSeconds: 300, startedAt: null, completedAt: null,
    });
  });

  it('orders events by time, whatever order they arrive in', () => {
    const inOrder = [started('s', 0), paused('s', 1), resumed('s', 3), completed('s', 6)];
    const shuffled = [completed('s', 6), resumed('s', 3), started('s', 0), paused('s', 1)];
    expect(one(shuffled)).toEqual(one(inOrder));
  });

  it('ignores duplicates: a second start or resume while running, a second pause while paused', () => {
    const t = one([started('s', 0), started('s', 1), resumed('s', 1), paused('s', 2), paused('s', 3), resumed('s', 4), completed('s', 5)]);
    expect(t).toMatchObject({ activeSeconds: 180, pausedSeconds: 120, startedAt: at(0) });
  });

  it('treats a start while paused as a resume', () => {
    expect(one([started('s', 0), paused('s', 1), started('s', 3), completed('s', 4)])).toMatchObject({ activeSeconds: 120, pausedSeconds: 120 });
  });

  it('a completion while paused closes the step; the pause counts as paused', () => {
    expect(one([started('s', 0), paused('s', 1), completed('s', 3)])).toMatchObject({ status: 'completed', activeSeconds: 60, pausedSeconds: 120 });
  });

  it('ignores events before the first start and everything after the first completion but a later reason', () => {
    const t = one([
      paused('s', 0), resumed('s', 0), completed('s', 0),
      started('s', 1), completed('s', 8),
      started('s', 9), completed('s', 12), completed('s', 13, 'Applicant’s documents were in Russian only'), completed('s', 14, '  '),
    ]);
    expect(t).toMatchObject({
      status: 'completed', activeSeconds: 420, pausedSeconds: 0, startedAt: at(1), completedAt: at(8),
      overrunReason: 'Applicant’s documents were in Russian only',
    });
    // A blank reason never replaces or stands in for a real one.
    expect(one([started('s', 0), completed('s', 8, ' ')])).not.toHaveProperty('overrunReason');
  });

  it('keeps the log order for events in the same second', () => {
    expect(one([started('s', 0), paused('s', 1), resumed('s', 1), completed('s', 2)])).toMatchObject({ activeSeconds: 120, pausedSeconds: 0 });
    expect(one([started('s', 0), resumed('s', 1), paused('s', 1), completed('s', 2)])).toMatchObject({ activeSeconds: 60, pausedSeconds: 60 });
  });

  it('ignores unreadable times and steps without a norm; lists steps in the norms’ order', () => {
    const events: StepEvent[] = [{ type: 'step.started', step: 's', at: 'yesterday' }, started('x', 0), started('s', 2), completed('s', 3)];
    const timings = stepTimings(events, [{ id: 't', normSeconds: 60 }, { id: 's', normSeconds: 60 }], at(10));
    expect(timings.map((t) => [t.step, t.activeSeconds])).toEqual([['t', 0], ['s', 60]]);
  });

  it('never goes negative when now is earlier than the last event (a clock set back)', () => {
    const t = one([started('s', 5), paused('s', 6)], at(1));
    expect(t).toMatchObject({ activeSeconds: 60, pausedSeconds: 0 });
    expect(one([started('s', 5)], at(1))).toMatchObject({ activeSeconds: 0, pausedSeconds: 0 });
  });

  it('works at whole-second resolution', () => {
    const t = one([
      { type: 'step.started', step: 's', at: '2026-03-02T09:00:00.900Z' },
      { type: 'step.completed', step: 's', at: '2026-03-02T09:00:10.100+00:00' },
    ]);
    expect(t.activeSeconds).toBe(10);
  });

  it('reads timestamps with offsets (Kazakhstan local time)', () => {
    const t = one([
      { type: 'step.started', step: 's', at: '2026-03-02T14:00:00+05:00' },
      { type: 'step.completed', step: 's', at: '2026-03-02T09:02:00Z' },
    ]);
    expect(t.activeSeconds).toBe(120);
  });
});

describe('intakeTotals', () => {
  it('compares the intake as a whole with its norm, even when single steps overran', () => {
    // §5.1.a overran by a minute, §5.1.b finished a minute early: the intake is still within 20 minutes.
    const events = [started('5.1.a', 0), completed('5.1.a', 3, 'Power of attorney checked with the notary'), started('5.1.b', 3), completed('5.1.b', 5)];
    const timings = stepTimings(events, intake, at(30));
    expect(timings[0]).toMatchObject({ overrun: true, overrunSeconds: 60 });
    expect(intakeTotals(events, intake, at(30))).toEqual({ activeSeconds: 300, pausedSeconds: 0, normSeconds: 1200, overrunSeconds: 0, overrun: false });
  });

  it('reports the total overrun and counts pauses separately', () => {
    const events = [started('5.1.c', 0), paused('5.1.c', 5), resumed('5.1.c', 10), completed('5.1.c', 20)];
    expect(intakeTotals(events, intake, at(30), 600)).toEqual({ activeSeconds: 900, pausedSeconds: 300, normSeconds: 600, overrunSeconds: 300, overrun: true });
  });

  it('totalsOf sums timings already computed', () => {
    const timings = stepTimings([started('5.1.a', 0)], intake, at(25));
    expect(totalsOf(timings)).toEqual({ activeSeconds: 1500, pausedSeconds: 0, normSeconds: 1200, overrunSeconds: 300, overrun: true });
    expect(totalsOf([])).toEqual({ activeSeconds: 0, pausedSeconds: 0, normSeconds: 0, overrunSeconds: 0, overrun: false });
  });
});
