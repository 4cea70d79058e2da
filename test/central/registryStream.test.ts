// The registry streamed from the simulator run as its own process (`npm run central`) to a bare
// client process that parses every page: each taxpayer arrives once, in order, over keep-alive
// HTTP in pages cut by count and by bytes. How fast is a benchmark's question (`npm run bench --
// sync.initialDownload`), not a test's; `npx tsx test/central/pullClient.ts` prints the rate by hand.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import type { PullStats } from './pullClient';
import { spawnCentral, type SpawnedCentral } from './spawnCli';

const rows = 20_000;
const dir = mkdtempSync(path.join(tmpdir(), 'central-stream-'));
let server: SpawnedCentral;

beforeAll(async () => {
  server = await spawnCentral(['--port', '0', '--data', path.join(dir, 'central.sqlite'), '--taxpayers', String(rows), '--workstations', '2']);
}, 120_000);
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** One full download by a client process. */
async function download(authorization: string, client: string[] = []): Promise<PullStats> {
  const script = path.join(import.meta.dirname, 'pullClient.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, server.url, authorization, ...client], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as PullStats;
}

describe('registry download from the simulator process', () => {
  it(`delivers all ${rows.toLocaleString('en')} taxpayers once, in order, to each workstation, by http and by fetch`, async () => {
    const credentials = [...server.banner.matchAll(/Authorization: (Bearer \S+)/g)].map((m) => m[1] as string);
    expect(credentials).toHaveLength(2);
    const [byHttp, byFetch] = await Promise.all([download(credentials[0] as string), download(credentials[1] as string, ['--fetch'])]);
    for (const [stats, client] of [[byHttp, 'http'], [byFetch, 'fetch']] as const) {
      expect(stats.client).toBe(client);
      expect(stats.rows.taxpayer).toBe(rows);
      expect(stats.lastTaxpayerId).toBe(demoTaxpayer(rows - 1).id);
      // 5,000 per page at most: the registry cannot arrive in fewer pages.
      expect(stats.pages).toBeGreaterThanOrEqual(rows / 5_000);
    }
  }, 120_000);
});
