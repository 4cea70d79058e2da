// Property-based tests of the case state machine: random walks by random actors (half steered
// through legal moves, half arbitrary and mostly refused) never reach an illegal case, and an
// exhaustive search over a small roster shows every reachable case can still end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCommands,
  apply,
  caseEventSchema,
  commandTypes,
  decide,
  initialCase,
  isTerminal,
  replay,
  validateEvent,
  type CaseActor,
  type CaseCommand,
  type CaseEvent,
  type CaseSnapshot,
} from '../../../../../shared/domain/cases';
import { applicantTypes, channels, intakeSteps } from '../../../../../shared/domain/types';
import { hashA, hashB } from './support';
import { deepFreeze, moves, reachesTerminal, roster, stateKey, validCommand, violations } from './model';

/** Runs per property; raise with CASES_PBT_RUNS for a longer soak. */
const runs = Number(process.env.CASES_PBT_RUNS ?? 500);
/**
 * Hundreds of walks are pure computation that take a few seconds on an idle machine; sharing two
 * cores with Chromium and SQLite files they may take several times that, which is no failure.
 */
const walkTimeout = 60_000;

const text = fc.constantFrom('ok', '', '  ', 'Note');
const date = fc.constantFrom('2026-03-02', '2026-03-17', '2026-03-01', '2026-02-30', 'soon');
const regData = fc.record({
  registrationNumber: fc.constantFrom('KZ-1', ''),
  registeredOn: date,
  deadline: date,
  regulationVersion: fc.constantFrom('2015.1', ''),
});

/** Arbitrary commands, legal or not, with data drawn from small pools so that guards get hit. */
const anyCommand: fc.Arbitrary<CaseCommand> = fc.oneof(
  fc.record({ type: fc.constant('startIntake'), channel: fc.constantFrom(...channels), applicantType: fc.constantFrom(...applicantTypes), taxpayerId: fc.constant('900101300123') }),
  fc.record({ type: fc.constant('completeIntakeStep'), step: fc.constantFrom(...intakeSteps) }),
  fc.record({ type: fc.constant('recordRegistryCheck'), result: fc.constantFrom('match', 'mismatch') }),
  fc.record({ type: fc.constant('declineAcceptance'), reasonCode: text, note: text }),
  regData.map((r) => ({ type: 'register' as const, ...r })),
  fc
    .record({ channel: fc.constantFrom(...channels), signatureCheck: fc.constantFrom('valid', 'invalid'), reg: regData })
    .map(({ channel, signatureCheck, reg }) => ({ type: 'receiveElectronic' as const, channel, applicantType: 'individual' as const, taxpayerId: '100140011059', signatureCheck, ...reg })),
  fc.record({ type: fc.constant('assign'), officerId: fc.constantFrom(1, 2, 3, 4, 99) }),
  fc.record(
    { type: fc.constant('saveDraft'), decision: fc.constantFrom('certificate', 'refusal'), documentHash: fc.constantFrom(hashA, hashB, 'bad'), refusalGrounds: fc.constantFrom([], ['notResident'], [' ']) },
    { requiredKeys: ['type', 'decision', 'documentHash'] },
  ),
  fc.constant({ type: 'submitForApproval' }),
  fc.record({ type: fc.constant('approve'), documentHash: fc.constantFrom(hashA, hashB), signatureId: text }),
  fc.record({ type: fc.constant('returnForRework'), comment: text }),
  fc.constant({ type: 'markReadyForIssue' }),
  fc.record({
    type: fc.constant('issue'),
    journalNumber: text,
    issuedOn: date,
    recipient: fc.record({ fullName: text, documentName: fc.constant('ID'), documentNumber: fc.constant('1'), documentSeries: fc.constant(null) }),
  }),
  fc.constant({ type: 'sendBack' }),
  fc.record({ type: fc.constant('withdraw'), note: text }),
) as fc.Arbitrary<CaseCommand>;

type Move = { kind: 'steered'; pick: number; variant: number } | { kind: 'arbitrary'; actor: CaseActor; command: CaseCommand };

/** One move of a walk: mostly steered (a legal move chosen by index), otherwise arbitrary. */
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('steered' as const), pick: fc.nat(), variant: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('arbitrary' as const), actor: fc.constantFrom(...roster), command: anyCommand }) },
);
const plans = fc.array(move, { maxLength: 60, size: 'max' });

/** Moves that end a case; steering takes them only in one variant in eight, so walks also go deep. */
const ending = new Set(['withdraw', 'declineAcceptance']);

/** How often each state was visited across all walks (to show the steering reaches everywhere). */
const visited = new Map<string, number>();

interface Walk {
  snapshot: CaseSnapshot;
  events: CaseEvent[];
  checks: string[];
  refused: number;
}

