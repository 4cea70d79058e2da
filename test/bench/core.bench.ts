// Core start-up: open the store file, check/apply migrations, answer a first query — for a new
// store and for an existing one — against a bare better-sqlite3 open + query of the same file.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { time, type Benchmark } from './harness';

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

async function firstQuery(dataDir: string, demo: boolean) {
  const core = await openCore({ dataDir, demo, host: 'test' });
  core.db.prepare('SELECT count(*) FROM cases').get();
  core.close();
}

export const coreBenchmarks: Benchmark[] = [
  {
    name: 'core.startup.existing',
    description: 'reopen an existing store: open, migration prefix check, first query',
    async run() {
      const dataDir = tempDir('desk-bench-');
      await firstQuery(dataDir, false);
      const file = join(dataDir, 'desk.sqlite');
      const bare = await time(() => {
        const db = new Database(file);
        db.pragma('journal_mode = WAL');
        db.prepare('SELECT count(*) FROM cases').get();
        db.close();
      }, 200);
      const core = await time(() => firstQuery(dataDir, false), 200);
      rmSync(dataDir, { recursive: true, force: true });
      return {
        unit: 'ms',
        ...core,
        baseline: 'bare better-sqlite3 open + WAL + same query',
        ratio: core.median / bare.median,
        targets: [
          { stat: 'p95', op: '<', value: 10 },
          { stat: 'ratio', op: '<=', value: 3 },
        ],
      };
    },
  },
  {
    name: 'core.startup.new',
    description: 'first run on an empty folder: create the store and apply every migration (no demo seed)',
    async run() {
      const dirs: string[] = [];
      const result = await time(async () => {
        const dir = tempDir('desk-bench-');
        dirs.push(dir);
        await firstQuery(dir, false);
      }, 50);
      dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
      return { unit: 'ms', ...result, baseline: null, ratio: null, targets: [{ stat: 'p95', op: '<', value: 50 }] };
    },
  },
];
