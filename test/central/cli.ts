// `npm run central`: the central-system simulator on its own, for a desk to sync with by hand.
// Prints the URL, a workstation credential for the demo office (derived from the seed, so the
// same --seed and --data give the same credential after a restart) and the admin token.
import { parseCliArgs, usage, HelpRequested } from './args';
import { ensurePki } from '../fixtures/pki/ensurePki';
import { startCentral } from './index';
import { randomUuid, seededRandom, seedOf } from './prng';

function demoCredential(seed: number, office: string, number: number): { workstationId: string; secret: string } {
  const rnd = seededRandom(seedOf(seed, 'workstation', office, number));
  const workstationId = randomUuid(rnd);
  const secret = Array.from({ length: 40 }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return { workstationId, secret };
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof HelpRequested ? usage : `${(error as Error).message}\n\n${usage}`);
    process.exit(error instanceof HelpRequested ? 0 : 2);
  }
  const started = Date.now();
  const running = await startCentral({
    port: options.port,
    host: options.host,
    dataFile: options.dataFile,
    seed: options.seed,
    faults: { seed: options.seed, ...options.faults },
    taxpayers: options.taxpayers,
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
  });
  const { central } = running;
  const lines = [
    `Central-system simulator listening on ${running.url}  (ready in ${Date.now() - started} ms)`,
    `  store ${options.dataFile} · epoch ${central.epoch} · seed ${options.seed} · ${central.taxpayerCount} taxpayers`,
  ];
  for (let n = 1; n <= options.workstations; n++) {
    try {
      const credential = central.registerWorkstation(options.office, n, demoCredential(options.seed, options.office, n));
      lines.push(`  workstation ${n} of office ${options.office}: ${credential.id}`, `    Authorization: ${credential.authorization}`);
    } catch (error) {
      // A store made with another --seed keeps that seed's credentials.
      lines.push(`  workstation ${n} of office ${options.office}: ${(error as Error).message} (another --seed for this --data?)`);
    }
  }
  // Electronic applications are signed in the test PKI: a workstation verifies them against its root.
  const pki = await ensurePki();
  lines.push(`  applications are signed in the test PKI: start workstations with --trust-roots ${pki.path(pki.manifest.root)}`);
  if (options.applications > 0) {
    const generated = await central.generateApplications({ officeCode: options.office, count: options.applications });
    lines.push(`  ${generated.length} electronic applications delivered to office ${options.office}`);
  }
  const active = Object.entries(central.faults).filter(([k, v]) => typeof v === 'number' && v !== 0 && !['seed', 'hangMs', 'reorderMs'].includes(k));
  lines.push(
    `  faults: ${active.length === 0 ? 'none' : active.map(([k, v]) => `${k}=${String(v)}`).join(', ')}`,
    `  admin: X-Admin-Token: ${running.adminToken}   (GET /admin/state, POST /admin/faults, POST /admin/applications, …)`,
  );
  console.log(lines.join('\n'));
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
