// The processing queue over 100,000 cases: filters, deadline sort and a Cyrillic name search
// through the core's query, as a processing officer runs it all day.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueFilter } from '../../shared/api/processing';
import { addDays } from '../../shared/domain/dates';
import { findOfficerById } from '../../electron/core/auth/officers';
import { openCore } from '../../electron/core/core';
import { searchQueue } from '../../electron/core/processing/queueSearch';
import { currentCalendar } from '../../electron/core/reference/referenceData';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { summarize, type Benchmark } from './harness';

const caseCount = Number(process.env['BENCH_CASES'] ?? 100_000);
const states = ['registered', 'inProcessing', 'decisionDrafted', 'awaitingApproval', 'returnedForRework', 'approved', 'readyForIssue', 'issued'];
const channels = ['office', 'office', 'office', 'portal', 'stateCorporation', 'taxpayerCabinet'];

export const processingBenchmarks: Benchmark[] = [
  {
    name: 'processing.queue',
    description: `processing queue over ${caseCount.toLocaleString('en')} cases: filters, deadline sort, name search`,
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
      const core = await openCore({ dataDir, demo: true, host: 'test', demoRegistrySize: 1_000 });
      const insert = core.db.prepare(
        `INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, registration_number, registered_at, deadline,
                            created_at, updated_at, assignee_id, snapshot)
         VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`,
      );
      core.db.transaction(() => {
        for (let i = 0; i < caseCount; i++) {
          const t = demoTaxpayer(i);
          const registeredOn = addDays('2026-01-05', i % 80);
          insert.run(
            randomUUID(),
            channels[i % channels.length],
            t.kind === 'iin' ? 'individual' : 'legalEntity',
            t.id,
            t.name,
            states[i % states.length],
            `6205-2026-${String(100_001 + i).padStart(7, '0')}`,
            registeredOn,
            addDays(registeredOn, 15),
            registeredOn,
            registeredOn,
            i % 3 === 0 ? 2 : null,
          );
        }
      })();
      // A workstation that accumulated these cases has had them analysed at some start-up since.
      core.db.pragma('optimize = 0x10002');
      const officer = findOfficerById(core.db, 2)!;
      const calendar = currentCalendar(core.db);
      const names = ['Қасымов', 'нұрланова', 'ӘЛИЯ', 'Серік', 'Алтын Дала', 'ахметова гүлнар'];
      const filters: QueueFilter[] = [
        { limit: 50 },
        { assignee: 'me', limit: 50 },
        { states: ['inProcessing', 'decisionDrafted'], channel: 'portal', limit: 50 },
        { risk: 'amber', limit: 50 },
        { text: '6205-2026-0150000', limit: 50 },
        { text: demoTaxpayer(77_777 % caseCount).id, limit: 50 },
        ...names.map((text) => ({ text, limit: 50 })),
        ...names.map((text) => ({ text, assignee: 'unassigned' as const, applicantType: 'individual' as const, limit: 50 })),
      ];
      const times: number[] = [];
      for (let round = 0; round < 30; round++) {
        for (const filter of filters) {
          const start = process.hrtime.bigint();
          searchQueue(core.db, officer, filter, '2026-03-10', calendar);
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
      }
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      return { unit: 'ms', ...summarize(times.slice(filters.length)), baseline: null, ratio: null, targets: [{ stat: 'p95', op: '<', value: 20 }] };
    },
  },
];
