// Electron main process: app lifecycle and glue only. The application is the core
// (electron/core), opened here on the user's data folder and bound to IPC.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from '../core/context';
import { openCore, type Core } from '../core/core';
import { consoleLogger } from '../core/log';
import { contentSecurityPolicy } from '../core/security';
import { StoreError } from '../core/store/migrate';
import { startSyncIfConfigured, type SyncEngine } from '../core/sync';
import { bindIpc } from './ipc';
import { bindPrinting } from './printing';
import { printPdf } from './printWindow';
import { createMainWindow, trustedUrlCheck } from './window';

const mainDir = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const isTrustedUrl = trustedUrlCheck(mainDir, devServerUrl);
const connections = new Map<number, Connection>();
let core: Core | null = null;
let sync: SyncEngine | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function openWindow(): void {
  if (!core) return;
  const window = createMainWindow(mainDir, isTrustedUrl, devServerUrl);
  const id = window.webContents.id;
  connections.set(id, core.connect());
  window.webContents.on('destroyed', () => connections.delete(id));
}

async function start(): Promise<void> {
  const dataDir = process.env['DESK_DATA_DIR'] ?? join(app.getPath('userData'), 'data');
  try {
    core = await openCore({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      demo: process.env['DESK_DEMO'] !== '0',
      log: consoleLogger,
      // Packaged, electron-builder puts resources/fonts under the app's resources folder.
      ...(app.isPackaged ? { resourcesDir: process.resourcesPath } : {}),
      ...(process.env['DESK_WORKSTATION_NO'] ? { workstationNo: Number(process.env['DESK_WORKSTATION_NO']) } : {}),
    });
  } catch (error) {
    const text = error instanceof StoreError ? `${error.text.kk}\n\n${error.text.ru}` : String(error);
    dialog.showErrorBox('Residency Desk', text);
    app.exit(1);
    return;
  }

  // Sync with the central system when DESK_CENTRAL_URL and DESK_WORKSTATION_CREDENTIAL are set
  // (DESK_OFFICE_CODE, DESK_TRUST_ROOTS optional); otherwise it is off and its status says so.
  // Pull pages are read in a worker thread built next to this bundle (electron.vite.config.ts).
  sync = startSyncIfConfigured(core, {}, process.env, consoleLogger, { pageReaderWorker: { file: join(import.meta.dirname, 'pageReader.worker.js') } });

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });

  const opened = core;
  const senderCheck = { connectionFor: (id: number) => connections.get(id) ?? null, isTrustedUrl };
  bindIpc({ ipcMain, call: (connection, name, input) => opened.call(connection, name, input), ...senderCheck });
  bindPrinting({ ipcMain, printPdf, ...senderCheck });
  openWindow();
}

app.whenReady().then(start, (error) => consoleLogger.error('start failed', { error: String(error) }));
app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (sync) {
    // Let the sync exchange in flight end (its transaction either committed or not) before closing the store.
    event.preventDefault();
    const stopping = sync;
    sync = null;
    void stopping.stop().finally(() => app.quit());
    return;
  }
  core?.close();
});
