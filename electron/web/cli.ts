// `npm run start:web`: builds the renderer if needed, opens the core on a data folder and
// serves both on 127.0.0.1 with a per-run token. For browser E2E tests and for trying the app
// where Electron is not installed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { consoleLogger } from '../core/log';
import { StoreError } from '../core/store/migrate';
import { startSyncIfConfigured } from '../core/sync';
import { pageReaderFromSource } from '../core/sync/pageReaderSource';
import { ensureRendererBuilt } from './build';
import { startWebHost } from './server';

const usage = `Usage: npm run start:web -- [--port 5173] [--data-dir .desk-data/web] [--no-demo] [--no-build]
                         [--central-url URL --workstation-credential ID:SECRET [--office-code 6205] [--trust-roots roots.pem]]
  --port      TCP port on 127.0.0.1 (0 picks a free one; default 5173)
  --data-dir  folder for desk.sqlite and its backups (default .desk-data/web)
  --no-demo   do not seed the demo office and officers into a new store
  --no-build  serve out/renderer as it is, even if sources are newer
  --workstation-no          this workstation's number in the office, 1–99 (or DESK_WORKSTATION_NO; default 1)
  --central-url             the central system to sync with (or DESK_CENTRAL_URL); without it sync is off
  --workstation-credential  this workstation's credential <id>:<secret> (or DESK_WORKSTATION_CREDENTIAL, preferred:
                            a flag is visible in the process list)
  --office-code             the office this workstation serves, if the store has several (or DESK_OFFICE_CODE)
  --trust-roots             PEM file of the NCA roots for electronic applications' signatures (or DESK_TRUST_ROOTS)`;

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5173' },
      'data-dir': { type: 'string', default: join(root, '.desk-data/web') },
      'no-demo': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'workstation-no': { type: 'string' },
      'central-url': { type: 'string' },
      'workstation-credential': { type: 'string' },
      'office-code': { type: 'string' },
      'trust-roots': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);

  if (!values['no-build'] && ensureRendererBuilt(root, () => console.log('Building the renderer (electron-vite build)…'))) {
    console.log('Renderer built.');
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolve(values['data-dir']);
  const workstationNo = values['workstation-no'] ?? process.env['DESK_WORKSTATION_NO'];
  if (workstationNo !== undefined && !/^([1-9]|[1-9]\d)$/.test(workstationNo)) throw new Error(`--workstation-no must be 1–99, got ${workstationNo}`);
  const core = await openCore({
    dataDir,
    host: 'web',
    version,
    demo: !values['no-demo'],
    log: consoleLogger,
    ...(workstationNo !== undefined ? { workstationNo: Number(workstationNo) } : {}),
  });
  const sync = startSyncIfConfigured(
    core,
    {
      centralUrl: values['central-url'],
      credential: values['workstation-credential'],
      officeCode: values['office-code'],
      trustRootsFile: values['trust-roots'],
    },
    process.env,
    consoleLogger,
    { pageReaderWorker: pageReaderFromSource },
  );
  const host = await startWebHost({ core, rendererDir: join(root, 'out/renderer'), port, log: consoleLogger });
  console.log(`Residency Desk web host — data in ${dataDir}`);
  // Tests read this exact line to find the URL.
  console.log(`Open: ${host.url}`);

  const stop = async () => {
    await sync?.stop();
    await host.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof StoreError) console.error(`${error.text.kk}\n${error.text.ru}`);
  else console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exit(1);
});
