// End to end under faults: three desks of one office take a case from intake to issue, each
// learning the others' work only through pull, retrying every request the network loses, cuts
// or garbles. Idempotent push, in-order pull and the state machine must bring the centre and
// every desk to the same case — and no mutation may be rejected on the way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRegistrationNumber } from '../../electron/core/numbers/blocks';
import { isCaseEvent, replay, type CaseCommand, type CaseEvent, type CaseSnapshot } from '../../shared/domain/cases';
import type { Change, Mutation } from '../../shared/sync/protocol';
import { startCentral, type RunningCentral } from './index';
import type { WorkstationCredential } from './store/directory';
import { client, DeskCase, officers, seqCounter, type DeskOfficer } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
let sim: RunningCentral;
beforeEach(async () => {
  sim = await startCentral({
    clock: () => now,
    seed: 2026,
    taxpayers: 100,
    faults: { drop: 0.1, hang: 0.03, hangMs: 200, lostReply: 0.1, error5xx: 0.1, delay: 0.1, delayMs: [5, 40], duplicate: 0.15, reorder: 0.1, reorderMs: 50, stalePage: 0.15, truncate: 0.1 },
  });
});
afterEach(async () => {
  await sim.close();
});

async function reliably<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** A desk: its own outbox seq, a pull cursor, and the case log as the centre sent it. */
class Desk {
  private readonly api;
  private readonly seq = seqCounter();
  private cursor: string | null = null;
  readonly logs = new Map<string, Map<number, CaseEvent | { type: string }>>();
  readonly answers: string[] = [];

  constructor(readonly ws: WorkstationCredential) {
    this.api = client(sim.url, ws);
  }

  async sync(): Promise<void> {
    for (;;) {
      const page = await reliably(() => this.api.pull(this.cursor, 40, 1_000));
      if (page.reset) {
        this.cursor = null;
        continue;
      }
      for (const change of page.changes) this.take(change);
      this.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  private take(change: Change): void {
    if (change.type !== 'case.event') return;
    const log = this.logs.get(change.caseId) ?? new Map();
    this.logs.set(change.caseId, log);
    // A stale or repeated page may bring an event again: the position decides.
    log.set(change.serverPos, change.event as CaseEvent);
  }

  snapshot(caseId: string): CaseSnapshot {
    const log = this.logs.get(caseId) ?? new Map();
    const ordered = [...log.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
    return replay(ordered.filter((e): e is CaseEvent => isCaseEvent(e)));
  }

  /**
   * Like an officer: waits (syncing) until the desk shows the case where the command is possible
   * — a stale page can leave a desk one round behind — then runs it on the desk's own copy and
   * pushes it until the centre answers.
   */
  async run(caseId: string, officer: DeskOfficer, command: CaseCommand): Promise<void> {
    for (let round = 0; ; round++) {
      await this.sync();
      let mutation: Mutation;
      try {
        mutation = new DeskCase(this.ws, this.seq, this.snapshot(caseId), caseId).command(officer, command);
      } catch (error) {
        if (round > 50) throw error;
        continue;
      }
      await this.push(mutation);
      return;
    }
  }

  async push(mutation: Mutation): Promise<void> {
    const response = await reliably(() => this.api.push([mutation], 1_000));
    const result = response.results[0];
    this.answers.push(result?.code ?? result?.status ?? '?');
    // The desk keeps its own event at the position the centre gave it.
    if (result?.serverPos !== undefined && mutation.caseId !== null) {
      const log = this.logs.get(mutation.caseId) ?? new Map();
      this.logs.set(mutation.caseId, log);
      log.set(result.serverPos, mutation.payload.event as CaseEvent);
    }
  }

  lease = (size: number) => reliably(() => this.api.lease(2026, size));
}

describe('three desks under faults', () => {
  it('converge on the same issued case, with nothing rejected', async () => {
    const front = new Desk(sim.central.registerWorkstation('6205', 1));
    const processing = new Desk(sim.central.registerWorkstation('6205', 2));
    const supervisor = new Desk(sim.central.registerWorkstation('6205', 3));
    const { block } = await front.lease(100);
    const caseId = crypto.randomUUID();

    await front.run(caseId, officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    for (const step of ['5.1.a', '5.1.b', '5.1.c'] as const) await front.run(caseId, officers.frontDesk, { type: 'completeIntakeStep', step });
    await front.run(caseId, officers.frontDesk, { type: 'recordRegistryCheck', result: 'match' });
    const number = formatRegistrationNumber('6205', 2026, block.firstSeq);
    await front.run(caseId, officers.frontDesk, { type: 'register', registrationNumber: number, registeredOn: '2026-03-02', deadline: '2026-03-17', regulationVersion: 'kz-residency-2015' });
    for (const step of ['5.1.e', '5.1.f'] as const) await front.run(caseId, officers.frontDesk, { type: 'completeIntakeStep', step });

    const hash = 'c'.repeat(64);
    await processing.run(caseId, officers.processing, { type: 'assign', officerId: officers.processing.id });
    await processing.run(caseId, officers.processing, { type: 'saveDraft', decision: 'certificate', documentHash: hash });
    await processing.run(caseId, officers.processing, { type: 'submitForApproval' });
    await supervisor.run(caseId, officers.supervisor, { type: 'returnForRework', comment: 'Елді тексеріңіз / Проверьте страну' });
    await processing.run(caseId, officers.processing, { type: 'saveDraft', decision: 'certificate', documentHash: 'd'.repeat(64) });
    await processing.run(caseId, officers.processing, { type: 'submitForApproval' });
    await supervisor.run(caseId, officers.supervisor, { type: 'approve', documentHash: 'd'.repeat(64), signatureId: 'cms-1' });
    await processing.run(caseId, officers.processing, { type: 'markReadyForIssue' });
    await front.run(caseId, officers.frontDesk, {
      type: 'issue',
      journalNumber: 'Ж-6205-2026-0100001',
      issuedOn: '2026-03-10',
      recipient: { fullName: 'Нұрланова Әлия Серікқызы', documentName: 'Жеке куәлік', documentNumber: '012345678', documentSeries: null },
    });

    for (const desk of [front, processing, supervisor]) await desk.sync();
    const central = sim.central.cases()[0];
    expect(central).toMatchObject({ caseId, state: 'issued', eventCount: 17, transitions: 17, registrationNumber: number });
    for (const desk of [front, processing, supervisor]) {
      expect(desk.snapshot(caseId).state).toBe('issued');
      expect(desk.snapshot(caseId).version).toBe(17);
    }
    const answers = [...front.answers, ...processing.answers, ...supervisor.answers];
    expect(answers.every((a) => a === 'applied' || a === 'duplicate')).toBe(true);
    // The faults really happened.
    const seen = new Set(sim.central.faultLog.flatMap((e) => e.faults));
    expect(seen.size).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
