// A store prepared before the host starts, holding cases registered days or weeks ago — the only
// way to have overdue and nearly due cases in a fresh office, since registration takes today's
// date. The core is opened in this process on the host's data folder with its clock set back,
// the cases go through the same intake api, then the core is closed and the host opens the store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../../electron/core/core';
import { expectOk, registerInPerson, type DeskSocket } from './deskSocket';

const dayMs = 86_400_000;

export interface AgedCase {
  taxpayer: { id: string; name: string; address: string };
  registeredDaysAgo: number;
}

export async function storeWithAgedCases(cases: AgedCase[]): Promise<{ dataDir: string; numbers: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const oldest = Math.max(0, ...cases.map((c) => c.registeredDaysAgo));
  let now = Date.now() - oldest * dayMs;
  // Cheap password hashing for the demo officers: the host verifies whatever cost is stored.
  const core = await openCore({ dataDir, host: 'test', demo: true, scryptCost: 1 << 10, clock: { now: () => new Date(now) } });
  const numbers: string[] = [];
  try {
    for (const c of cases) {
      now = Date.now() - c.registeredDaysAgo * dayMs;
      const connection = core.connect();
      const socket: DeskSocket = { call: (name, input) => core.call(connection, name, input) as never, close: () => {} };
      expectOk(await socket.call('session.signIn', { login: 'frontdesk', password: 'demo1234' }));
      numbers.push((await registerInPerson(socket, c.taxpayer)).number);
    }
  } finally {
    core.close();
  }
  return { dataDir, numbers };
}
