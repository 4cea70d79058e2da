// The central taxpayer registry, as the change log holds it: one compacted change per taxpayer
// (its latest version), for every office. Seeded from the project's deterministic generator so
// the simulator, the workstation's demo cache and the benchmarks agree on every IIN/BIN.
import { demoTaxpayer, type TaxpayerRecord } from '../../../electron/core/registry/taxpayerGenerator';
import type { Change } from '../../../shared/sync/protocol';
import type { CentralContext } from './context';
import { readMeta, writeMeta } from './db';

type TaxpayerChange = Extract<Change, { type: 'taxpayer' }>;

const key = (id: string): string => `taxpayer:${id}`;

/** The wire form, field by field, so nothing outside the protocol's strict schema slips in. */
function taxpayerChange(t: TaxpayerRecord): TaxpayerChange {
  return {
    type: 'taxpayer',
    taxpayer: {
      id: t.id,
      kind: t.kind,
      name: t.name,
      surname: t.surname,
      givenName: t.givenName,
      patronymic: t.patronymic,
      address: t.address,
      registeredOn: t.registeredOn,
      status: t.status,
      taxOffice: t.taxOffice,
      version: t.version,
      updatedAt: t.updatedAt,
    },
  };
}

/** How many demo taxpayers (indexes 0…n-1) the registry holds. */
export function seededTaxpayers(ctx: CentralContext): number {
  return Number(readMeta(ctx.db, 'taxpayersSeeded') ?? '0');
}

/** Grows the registry to the first `count` demo taxpayers (in one transaction per 50,000). */
export function seedTaxpayers(ctx: CentralContext, count: number): number {
  const from = seededTaxpayers(ctx);
  const chunk = 50_000;
  for (let start = from; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    ctx.db.transaction(() => {
      for (let i = start; i < end; i++) {
        const t = demoTaxpayer(i);
        ctx.log.append(taxpayerChange(t), null, key(t.id));
      }
      writeMeta(ctx.db, 'taxpayersSeeded', String(end));
    })();
  }
  return Math.max(0, count - from);
}

export function findTaxpayer(ctx: CentralContext, id: string): TaxpayerRecord | null {
  const body = ctx.log.latestBody(key(id));
  return body === null ? null : (JSON.parse(body) as TaxpayerChange).taxpayer;
}

/** Adds a taxpayer the generator needs (e.g. a certificate holder) if the registry lacks it. */
export function ensureTaxpayer(ctx: CentralContext, record: TaxpayerRecord): TaxpayerRecord {
  const existing = findTaxpayer(ctx, record.id);
  if (existing) return existing;
  ctx.log.append(taxpayerChange(record), null, key(record.id));
  return record;
}

export type TaxpayerPatch = Partial<Omit<TaxpayerRecord, 'id' | 'kind' | 'version' | 'updatedAt'>>;

/** Changes a taxpayer as the registry would: a new version, stamped with the central clock. */
export function changeTaxpayer(ctx: CentralContext, id: string, patch: TaxpayerPatch): TaxpayerRecord {
  return ctx.db.transaction(() => {
    const current = findTaxpayer(ctx, id);
    if (!current) throw new RangeError(`no taxpayer ${id} in the registry`);
    const next: TaxpayerRecord = { ...current, ...patch, id, kind: current.kind, version: current.version + 1, updatedAt: ctx.now().toISOString() };
    ctx.log.append(taxpayerChange(next), null, key(id));
    return next;
  })();
}
