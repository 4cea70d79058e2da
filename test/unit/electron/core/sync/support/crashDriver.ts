// The workstation process of the crash test: opens a desk's store file, syncs it once (push, pull,
// lease) and prints a line at every step — the parent kills it (SIGKILL) at a random one of them.
// Loads only the store and the sync modules, and loads them before it is told to start ("go <now>"
// on stdin), so the parent can start the next process while it checks the last one's store.
//   env: DESK_DB, CENTRAL_URL, CREDENTIAL, ROOT_PEM, PAGE_SIZE, PUSH_BATCH
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../../../../../electron/core/store/database';
import { migrate } from '../../../../../../electron/core/store/migrate';
import { migrations } from '../../../../../../electron/core/store/migrations';
import { leaseIfLow } from '../../../../../../electron/core/sync/leases';
import { pullAll } from '../../../../../../electron/core/sync/pull';
import { pushBatch } from '../../../../../../electron/core/sync/push';
import type { SyncSession } from '../../../../../../electron/core/sync/session';
import { httpTransport } from '../../../../../../electron/core/sync/transport';
import { cmsRequestVerifier } from '../../../../../../electron/core/sync/verifier';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`crashDriver: ${name} is not set`);
  return value;
};

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Waits for "go <ISO time>" — the test clock's now — on stdin. */
function go(): Promise<string> {
  return new Promise((resolve) => {
    let buffer = '';
    process.stdin.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /^go (\S+)\n/.exec(buffer);
      if (match) resolve(match[1]!);
    });
  });
}

async function main(): Promise<void> {
  say('loaded');
  const now = await go();
  const db = openDatabase(env('DESK_DB'));
  await migrate(db, migrations, { backupDir: null, now: () => new Date() });
  const credential = env('CREDENTIAL');
  const session: SyncSession = {
    db,
    clock: { now: () => new Date(now) },
    log: { info: () => {}, warn: (m, d) => say(`warn ${m} ${JSON.stringify(d ?? {})}`), error: (m, d) => say(`error ${m} ${JSON.stringify(d ?? {})}`) },
    transport: httpTransport({ baseUrl: env('CENTRAL_URL'), credential, timeoutMs: 10_000, now: () => Date.parse(now) }),
    workstationId: credential.slice(0, credential.indexOf(':')),
    officeCode: '6205',
    verifier: cmsRequestVerifier([readFileSync(env('ROOT_PEM'), 'utf8')]),
    pageSize: Number(env('PAGE_SIZE')),
  };
  say('ready');
  say('push');
  let batches = 0;
  while ((await pushBatch(session, Number(env('PUSH_BATCH')))) !== null) say(`push ${++batches}`);
  say('pull');
  const outcome = await pullAll(session, (p) => say(`pull ${p.pages}`));
  if (outcome === 'draining') {
    while ((await pushBatch(session, Number(env('PUSH_BATCH')))) !== null) say(`push ${++batches}`);
    await pullAll(session, (p) => say(`pull ${p.pages}`));
  }
  while ((await pushBatch(session, Number(env('PUSH_BATCH')))) !== null) say(`push ${++batches}`);
  say('lease');
  await leaseIfLow(session);
  db.close();
  say('done');
}

main().catch((error: unknown) => {
  say(`failed ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
