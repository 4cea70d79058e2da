// Preload (sandboxed, isolated): exposes exactly one object, `window.api`: contract calls
// forwarded to the main process (names outside the contract never leave here), and the
// host's printers.
import { contextBridge, ipcRenderer } from 'electron';
import { hostChannels, type DeskBridge } from '../../shared/api/bridge';
import { apiNames, ipcChannel } from '../../shared/api/names';

const allowed = new Set<string>(apiNames);

const api: DeskBridge = {
  invoke(name, input) {
    if (!allowed.has(name)) return Promise.reject(new Error(`unknown api name: ${name}`));
    return ipcRenderer.invoke(ipcChannel(name), input);
  },
  printers: () => ipcRenderer.invoke(hostChannels.printers),
  print: (request) => ipcRenderer.invoke(hostChannels.print, request),
};

contextBridge.exposeInMainWorld('api', api);
