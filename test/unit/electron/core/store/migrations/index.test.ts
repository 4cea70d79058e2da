import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../../../electron/core/store/migrations';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

describe('shipped migrations', () => {
  it('are numbered 1..n with unique names, and each has its own test file', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    const tests = readdirSync(fileURLToPath(new URL('.', import.meta.url)));
    for (const m of migrations) {
      const prefix = String(m.version).padStart(3, '0');
      expect(tests, `a test for migration ${prefix}_${m.name}`).toContain(`${prefix}_${m.name}.test.ts`);
    }
  });
});
