// The IPC binding with a stand-in ipcMain: every contract name is registered, calls from our
// window reach the core with that window's connection, anything else is refused.
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { apiNames, contract, ipcChannel, ok } from '../../../../shared/api';
import type { Connection } from '../../../../electron/core/context';
import { bindIpc, type IpcMainLike } from '../../../../electron/main/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function standIn() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const trusted = 'file:///app/out/renderer/index.html';
const event = (webContentsId: number, url: string, parent: object | null = null) =>
  ({ sender: { id: webContentsId }, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

function setup() {
  const { ipcMain, handlers } = standIn();
  const window: Connection = { id: 'w1', session: null };
  const call = vi.fn(async (_c: Connection, name: string, input: unknown) => ok({ name, input }));
  const unbind = bindIpc({
    ipcMain,
    call,
    connectionFor: (id) => (id === 7 ? window : null),
    isTrustedUrl: (url) => url.split('#')[0] === trusted,
  });
  return { handlers, call, window, unbind };
}

describe('bindIpc', () => {
  it('registers exactly one handler per contract name', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.keys(contract).map(ipcChannel).sort());
    expect(handlers.size).toBe(apiNames.length);
  });

  it('forwards a call from our window to the core with that window’s connection', async () => {
    const { handlers, call, window } = setup();
    const result = await handlers.get(ipcChannel('cases.list'))!(event(7, `${trusted}#/queue`), { limit: 5 });
    expect(result).toEqual(ok({ name: 'cases.list', input: { limit: 5 } }));
    expect(call).toHaveBeenCalledWith(window, 'cases.list', { limit: 5 });
  });

  it.each([
    ['an unknown window', event(8, trusted)],
    ['a foreign page in our window', event(7, 'https://evil.example/')],
    ['a subframe of our window', event(7, trusted, { url: trusted })],
    ['a destroyed frame', { sender: { id: 7 }, senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('refuses a call from %s without reaching the core', async (_label, from) => {
    const { handlers, call } = setup();
    const result = await handlers.get(ipcChannel('session.signIn'))!(from, { login: 'a', password: 'b' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'untrusted_sender' } } });
    expect(call).not.toHaveBeenCalled();
  });

  it('unbinds every handler', () => {
    const { handlers, unbind } = setup();
    unbind();
    expect(handlers.size).toBe(0);
  });
});
