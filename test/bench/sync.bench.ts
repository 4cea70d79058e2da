// Sync benchmarks on loopback. The workstation runs in its own process (this file, started again
// with SYNC_BENCH_ROLE set), so its peak memory is its own; the "central system" is a minimal
// protocol-exact server that serves pages cut from wire bytes made before the clock starts (it
// validates what it receives with the protocol's schemas; the figures are the desk's). The registry's
// central runs in a process of its own too: by the time a full `npm run bench` reaches it, the
// harness holds ~700 MB from the earlier benchmarks, and its collections would pause the server.
//   sync.initialDownload  1,000,000 taxpayers into an empty registry cache, against a bare bulk
//                         load of the same rows into an empty store in the same process and run
//   sync.push             10,000 outbox mutations pushed in batches of 200
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocolVersion, pullRequestSchema, pushRequestSchema, type Change } from '../../shared/sync/protocol';
import type { Db } from '../../electron/core/store/database';
import { peakRssMb, type Benchmark } from './harness';

const downloadRows = Number(process.env['BENCH_SYNC_ROWS'] ?? 1_000_000);
const pushMutations = Number(process.env['BENCH_SYNC_MUTATIONS'] ?? 10_000);
const role = process.env['SYNC_BENCH_ROLE'];
const root = fileURLToPath(new URL('../..', import.meta.url));

interface ChildResult {
  count: number;
  seconds: number;
  peakMb: number;
  bareSeconds?: number;
}

// ---- the central side (bench process) ----

type Answer = string | Buffer | Buffer[];

async function serve(handler: (path: string, body: string) => Answer): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const answer = handler(req.url ?? '', Buffer.concat(chunks).toString('utf8'));
        const parts = Array.isArray(answer) ? answer : [answer];
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': parts.reduce((n, p) => n + Buffer.byteLength(p), 0) });
        for (const part of parts) res.write(part);
        res.end();
      } catch (error) {
        res.writeHead(400).end(JSON.stringify({ error: 'invalidRequest', message: String(error) }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The registry as a central store would hold it: each change's wire bytes made once, before the
 * clock starts (as the simulator stores them), so the figure is the workstation's, not the
 * generator's. They lie comma-separated in one buffer, so a page is one slice of it (a million
 * small buffers would also cost this process a garbage collector's attention the desk then pays for).
 */
async function registryServer(rows: number) {
  const { demoTaxpayers } = await import('../../electron/core/registry/taxpayerGenerator');
  const starts = new Float64Array(rows + 1);
  const bodies: Buffer[] = [];
  let size = 0;
  for (const taxpayer of demoTaxpayers(0, rows)) {
    const body = Buffer.from(`${JSON.stringify({ type: 'taxpayer', taxpayer } satisfies Change)},`);
    starts[bodies.length] = size;
    bodies.push(body);
    size += body.length;
  }
  starts[rows] = size;
  const all = Buffer.concat(bodies, size);
  bodies.length = 0;
  return serve((_path, body) => {
    const request = pullRequestSchema.parse(JSON.parse(body));
    const from = request.cursor === null ? 0 : Number(request.cursor);
    const to = Math.min(rows, from + request.limit);
    const head = `{"protocol":${protocolVersion},"serverTime":"${new Date().toISOString()}","changes":[`;
    const tail = `],"cursor":"${to}","hasMore":${to < rows},"reset":false,"remaining":${rows - to}}`;
    // The slice ends before the last row's comma.
    return [Buffer.from(head), all.subarray(starts[from]!, Math.max(starts[from]!, starts[to]! - 1)), Buffer.from(tail)];
  });
}

function pushServer() {
  let pos = 0;
  return serve((_path, body) => {
    const request = pushRequestSchema.parse(JSON.parse(body));
    const results = request.mutations.map((m) => ({ mutationId: m.mutationId, status: 'applied' as const, serverPos: ++pos }));
    return JSON.stringify({ protocol: protocolVersion, serverTime: new Date().toISOString(), results });
  });
}

/** Starts the registry's central in its own process; resolves with its address once it listens. */
function startRegistryCentral(rows: number): Promise<{ url: string; stop(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: root,
      env: { ...process.env, SYNC_BENCH_ROLE: 'central', SYNC_BENCH_COUNT: String(rows) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /^listening (\S+)$/m.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => signal === null && reject(new Error(`registry central exited with ${code}: ${out}`)));
  });
}

function runChild(childRole: 'download' | 'push', url: string, count: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: root,
      env: { ...process.env, SYNC_BENCH_ROLE: childRole, SYNC_BENCH_URL: url, SYNC_BENCH_COUNT: String(count) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(JSON.parse(last) as ChildResult);
      else reject(new Error(`sync bench child (${childRole}) failed with ${code}: ${out}`));
    });
  });
}

