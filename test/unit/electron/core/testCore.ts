// Test helper: a core on an in-memory store (or a temp folder) with a settable clock and
// cheap password hashing, plus a signed-in connection for a demo role.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiName, ApiInput, ApiOutput, Result } from '../../../../shared/api';
import type { Role } from '../../../../shared/domain/roles';
import { demoOfficers, demoPassword } from '../../../../electron/core/auth/demoData';
import type { Connection } from '../../../../electron/core/context';
import { openCore, type Core, type CoreOptions } from '../../../../electron/core/core';

export const testScryptCost = 1 << 10;

export class TestClock {
  constructor(public current = new Date('2026-03-02T09:00:00+05:00')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function tempDir(prefix = 'desk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function openTestCore(options: CoreOptions = {}): Promise<Core & { clock: TestClock }> {
  const clock = options.clock instanceof TestClock ? options.clock : new TestClock();
  const core = await openCore({ scryptCost: testScryptCost, host: 'test', demoRegistrySize: 200, ...options, clock });
  return Object.assign(core, { clock });
}

/** Typed call for tests: returns the Result as the renderer would see it. */
export function call<N extends ApiName>(core: Core, connection: Connection, name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>> {
  return core.call(connection, name, input) as Promise<Result<ApiOutput<N>>>;
}

export async function signedIn(core: Core, role: Role): Promise<Connection> {
  const connection = core.connect();
  const login = demoOfficers.find((o) => o.role === role)!.login;
  const result = await call(core, connection, 'session.signIn', { login, password: demoPassword });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.code}`);
  return connection;
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message.ru}`);
  return result.value;
}
