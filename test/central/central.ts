// The central-system simulator as one object: its store, its clock, its fault dice, and the
// in-process API tests (and the admin endpoints) use to set the scene and read the outcome —
// register workstations and officers, seed and change taxpayers, publish reference data and
// CRLs, generate electronic applications, simulate a restore from backup, read every case.
import { rmSync, writeFileSync } from 'node:fs';
import { demoOffice, demoOfficers } from '../../electron/core/auth/demoData';
import { kz2025to2027 } from '../../shared/domain/calendar';
import { shippedRegulationVersions } from '../../shared/domain/regulation';
import { ensurePki } from '../fixtures/pki/ensurePki';
import { generateApplications, type GeneratedApplication, type GenerateOptions } from './applications/generator';
import { keysFromTestPki, type ApplicantKeys } from './applications/keys';
import { noFaults, FaultDice, type FaultConfig, type FaultName, type Endpoint } from './faults';
import { caseLog, listCases } from './store/cases';
import { PullReadAhead } from './sync/pull';
import { ChangeLog } from './store/changeLog';
import type { CentralContext } from './store/context';
import { newEpoch, openCentralDb, openCentralImage, readMeta, writeMeta, type CentralDb } from './store/db';
import {
  addOfficer,
  registerWorkstation,
  setOfficerActive,
  type CentralOfficer,
  type OfficerInput,
  type WorkstationCredential,
} from './store/directory';
import { addCalendarVersion, addRegulationVersion, publishCrl, type AddResult, type PublishedCrl } from './store/reference';
import { changeTaxpayer, seedTaxpayers, seededTaxpayers, type TaxpayerPatch } from './store/registry';
import type { TaxpayerRecord } from '../../electron/core/registry/taxpayerGenerator';

export interface CentralOptions {
  /** SQLite file, or ':memory:' (the default). */
  dataFile?: string;
  /** Seeds the fault dice and the application generator. */
  seed?: number;
  faults?: Partial<FaultConfig>;
  /** The simulator's clock before any skew (default: the real clock). */
  clock?: () => Date;
  /** Seed the demo office 6205 with officers 1–4 and the shipped regulation and calendar (default true). */
  demo?: boolean;
  /** Grow the registry to this many demo taxpayers at start. */
  taxpayers?: number;
  /** The applicants' keys; by default the test PKI (test/fixtures/pki), made on first use. */
  applicantKeys?: ApplicantKeys | (() => Promise<ApplicantKeys>);
  /** Byte budget of one pull page (default 8 MiB). */
  pageBytes?: number;
}

export interface FaultLogEntry {
  request: number;
  endpoint: Endpoint;
  faults: FaultName[];
  /** 'reset' when a pull answered reset: true. */
  note?: string;
}

export interface CaseSummary {
  caseId: string;
  officeCode: string;
  state: string;
  /** Events in the central log (transitions and auxiliary facts). */
  eventCount: number;
  /** State-machine transitions folded into the snapshot. */
  transitions: number;
  registrationNumber: string | null;
}

export class Central {
  ctx: CentralContext;
  epoch: string;
  horizon: number;
  readonly pageBytes: number;
  readonly readAhead = new PullReadAhead();
  readonly dice: FaultDice;
  readonly faultLog: FaultLogEntry[] = [];
  readonly seed: number;
  private requestCount = 0;
  private backupImage: Buffer | null = null;
  private generation: Promise<unknown> = Promise.resolve();
  private keys: Promise<ApplicantKeys> | null = null;

  constructor(private readonly options: CentralOptions = {}) {
    this.seed = options.seed ?? 1;
    this.dice = new FaultDice({ ...noFaults(this.seed), ...options.faults });
    this.pageBytes = options.pageBytes ?? 8 * 1024 * 1024;
    this.ctx = this.contextFor(openCentralDb(options.dataFile ?? ':memory:'));
    this.epoch = readMeta(this.ctx.db, 'epoch') as string;
    this.horizon = Number(readMeta(this.ctx.db, 'horizon') ?? '0');
    if (options.demo ?? true) this.seedDemo();
    if (options.taxpayers) this.seedTaxpayers(options.taxpayers);
  }

  private contextFor(db: CentralDb): CentralContext {
    const clock = this.options.clock ?? (() => new Date());
    return { db, log: new ChangeLog(db), now: () => new Date(clock().getTime() + this.dice.clockSkewMs) };
  }

