// Intake benchmarks: the §5.1.c registry lookup in a 1,000,000-row cache against a bare prepared
// statement on the same table, and the time of each intake command in the core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiName } from '../../shared/api';
import { demoPassword } from '../../electron/core/auth/demoData';
import { openCore } from '../../electron/core/core';
import { taxpayerLookup, taxpayerRows, upsertTaxpayers } from '../../electron/core/registry/registryCache';
import { demoTaxpayer, demoTaxpayers } from '../../electron/core/registry/taxpayerGenerator';
import { summarize, time, type Benchmark } from './harness';

const registrySize = Number(process.env['BENCH_REGISTRY_ROWS'] ?? 1_000_000);

export const intakeBenchmarks: Benchmark[] = [
  {
    name: 'intake.registryLookup',
    description: `registry lookup by IIN/BIN in a ${registrySize.toLocaleString('en')}-row cache vs a bare prepared statement`,
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
      const core = await openCore({ dataDir, demo: false, host: 'test' });
      core.db.transaction(() => upsertTaxpayers(core.db, taxpayerRows(demoTaxpayers(0, registrySize)), new Date().toISOString()))();
      const ids = Array.from({ length: 20_000 }, (_, i) => demoTaxpayer((i * 7919) % registrySize).id);
      const bare = core.db.prepare('SELECT * FROM taxpayers WHERE id = ?');
      const lookup = taxpayerLookup(core.db);
      let i = 0;
      const bareTimes = await time(() => bare.get(ids[i++ % ids.length]), 20_000);
      i = 0;
      const lookupTimes = await time(() => {
        if (!lookup(ids[i++ % ids.length]!)) throw new Error('missing taxpayer');
      }, 20_000);
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      return {
        unit: 'ms',
        ...lookupTimes,
        baseline: 'bare prepared SELECT * by primary key on the same table',
        ratio: lookupTimes.median / bareTimes.median,
        targets: [
          { stat: 'ratio', op: '<=', value: 1.5 },
          { stat: 'p99', op: '<', value: 1 },
        ],
      };
    },
  },
  {
    name: 'intake.commands',
    description: 'each intake command of a full §5.1.a–d intake through the core dispatcher (start … register)',
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
      const core = await openCore({ dataDir, demo: true, host: 'test', demoRegistrySize: 5_000 });
      const desk = core.connect();
      await core.call(desk, 'session.signIn', { login: 'frontdesk', password: demoPassword });
      const samples: number[] = [];
      const perCommand = new Map<string, number[]>();
      async function timed<N extends ApiName>(name: N, input: ApiInput<N>): Promise<unknown> {
        const start = process.hrtime.bigint();
        const result = await core.call(desk, name, input);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (!result.ok) throw new Error(`${name}: ${result.error.code} ${JSON.stringify(result.error.details)}`);
        samples.push(ms);
        perCommand.set(name, [...(perCommand.get(name) ?? []), ms]);
        return result.value;
      }
      const checks = (items: { id: string }[]) => Object.fromEntries(items.map((x) => [x.id, true]));
      for (let n = 0; n < 300; n++) {
        const taxpayer = demoTaxpayer((n * 5) % 5_000);
        const view = (await timed('intake.start', { applicantType: 'individual', taxpayerId: taxpayer.id })) as {
          caseId: string;
          checklists: { identity: { id: string }[]; completeness: { id: string }[] };
        };
        const caseId = view.caseId;
        await timed('intake.saveForm', {
          caseId,
          patch: {
            person: { surname: 'Қасымов', givenName: 'Ержан' },
            identityDocument: { type: 'idCard', number: '012345678', issuer: 'ІІМ', issuedOn: '2020-01-01', expiresOn: '2030-01-01' },
            application: { taxpayerName: taxpayer.name, address: taxpayer.address },
            checks: { ...checks(view.checklists.identity), ...checks(view.checklists.completeness) },
          },
        });
        await timed('intake.completeStep', { caseId, step: '5.1.a' });
        await timed('intake.completeStep', { caseId, step: '5.1.b' });
        await timed('intake.recordRegistryCheck', { caseId, result: 'match' });
        await timed('intake.completeStep', { caseId, step: '5.1.c' });
        await timed('intake.register', { caseId });
      }
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      const worst = [...perCommand.entries()].map(([name, values]) => `${name} p95 ${summarize(values.slice(10)).p95.toFixed(2)}`).join('; ');
      console.log(`  per command: ${worst}`);
      return { unit: 'ms', ...summarize(samples.slice(70)), baseline: null, ratio: null, targets: [{ stat: 'p95', op: '<', value: 10 }] };
    },
  },
];