/** Plays the moves, checking the per-step properties as it goes; returns what it saw. */
function walk(plan: readonly Move[]): Walk {
  const w: Walk = { snapshot: initialCase(), events: [], checks: [], refused: 0 };
  for (const m of plan) {
    const s = deepFreeze(w.snapshot);
    let actor: CaseActor;
    let command: CaseCommand;
    if (m.kind === 'steered') {
      const options = moves(s, [m.variant]).filter(([, c]) => m.variant === 0 || !ending.has(c.type));
      if (options.length === 0) continue;
      [actor, command] = options[m.pick % options.length]!;
    } else {
      ({ actor, command } = m);
    }
    const result = decide(s, command, actor);
    const allowed = allowedCommands(s, actor);
    if (!result.ok) {
      w.refused++;
      if (isTerminal(s.state) && result.reason !== 'terminal') w.checks.push(`terminal case answered ${result.reason}`);
      if (m.kind === 'steered') w.checks.push(`steered ${command.type} refused: ${result.reason}`);
      continue;
    }
    if (isTerminal(s.state)) w.checks.push(`terminal ${s.state} accepted ${command.type}`);
    if (!allowed.includes(command.type)) w.checks.push(`${command.type} succeeded but was not offered`);
    if (JSON.stringify(apply(s, result.event)) !== JSON.stringify(result.next)) w.checks.push(`apply disagrees on ${result.event.type}`);
    if (!caseEventSchema.safeParse(result.event).success) w.checks.push(`event fails its schema: ${result.event.type}`);
    const verified = validateEvent(s, JSON.parse(JSON.stringify(result.event)), actor);
    if (!verified.ok) w.checks.push(`validateEvent refused ${result.event.type}: ${verified.reason}`);
    w.checks.push(...violations(result.next));
    w.snapshot = result.next;
    visited.set(result.next.state, (visited.get(result.next.state) ?? 0) + 1);
    w.events.push(result.event);
  }
  return w;
}

const stats = { walks: 0, moves: 0, accepted: 0, refused: 0, states: new Map<string, number>() };

describe('case state machine properties', { timeout: walkTimeout }, () => {
  it('no sequence of commands by any actors reaches an illegal case; the log replays to the same case', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const w = walk(plan);
        stats.walks++;
        stats.moves += plan.length;
        stats.refused += w.refused;
        stats.accepted += w.events.length;
        stats.states.set(w.snapshot.state, (stats.states.get(w.snapshot.state) ?? 0) + 1);
        expect(w.checks).toEqual([]);
        expect(w.snapshot.version).toBe(w.events.length);
        expect(replay(w.events)).toEqual(w.snapshot);
        // What the store and sync carry is JSON: the log must survive the round trip.
        expect(replay(JSON.parse(JSON.stringify(w.events)) as CaseEvent[])).toEqual(w.snapshot);
      }),
      { numRuns: runs * 3 },
    );
    // The steering must actually take walks into every state, or the property would be vacuous.
    expect(visited.size).toBe(12);
  });

  it('every command type the UI offers can be carried out with suitable data', () => {
    fc.assert(
      fc.property(plans, fc.nat(7), (plan, variant) => {
        const { snapshot } = walk(plan);
        for (const actor of roster) {
          for (const type of allowedCommands(snapshot, actor)) {
            const result = decide(snapshot, validCommand(type, snapshot, actor, variant), actor);
            expect(result.ok ? 'ok' : result.reason).toBe('ok');
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('from the end of any walk a terminal state is still reachable', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expect(reachesTerminal(walk(plan).snapshot)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('terminal cases refuse every command from every actor with "terminal"', () => {
    fc.assert(
      fc.property(plans, fc.constantFrom(...roster), anyCommand, (plan, actor, command) => {
        const { snapshot } = walk(plan);
        fc.pre(isTerminal(snapshot.state));
        expect(decide(snapshot, command, actor)).toMatchObject({ ok: false, reason: 'terminal' });
        expect(allowedCommands(snapshot, actor)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});

describe('exhaustive exploration over a small roster', { timeout: walkTimeout }, () => {
  it('every reachable case is legal and can reach a terminal state', () => {
    // Breadth-first over all legal moves (two data variants each) from the empty case, identifying
    // cases by content; then backwards from the terminal cases over the same edges.
    const start = initialCase();
    const nodes = new Map<string, CaseSnapshot>([[stateKey(start), start]]);
    const predecessors = new Map<string, Set<string>>();
    const queue = [start];
    while (queue.length > 0) {
      const s = queue.shift()!;
      const from = stateKey(s);
      for (const [actor, command] of moves(s, [0, 1, 5])) {
        const result = decide(s, command, actor);
        if (!result.ok) expect.fail(`offered ${command.type} refused in ${s.state}: ${result.reason}`);
        const to = stateKey(result.next);
        if (!predecessors.has(to)) predecessors.set(to, new Set());
        predecessors.get(to)!.add(from);
        if (!nodes.has(to)) {
          nodes.set(to, result.next);
          queue.push(result.next);
        }
      }
    }
    const illegal = [...nodes.values()].flatMap(violations);
    expect(illegal).toEqual([]);

    const canEnd = new Set([...nodes].filter(([, s]) => isTerminal(s.state)).map(([k]) => k));
    const work = [...canEnd];
    while (work.length > 0) {
      for (const p of predecessors.get(work.pop()!) ?? []) {
        if (!canEnd.has(p)) {
          canEnd.add(p);
          work.push(p);
        }
      }
    }
    const stuck = [...nodes].filter(([k]) => !canEnd.has(k)).map(([, s]) => s.state);
    expect(stuck).toEqual([]);

    // Every state of the machine is reachable, and every command type is used somewhere.
    const states = new Set([...nodes.values()].map((s) => s.state));
    expect(states.size).toBe(13);
    const offered = new Set([...nodes.values()].flatMap((s) => roster.flatMap((a) => allowedCommands(s, a))));
    expect([...offered].sort()).toEqual([...commandTypes].sort());
    console.info(`case graph: ${nodes.size} distinct cases, ${[...predecessors.values()].reduce((n, p) => n + p.size, 0)} distinct edges`);
  });
});

describe('property statistics', () => {
  it('reports how much the walks explored', () => {
    console.info(
      `case walks: ${stats.walks} walks, ${stats.moves} moves (${stats.accepted} accepted, ${stats.refused} refused); final states ${JSON.stringify(Object.fromEntries(stats.states))}; states visited ${JSON.stringify(Object.fromEntries(visited))}`,
    );
    expect(stats.walks).toBeGreaterThan(0);
  });
});