  /** The applicants' clock (not skewed: the skew is the centre's). */
  applicantNow(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  private seedDemo(): void {
    const { db } = this.ctx;
    db.transaction(() => {
      for (const version of shippedRegulationVersions) addRegulationVersion(this.ctx, version);
      addCalendarVersion(this.ctx, kz2025to2027);
      const present = db.prepare('SELECT count(*) FROM officers WHERE office_code = ?').pluck().get(demoOffice.code) as number;
      if (present === 0) for (const o of demoOfficers) addOfficer(this.ctx, { officeCode: demoOffice.code, ...o });
    })();
  }

  /** Numbers requests for the fault log. */
  nextRequest(): number {
    return ++this.requestCount;
  }

  registerWorkstation(officeCode: string, number: number, fixed?: { workstationId?: string; secret?: string }): WorkstationCredential {
    return this.ctx.db.transaction(() => registerWorkstation(this.ctx, { officeCode, number, ...fixed }))();
  }

  addOfficer(input: OfficerInput): CentralOfficer {
    return this.ctx.db.transaction(() => addOfficer(this.ctx, input))();
  }

  setOfficerActive(id: number, active: boolean): CentralOfficer {
    return this.ctx.db.transaction(() => setOfficerActive(this.ctx, id, active))();
  }

  /** Grows the registry to the first `count` demo taxpayers; returns how many were added. */
  seedTaxpayers(count: number): number {
    return seedTaxpayers(this.ctx, count);
  }

  get taxpayerCount(): number {
    return seededTaxpayers(this.ctx);
  }

  changeTaxpayer(id: string, patch: TaxpayerPatch): TaxpayerRecord {
    return changeTaxpayer(this.ctx, id, patch);
  }

  addRegulationVersion(version: unknown): AddResult {
    return this.ctx.db.transaction(() => addRegulationVersion(this.ctx, version))();
  }

  addCalendarVersion(version: unknown): AddResult {
    return this.ctx.db.transaction(() => addCalendarVersion(this.ctx, version))();
  }

  publishCrl(crl: Uint8Array | string): PublishedCrl {
    return this.ctx.db.transaction(() => publishCrl(this.ctx, crl))();
  }

  applicantKeys(): Promise<ApplicantKeys> {
    const given = this.options.applicantKeys;
    this.keys ??= given === undefined ? ensurePki().then(keysFromTestPki) : typeof given === 'function' ? given() : Promise.resolve(given);
    return this.keys;
  }

  /** Generates and delivers electronic applications (one generation at a time, in call order). */
  generateApplications(options: GenerateOptions): Promise<GeneratedApplication[]> {
    const run = this.generation.then(async () => {
      const keys = await this.applicantKeys();
      return generateApplications({ ctx: this.ctx, keys, seed: this.seed, applicantNow: () => this.applicantNow() }, options);
    });
    this.generation = run.catch(() => undefined);
    return run;
  }

  /** Every central case (optionally one office's), for convergence checks. */
  cases(officeCode?: string): CaseSummary[] {
    return listCases(this.ctx, officeCode).map((c) => ({
      caseId: c.id,
      officeCode: c.officeCode,
      state: c.state,
      eventCount: c.eventCount,
      transitions: c.snapshot.version,
      registrationNumber: c.snapshot.registration?.number ?? null,
    }));
  }

  caseLog(caseId: string): ReturnType<typeof caseLog> {
    return caseLog(this.ctx, caseId);
  }

  setFaults(patch: Partial<FaultConfig>): FaultConfig {
    return this.dice.update(patch);
  }

  get faults(): FaultConfig {
    return this.dice.current;
  }

  /** Takes a backup image of the whole store (kept for a later restore). */
  backup(): Buffer {
    this.backupImage = this.ctx.db.serialize();
    return this.backupImage;
  }

  /**
   * Simulates restoring the central system from a backup: a new epoch, so every cursor handed
   * out before answers `reset: true`. With `rollback`, the data also goes back to the image
   * (the last `backup()` unless one is given): whatever arrived since is lost centrally.
   */
  restoreFromBackup(options: { rollback?: boolean; image?: Buffer } = {}): { epoch: string; rolledBack: boolean } {
    const image = options.image ?? (options.rollback ? this.backupImage : null);
    if (options.rollback && !image) throw new Error('no backup image to roll back to: call backup() first');
    if (image) {
      const file = this.options.dataFile ?? ':memory:';
      this.ctx.db.close();
      if (file === ':memory:') this.ctx = this.contextFor(openCentralImage(image));
      else {
        for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
        writeFileSync(file, image);
        this.ctx = this.contextFor(openCentralDb(file));
      }
    }
    this.readAhead.clear();
    this.epoch = newEpoch();
    writeMeta(this.ctx.db, 'epoch', this.epoch);
    this.horizon = Number(readMeta(this.ctx.db, 'horizon') ?? '0');
    return { epoch: this.epoch, rolledBack: image !== null };
  }

  /** Drops incremental history: cursors older than the current end of the log answer reset. */
  pruneHistory(): number {
    this.horizon = this.ctx.log.maxPos();
    writeMeta(this.ctx.db, 'horizon', String(this.horizon));
    return this.horizon;
  }

  stats(): Record<string, number | string> {
    const count = (table: string) => this.ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      epoch: this.epoch,
      horizon: this.horizon,
      logEnd: this.ctx.log.maxPos(),
      changes: count('changes'),
      taxpayers: this.taxpayerCount,
      workstations: count('workstations'),
      officers: count('officers'),
      cases: count('cases'),
      caseEvents: count('case_events'),
      mutations: count('mutations'),
      applications: count('applications'),
      leases: count('leases'),
      readAheadHits: this.readAhead.hits,
      readAheadMisses: this.readAhead.misses,
    };
  }

  close(): void {
    if (this.ctx.db.open) this.ctx.db.close();
  }
}
