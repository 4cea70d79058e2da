// The trusted-URL check that guards navigation and IPC in the Electron window.
import { describe, expect, it, vi } from 'vitest';

// window.ts imports electron for BrowserWindow; the check itself needs none of it.
vi.mock('electron', () => ({ BrowserWindow: class {}, shell: {} }));
const { trustedUrlCheck } = await import('../../../../electron/main/window');

describe('trustedUrlCheck', () => {
  it('trusts only the bundled renderer page (any hash or query)', () => {
    const check = trustedUrlCheck('/app/out/main');
    expect(check('file:///app/out/renderer/index.html')).toBe(true);
    expect(check('file:///app/out/renderer/index.html#/queue')).toBe(true);
    expect(check('file:///app/out/renderer/other.html')).toBe(false);
    expect(check('file:///etc/passwd')).toBe(false);
    expect(check('https://evil.example/out/renderer/index.html')).toBe(false);
  });

  it('trusts the dev server origin only when one is configured', () => {
    expect(trustedUrlCheck('/app/out/main', 'http://localhost:5173/')('http://localhost:5173/#/x')).toBe(true);
    expect(trustedUrlCheck('/app/out/main')('http://localhost:5173/')).toBe(false);
  });
});
