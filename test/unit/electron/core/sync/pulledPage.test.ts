// A pulled page as the core gets it: taxpayers as rows of column values, every other change as it
// came and in order, and the count of what the page delivered.
import { describe, expect, it } from 'vitest';
import { pullResponseSchema, protocolVersion } from '../../../../../shared/sync/protocol';
import { taxpayerRow } from '../../../../../electron/core/registry/registryCache';
import { demoTaxpayer } from '../../../../../electron/core/registry/taxpayerGenerator';
import { parsePull, pulledPage } from '../../../../../electron/core/sync/pulledPage';
import { SyncFailure } from '../../../../../electron/core/sync/failure';

const head = { protocol: protocolVersion, serverTime: '2026-03-02T04:00:00.000Z', cursor: 'c1', hasMore: true, reset: false, remaining: 7 };
const officer = { type: 'officer', officer: { id: 4, login: 'aa', fullName: 'A A', shortName: 'A.', iin: '900314400120', role: 'processing', active: true } } as const;
const calendar = { type: 'reference.calendar', json: '{}' } as const;

describe('pulledPage', () => {
  it('turns taxpayers into rows in column order and keeps the other changes in order', () => {
    const changes = [{ type: 'taxpayer', taxpayer: demoTaxpayer(0) }, officer, { type: 'taxpayer', taxpayer: demoTaxpayer(5) }, calendar] as const;
    const page = pulledPage(pullResponseSchema.parse({ ...head, changes }));
    expect(page).toEqual({ ...head, changes: [officer, calendar], taxpayers: [taxpayerRow(demoTaxpayer(0)), taxpayerRow(demoTaxpayer(5))], delivered: 4 });
    const t = demoTaxpayer(5);
    expect(page.taxpayers[1]).toEqual([t.id, t.kind, t.name, t.surname, t.givenName, t.patronymic, t.address, t.registeredOn, t.status, t.taxOffice, t.version, t.updatedAt]);
  });

  it('parses only a valid answer', () => {
    const exchange = (text: string) => ({ status: 200, text, sentAt: 0, receivedAt: 1 });
    expect(parsePull(exchange(JSON.stringify({ ...head, changes: [] })))).toMatchObject({ delivered: 0, taxpayers: [], changes: [] });
    const bad = JSON.stringify({ ...head, changes: [{ type: 'taxpayer', taxpayer: { ...demoTaxpayer(0), version: 'x' } }] });
    expect(() => parsePull(exchange(bad))).toThrow(SyncFailure);
  });
});
