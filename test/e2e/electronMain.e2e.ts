// The built Electron main bundle (out/main/index.js), run in plain Node against a stand-in
// `electron` module: the bundle loads, opens the core on a real store, creates a hardened
// window on the bundled renderer, binds every contract name and the printers to IPC, and
// answers the window's calls (and refuses a foreign frame); the page reader worker built beside it
// reads pull pages. The real Electron binary cannot be downloaded here; this is as close to it as
// this machine allows.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiNames, hostChannels, ipcChannel } from '../../shared/api';
import { taxpayerRow } from '../../electron/core/registry/registryCache';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { workerPageReader } from '../../electron/core/sync/pageReader';
import { recordingLogger } from '../unit/electron/core/sync/support/desks';
import { startScriptedCentral } from '../unit/electron/core/sync/support/scriptedCentral';
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

  it('ships the page reader worker beside the bundle, and it reads a pull page in plain Node', async () => {
    const file = join(projectRoot, 'out/main/pageReader.worker.js');
    expect(existsSync(file)).toBe(true);
    const taxpayer = demoTaxpayer(0);
    const central = await startScriptedCentral(() => ({
      json: { protocol: 1, serverTime: '2026-03-02T04:00:00.000Z', changes: [{ type: 'taxpayer', taxpayer }], cursor: 'c1', hasMore: false, reset: false },
    }));
    const log = recordingLogger();
    // No tsx here: the worker runs as it would in the packaged app.
    const reader = workerPageReader({ baseUrl: central.url, credential: 'w:s', timeoutMs: 5_000, now: () => Date.now() }, { file, execArgv: [] }, log);
    try {
      const { page } = await reader.read({ protocol: 1, workstationId: '7d3f0c52-1a7e-4a57-9a0f-0b5e3c2d9e11', cursor: null, limit: 10 });
      expect(page).toMatchObject({ changes: [], taxpayers: [taxpayerRow(taxpayer)], delivered: 1 });
      expect(log.entries).toEqual([]); // read by the worker, not by the fallback
    } finally {
      await reader.close();
      await central.close();
    }
  });
});
