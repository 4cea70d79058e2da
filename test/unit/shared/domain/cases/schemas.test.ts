// The zod schemas used where commands and events arrive as untrusted JSON (api, sync, storage).
import { describe, expect, it } from 'vitest';
import { caseCommandSchema, caseEventSchema, commandTypes } from '../../../../../shared/domain/cases';
import { cmd, hashA, run, type Step } from './support';

describe('caseCommandSchema', () => {
  it('accepts every command of the fixtures, covering every command type', () => {
    const all = Object.values(cmd);
    for (const command of all) expect(caseCommandSchema.safeParse(command).success).toBe(true);
    expect(new Set(all.map((c) => c.type))).toEqual(new Set(commandTypes));
  });

  it('rejects unknown fields, unknown types and malformed values', () => {
    expect(caseCommandSchema.safeParse({ ...cmd.withdraw, by: 4 }).success).toBe(false);
    expect(caseCommandSchema.safeParse({ type: 'reopen' }).success).toBe(false);
    expect(caseCommandSchema.safeParse({ ...cmd.startIntake, taxpayerId: '12345' }).success).toBe(false);
    expect(caseCommandSchema.safeParse({ ...cmd.certificate, documentHash: hashA.toUpperCase() }).success).toBe(false);
    expect(caseCommandSchema.safeParse({ ...cmd.assignSelf, officerId: 1.5 }).success).toBe(false);
    expect(caseCommandSchema.safeParse({ ...cmd.stepA, step: '5.1.z' }).success).toBe(false);
  });
});

describe('caseEventSchema', () => {
  it('accepts the events decide produces and rejects tampered ones', () => {
    const steps: Step[] = [[cmd.receive, { kind: 'system' }], [cmd.assignSelf, { kind: 'officer', id: 2, role: 'processing' }]];
    const { events } = run(steps);
    for (const e of events) expect(caseEventSchema.safeParse(e).success).toBe(true);
    expect(caseEventSchema.safeParse({ ...events[1], officerId: 'two' }).success).toBe(false);
    expect(caseEventSchema.safeParse({ type: 'case.intakeStarted', channel: 'portal', applicantType: 'individual', taxpayerId: '900101300123' }).success).toBe(false);
  });
});