// ---- the workstation side (child process) ----

async function workstation(): Promise<ChildResult> {
  const { openCore } = await import('../../electron/core/core');
  const { httpTransport } = await import('../../electron/core/sync/transport');
  const { workerPageReader } = await import('../../electron/core/sync/pageReader');
  const { pageReaderFromSource } = await import('../../electron/core/sync/pageReaderSource');
  const { defaultPageSize, pullAll } = await import('../../electron/core/sync/pull');
  const { pushAll } = await import('../../electron/core/sync/push');
  const { silentLogger, systemClock } = await import('../../electron/core/context');
  const url = process.env['SYNC_BENCH_URL']!;
  const count = Number(process.env['SYNC_BENCH_COUNT']);
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-sync-bench-'));
  try {
    const core = await openCore({ dataDir, demo: role === 'push', host: 'test', demoRegistrySize: 0, scryptCost: 1 << 10 });
    const http = { baseUrl: url, credential: `${core.deps.workstation.workstationId}:bench`, timeoutMs: 60_000, now: () => Date.now() };
    const session = {
      db: core.db,
      clock: systemClock,
      log: silentLogger,
      transport: httpTransport(http),
      // As the hosts read pages: in a worker thread (BENCH_SYNC_INLINE=1 reads them on this thread).
      pages: process.env['BENCH_SYNC_INLINE'] ? undefined : workerPageReader(http, pageReaderFromSource, silentLogger),
      workstationId: core.deps.workstation.workstationId,
      officeCode: '6205',
      verifier: () => Promise.reject(new Error('no applications in this benchmark')),
      pageSize: Number(process.env['BENCH_SYNC_PAGE'] ?? defaultPageSize),
    };
    if (role === 'download') {
      const started = performance.now();
      const trace = process.env['SYNC_BENCH_TRACE'];
      await pullAll(session, (p) => {
        if (trace && p.pages % Number(trace) === 0) {
          const m = process.memoryUsage();
          console.error(`page ${p.pages}: rss ${Math.round(m.rss / 1048576)} MB, peak ${Math.round(peakRssMb())} MB, heap ${Math.round(m.heapUsed / 1048576)}/${Math.round(m.heapTotal / 1048576)} MB, external ${Math.round(m.external / 1048576)} MB`);
        }
      });
      const seconds = (performance.now() - started) / 1000;
      const peakMb = peakRssMb();
      await session.pages?.close();
      const rows = core.db.prepare('SELECT count(*) FROM taxpayers').pluck().get() as number;
      // The cache must be whole and indexed, not just counted.
      const { registryBulkLoading, taxpayerLookup } = await import('../../electron/core/registry/registryCache');
      const { demoTaxpayer } = await import('../../electron/core/registry/taxpayerGenerator');
      const sample = demoTaxpayer(count - 1);
      if (registryBulkLoading(core.db) || taxpayerLookup(core.db)(sample.id)?.name !== sample.name) throw new Error('the downloaded cache is not indexed or lacks its last taxpayer');
      core.close();
      return { count: rows, seconds, peakMb, bareSeconds: await bareInsert(join(dataDir, 'bare'), rows, session.pageSize) };
    }
    await queueMutations(core, count);
    const started = performance.now();
    const report = await pushAll(session);
    const seconds = (performance.now() - started) / 1000;
    core.close();
    return { count: report.applied, seconds, peakMb: peakRssMb() };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The baseline: the same rows bulk-loaded bare — the cache's index dropped, plain prepared INSERTs
 * in transactions of one page each, the index built at the end — rows made outside the clock.
 */
async function bareInsert(dataDir: string, rows: number, pageSize: number): Promise<number> {
  const { openCore } = await import('../../electron/core/core');
  const { demoTaxpayers } = await import('../../electron/core/registry/taxpayerGenerator');
  const core = await openCore({ dataDir, demo: false, host: 'test', demoRegistrySize: 0 });
  const insert = core.db.prepare(
    `INSERT INTO taxpayers (id, kind, name, surname, given_name, patronymic, address, registered_on, status, tax_office, version, updated_at, cached_at)
     VALUES (@id, @kind, @name, @surname, @givenName, @patronymic, @address, @registeredOn, @status, @taxOffice, @version, @updatedAt, @cachedAt)`,
  );
  const cachedAt = new Date().toISOString();
  let started = performance.now();
  core.db.exec('DROP INDEX taxpayers_id');
  let ms = performance.now() - started;
  for (let from = 0; from < rows; from += pageSize) {
    const chunk = [...demoTaxpayers(from, Math.min(rows, from + pageSize))].map((t) => ({ ...t, cachedAt }));
    started = performance.now();
    core.db.transaction(() => chunk.forEach((row) => insert.run(row)))();
    ms += performance.now() - started;
  }
  started = performance.now();
  core.db.exec('CREATE UNIQUE INDEX taxpayers_id ON taxpayers(id)');
  ms += performance.now() - started;
  core.close();
  return ms / 1000;
}

/** Outbox rows as intake writes them: case events of 50 cases, each with its log and outbox row. */
async function queueMutations(core: { db: Db }, count: number): Promise<void> {
  const { workstationSettings } = await import('../../electron/core/settings/settings');
  const workstationId = (db: typeof core.db) => workstationSettings(db).workstationId;
  const { appendEvent, insertCase } = await import('../../electron/core/cases/caseStore');
  const { initialCase } = await import('../../shared/domain/cases');
  const officer = core.db.prepare("SELECT o.id, o.office_id AS officeId, o.role FROM officers o WHERE login = 'frontdesk'").get() as { id: number; officeId: number; role: string };
  const ctx = { db: core.db, now: new Date(), officer: officer as never, workstationId: workstationId(core.db) };
  const cases = 50;
  core.db.transaction(() => {
    for (let c = 0; c < cases; c++) {
      const id = randomUUID();
      insertCase(ctx, { id, channel: 'office', applicantType: 'individual', taxpayerId: '900314400120', taxpayerName: 'Bench', applicantLocale: 'kk', regulationVersion: 'kz-residency-2015' }, initialCase());
      for (let e = 0; e < count / cases; e++) appendEvent(ctx, id, { type: 'step.started', step: '5.1.a', at: ctx.now.toISOString() });
    }
  })();
}

if (role === 'central') {
  void registryServer(Number(process.env['SYNC_BENCH_COUNT'])).then(({ url }) => console.log(`listening ${url}`));
} else if (role) {
  workstation().then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

// ---- the benchmarks ----

const single = (value: number) => ({ median: value, p95: value, p99: value, samples: 1 });

export const syncBenchmarks: Benchmark[] = [
  {
    name: 'sync.initialDownload',
    description: `initial download of ${downloadRows.toLocaleString('en')} taxpayers over loopback into the registry cache (workstation in its own process) vs a bare bulk load`,
    async run() {
      const central = await startRegistryCentral(downloadRows);
      try {
        const result = await runChild('download', central.url, downloadRows);
        if (result.count !== downloadRows) throw new Error(`downloaded ${result.count} rows, expected ${downloadRows}`);
        const rate = result.count / result.seconds;
        const bareRate = result.count / result.bareSeconds!;
        console.log(
          `  ${result.count.toLocaleString('en')} rows in ${result.seconds.toFixed(2)} s (${Math.round(rate).toLocaleString('en')} rows/s); ` +
            `bare bulk load ${result.bareSeconds!.toFixed(2)} s (${Math.round(bareRate).toLocaleString('en')} rows/s); workstation peak ${result.peakMb.toFixed(0)} MB`,
        );
        return {
          unit: 'rows/s',
          ...single(rate),
          throughput: rate,
          peakMb: result.peakMb,
          baseline: 'bare bulk load of the same rows into an empty store: index dropped, prepared INSERTs a page per transaction, index rebuilt; same process and run',
          ratio: rate / bareRate,
          targets: [
            { stat: 'throughput', op: '>=', value: 100_000 },
            { stat: 'ratio', op: '>=', value: 0.3 },
            { stat: 'peakMb', op: '<', value: 300 },
          ],
        };
      } finally {
        central.stop();
      }
    },
  },
  {
    name: 'sync.push',
    description: `push of ${pushMutations.toLocaleString('en')} outbox mutations over loopback in batches of 200 (workstation in its own process)`,
    async run() {
      const { url, server } = await pushServer();
      try {
        const result = await runChild('push', url, pushMutations);
        if (result.count !== pushMutations) throw new Error(`pushed ${result.count} mutations, expected ${pushMutations}`);
        const rate = result.count / result.seconds;
        console.log(`  ${result.count.toLocaleString('en')} mutations in ${result.seconds.toFixed(2)} s; workstation peak ${result.peakMb.toFixed(0)} MB`);
        return {
          unit: 'mutations/s',
          ...single(rate),
          throughput: rate,
          peakMb: result.peakMb,
          baseline: null,
          ratio: null,
          targets: [
            { stat: 'throughput', op: '>=', value: 5_000 },
            { stat: 'peakMb', op: '<', value: 300 },
          ],
        };
      } finally {
        server.close();
      }
    },
  },
];
