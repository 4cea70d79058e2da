// §5.1.d with no network: two workstations of one office register 1,000 applications between
// them, each from its own leased blocks; no number is issued twice.
import { describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../../../../electron/core/registry/taxpayerGenerator';
import { openTestCore, signedIn, tempDir } from '../testCore';
import { completeThroughRegistration } from './intakeDriver';

describe('offline registration numbers', () => {
  it('two workstations, 1,000 registrations, no duplicate number', { timeout: 120_000 }, async () => {
    const stations = await Promise.all([1, 2].map((workstationNo) => openTestCore({ dataDir: tempDir(), workstationNo })));
    const desks = await Promise.all(stations.map((core) => signedIn(core, 'frontDesk')));
    const numbers: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const s = i % 2;
      const view = await completeThroughRegistration(stations[s]!, desks[s]!, demoTaxpayer((i * 5) % 200));
      numbers.push(view.registration!.number);
    }
    expect(new Set(numbers).size).toBe(1000);
    // each workstation's own journal accounts for every number it took, in order
    for (const [i, core] of stations.entries()) {
      const issued = core.db.prepare("SELECT seq FROM registration_numbers WHERE status = 'issued' ORDER BY seq").pluck().all() as number[];
      expect(issued).toHaveLength(500);
      expect(issued[0]).toBe((i + 1) * 100_000 + 1);
      expect(issued.at(-1)! - issued[0]!).toBe(499);
      core.close();
    }
  });
});
