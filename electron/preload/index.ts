// Preload (sandboxed, isolated): exposes exactly one object, `window.api`, whose only method
// forwards a contract call to the main process. Names outside the contract never leave here.
import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '../../shared/api/bridge';
import { apiNames, ipcChannel } from '../../shared/api/names';

const allowed = new Set<string>(apiNames);

const api: DeskBridge = {
  invoke(name, input) {
    if (!allowed.has(name)) return Promise.reject(new Error(`unknown api name: ${name}`));
    return ipcRenderer.invoke(ipcChannel(name), input);
  },
};

contextBridge.exposeInMainWorld('api', api);
