// Opens the application core for a host: the store (migrated, backed up first), demo data on
// first run, and the dispatcher. Both the Electron main process and the web host call this.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contract, type Result } from '../../shared/api';
import { handlers } from './api';
import { seedDemoData } from './auth/demoData';
import { silentLogger, systemClock, type Clock, type Connection, type CoreConfig, type CoreDeps, type Logger } from './context';
import { createDispatcher } from './dispatch';
import { fontsDirOf, lazyDocumentRenderer } from './documents/renderer';
import { openDatabase, type Db } from './store/database';
import { migrate, type MigrationReport } from './store/migrate';
import { migrations } from './store/migrations';
import { ensureShippedReferenceData } from './reference/referenceData';
import { localLeaser } from './numbers/blocks';
import { workstationSettings, writeSetting } from './settings/settings';
import { seedDemoRegistry } from './registry/registryCache';
import { syncOff } from './sync/control';

export interface CoreOptions extends Partial<CoreConfig> {
  clock?: Clock;
  log?: Logger;
  /** This workstation's number within the office (1–99), stored in its settings. */
  workstationNo?: number;
}

export interface Core {
  readonly db: Db;
  readonly deps: CoreDeps;
  readonly migration: MigrationReport;
  /** A new connection (a window or a socket) with nobody signed in. */
  connect(): Connection;
  call(connection: Connection, name: string, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

export const storeFileName = 'desk.sqlite';

/** <project>/resources, from electron/core/ in development and from out/main/ in a build. */
export const defaultResourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

export async function openCore(options: CoreOptions = {}): Promise<Core> {
  const config: CoreConfig = {
    dataDir: options.dataDir ?? null,
    host: options.host ?? 'test',
    version: options.version ?? '0.0.0',
    demo: options.demo ?? true,
    sessionHours: options.sessionHours ?? 12,
    resourcesDir: options.resourcesDir ?? defaultResourcesDir,
    demoRegistrySize: options.demoRegistrySize ?? 5_000,
    ...(options.scryptCost !== undefined && { scryptCost: options.scryptCost }),
  };
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger;

  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(config.dataDir ? join(config.dataDir, storeFileName) : ':memory:');
  try {
    const migration = await migrate(db, migrations, {
      backupDir: config.dataDir ? join(config.dataDir, 'backups') : null,
      now: () => clock.now(),
    });
    if (migration.applied.length) log.info('store migrated', { ...migration });
    ensureShippedReferenceData(db, clock.now());
    // Fresh statistics let the planner pick the queue's ordered index over a sort.
    db.pragma('analysis_limit = 0');
    db.pragma('optimize = 0x10002');
    if (config.demo && (await seedDemoData(db, clock.now(), config.scryptCost))) {
      seedDemoRegistry(db, config.demoRegistrySize, clock.now().toISOString());
      log.info('demo office, officers and registry seeded');
    }
    if (options.workstationNo !== undefined) writeSetting(db, 'workstationNo', options.workstationNo);
    const workstation = workstationSettings(db);
    // A demo store signs with the demo head's key shipped in resources/demo-pki (test material).
    if (config.demo && workstation.keysDir === null) workstation.keysDir = join(config.resourcesDir, 'demo-pki', 'keys');
    const deps: CoreDeps = {
      db,
      clock,
      config,
      log,
      schemaVersion: migration.to,
      documentRenderer: lazyDocumentRenderer(fontsDirOf(config.resourcesDir)),
      workstation,
      numberLeaser: localLeaser(() => workstation.workstationNo),
      sync: syncOff,
    };
    const dispatch = createDispatcher(deps, handlers);
    const mutates = (name: string) => Object.hasOwn(contract, name) && contract[name as keyof typeof contract].mutates;
    return {
      db,
      deps,
      migration,
      connect: () => ({ id: randomUUID(), session: null }),
      // A committed change is the sync engine's cue to push soon (debounced by the engine).
      call: async (connection, name, input) => {
        const result = await dispatch(connection, name, input);
        if (result.ok && mutates(name)) deps.sync.changed();
        return result;
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
