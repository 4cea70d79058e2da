// The built Electron main bundle (out/main/index.js), run in plain Node against a stand-in
// `electron` module: the bundle loads, opens the core on a real store, creates a hardened
// window on the bundled renderer, binds every contract name and the printers to IPC, and
// answers the window's calls (and refuses a foreign frame). The real Electron binary cannot be
// downloaded here; this is as close to it as this machine allows.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiNames, hostChannels, ipcChannel } from '../../shared/api';
import { tempDir } from '../unit/electron/core/testCore';
import { projectRoot } from './support/webHost';

const run = promisify(execFile);

describe('Electron main bundle against a stand-in electron module', () => {
  it('starts, hardens its window and answers IPC from the bundled renderer only', async () => {
    const main = join(projectRoot, 'out/main/index.js');
    expect(existsSync(main)).toBe(true);
    const userData = tempDir('desk-electron-');
    const { stdout } = await run(
      process.execPath,
      ['--import', join(projectRoot, 'test/e2e/electron-stand-in/register.mjs'), join(projectRoot, 'test/e2e/electron-stand-in/drive.mjs'), main],
      { cwd: projectRoot, env: { ...process.env, STAND_IN_USER_DATA: userData }, timeout: 60_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.channels).toEqual([...apiNames.map(ipcChannel), hostChannels.print, hostChannels.printers].sort());
    expect(result.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(result.webPreferences.preload).toMatch(/out\/preload\/index\.cjs$/);
    expect(existsSync(result.webPreferences.preload)).toBe(true);
    expect(result.loaded).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/);
    expect(result.info).toMatchObject({ ok: true, value: { host: 'electron', demo: true } });
    expect(result.signIn).toMatchObject({ ok: true, value: { officer: { login: 'frontdesk' } } });
    expect(result.queue).toMatchObject({ ok: true, value: { rows: [] } });
    expect(result.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(result.printers).toEqual([{ name: 'Stand-in printer', displayName: 'Stand-in printer', isDefault: true }]);
    expect(existsSync(join(userData, 'data', 'desk.sqlite'))).toBe(true);
  });
});
