// Document pipeline benchmarks: a coupon validated, snapshotted, rendered, hashed and stored,
// against a bare react-pdf renderToBuffer of the same element in the same run; and the issue
// journal of a period with 1,000 rows (the preview path: validate, snapshot, render, hash).
import { renderToBuffer } from '@react-pdf/renderer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { renderDocument, snapshotOf } from '../../electron/core/documents/pipeline';
import { documentElement, loadFonts } from '../../electron/core/documents/reactPdfRenderer';
import { fontsDirOf } from '../../electron/core/documents/renderer';
import { createDocument } from '../../electron/core/documents/store';
import { coupon, journal } from '../unit/electron/core/documents/fixtures';
import { time, type Benchmark } from './harness';

export const documentBenchmarks: Benchmark[] = [
  {
    name: 'documents.coupon',
    description: 'coupon: validate + canonical snapshot + render + SHA-256 + store (warm) vs a bare renderToBuffer of the same element',
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
      const core = await openCore({ dataDir, host: 'test', demoRegistrySize: 10 });
      const renderer = await core.deps.documentRenderer();
      const fonts = await loadFonts(fontsDirOf(core.deps.config.resourcesDir));
      const officerId = core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
      const data = coupon('kk');
      const snapshot = snapshotOf('coupon', data);
      const element = documentElement({ kind: 'coupon', data: snapshot.data, dataSha256: snapshot.dataSha256 }, fonts);
      const store = () =>
        createDocument(core.db, renderer, { kind: 'coupon', data, caseId: 'bench', regulationVersion: 'kz-residency-2015', createdBy: officerId }, new Date());
      const bare = () => renderToBuffer(element);
      // Interleaved rounds, so that both sides see the same machine state.
      const pipelineTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let round = 0; round < 4; round++) {
        bareTimes.push((await time(bare, 40, round === 0 ? 10 : 2)).median);
        pipelineTimes.push((await time(store, 40, round === 0 ? 10 : 2)).median);
      }
      const pipeline = await time(store, 100, 5);
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      return {
        unit: 'ms',
        ...pipeline,
        baseline: 'bare @react-pdf renderToBuffer of the same coupon element',
        ratio: median(pipelineTimes) / median(bareTimes),
        targets: [
          { stat: 'median', op: '<', value: 100 },
          { stat: 'ratio', op: '<=', value: 1.3 },
        ],
      };
    },
  },
  {
    name: 'documents.journal1000',
    description: 'issue journal of 1,000 rows: validate + snapshot + render (50+ A4 pages) + SHA-256 (warm)',
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
      const core = await openCore({ dataDir, host: 'test', demoRegistrySize: 10 });
      const renderer = await core.deps.documentRenderer();
      const data = journal('ru', 1000);
      const result = await time(() => renderDocument(renderer, 'journal', data), 6, 1);
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      return { unit: 'ms', ...result, baseline: null, ratio: null, targets: [{ stat: 'median', op: '<', value: 3000 }] };
    },
  },
];
