// The core loads @react-pdf only when the first document is rendered, then keeps the renderer;
// a failed load (fonts missing) is not cached, so fixing the folder needs no restart.
import { describe, expect, it } from 'vitest';
import { lazyDocumentRenderer } from '../../../../../electron/core/documents/renderer';
import { openTestCore } from '../testCore';
import { testFontsDir } from './renderer';

describe('lazy document renderer', () => {
  it('creates the renderer once, on first use', async () => {
    const get = lazyDocumentRenderer(testFontsDir);
    const a = await get();
    expect(await get()).toBe(a);
    expect(a.fontsDir).toBe(testFontsDir);
  });

  it('retries after a failed load', async () => {
    const get = lazyDocumentRenderer('/nonexistent/fonts');
    await expect(get()).rejects.toThrow(/font file missing/);
    await expect(get()).rejects.toThrow(/font file missing/);
  });

  it('takes the fonts from the core’s resources folder', async () => {
    const core = await openTestCore();
    try {
      expect(core.deps.config.resourcesDir).toMatch(/resources$/);
      expect((await core.deps.documentRenderer()).fontsDir).toBe(testFontsDir);
    } finally {
      core.close();
    }
    const elsewhere = await openTestCore({ resourcesDir: '/nonexistent' });
    try {
      await expect(elsewhere.deps.documentRenderer()).rejects.toThrow(/\/nonexistent\/fonts/);
    } finally {
      elsewhere.close();
    }
  });
});
