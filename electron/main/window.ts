// Creates the hardened main window: isolated, sandboxed, no Node in the renderer, our preload
// only, and nothing but the bundled renderer may load in it.
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const rendererIndex = (mainDir: string): string => join(mainDir, '../renderer/index.html');

/** True for our bundled renderer page (any hash or query), or the dev server in development. */
export function trustedUrlCheck(mainDir: string, devServerUrl?: string): (url: string) => boolean {
  const indexUrl = pathToFileURL(rendererIndex(mainDir)).href;
  return (url) => {
    const bare = url.split(/[?#]/)[0];
    if (bare === indexUrl) return true;
    return !!devServerUrl && new URL(url).origin === new URL(devServerUrl).origin;
  };
}

export function createMainWindow(mainDir: string, isTrustedUrl: (url: string) => boolean, devServerUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Residency Desk',
    webPreferences: {
      preload: join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the outside world (e.g. the regulation on adilet.zan.kz) open in the system browser.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererIndex(mainDir));
  return window;
}
