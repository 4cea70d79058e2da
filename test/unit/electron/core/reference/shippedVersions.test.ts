// Shipped reference data is immutable once shipped: a store keeps the version it first stored
// under an id, so changing a shipped version's content without giving it a new id would leave
// existing stores on the old content. These fingerprints make such a change fail here.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportRegulationVersion, shippedRegulationVersions } from '../../../../../shared/domain/regulation';
import { shippedCalendarVersions } from '../../../../../electron/core/reference/referenceData';

const fingerprints: Record<string, string> = {
  'kz-residency-2015': '5327d383226161d44c2bba5721238c34aad30c6fcaf9f52cec81b802874f27d1',
  'kz-2025-2027.1': '4bd8e170e62e89629412f6f25527b63dd73f1e2789e490e1ea142505da45acba',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('shipped reference versions', () => {
  it.each(shippedRegulationVersions.map((v) => [v.id, v] as const))('regulation %s is unchanged (a change needs a new version id)', (id, version) => {
    expect(sha256(exportRegulationVersion(version)), `changed content of ${id}: ship it as a new version`).toBe(fingerprints[id]);
  });

  it.each(shippedCalendarVersions.map((v) => [v.id, v] as const))('calendar %s is unchanged (a change needs a new version id)', (id, version) => {
    expect(sha256(JSON.stringify(version)), `changed content of ${id}: ship it as a new version`).toBe(fingerprints[id]);
  });
});
