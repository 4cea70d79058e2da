// A stand-in for the `electron` module, for running the built main bundle (out/main/index.js)
// in plain Node where the Electron binary cannot be downloaded. It records what the main
// process does with windows and IPC and lets the test drive IPC calls like a renderer would.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

const handlers = new Map();
const windows = [];
let nextId = 1;

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.loaded = null;
    this.openHandler = null;
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler;
  }
  async getPrintersAsync() {
    return [{ name: 'Stand-in printer', displayName: 'Stand-in printer', isDefault: true }];
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
  }
  static getAllWindows() {
    return windows;
  }
  async loadFile(file) {
    this.webContents.loaded = pathToFileURL(file).href;
  }
  async loadURL(url) {
    this.webContents.loaded = url;
  }
  show() {}
  focus() {}
  destroy() {}
}

const appEvents = new EventEmitter();
export const app = Object.assign(appEvents, {
  isPackaged: false,
  enableSandbox() {},
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.STAND_IN_USER_DATA,
  getVersion: () => '0.0.0-stand-in',
  quit() {},
  exit(code) {
    process.exit(code);
  },
});

export const ipcMain = {
  handle(channel, listener) {
    handlers.set(channel, listener);
  },
  removeHandler(channel) {
    handlers.delete(channel);
  },
};

export const session = {
  defaultSession: { setPermissionRequestHandler() {}, webRequest: { onHeadersReceived() {} } },
};
export const dialog = {
  showErrorBox(title, text) {
    console.error(`[dialog] ${title}: ${text}`);
  },
};
export const shell = { openExternal: async () => {} };
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = { invoke: async () => undefined };

/** For the test: invoke an IPC channel as the first window's top frame (or another url). */
globalThis.__standIn = {
  handlers,
  windows,
  invoke(channel, input, frameUrl) {
    const window = windows[0];
    const url = frameUrl ?? window.webContents.loaded;
    return handlers.get(channel)({ sender: window.webContents, senderFrame: { url, parent: null } }, input);
  },
};

export default { app, BrowserWindow, ipcMain, session, dialog, shell, contextBridge, ipcRenderer };
