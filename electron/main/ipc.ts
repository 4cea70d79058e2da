// Binds the core to Electron IPC: one `ipcMain.handle` per contract name. Every call's sender
// frame is checked — it must be the top frame of a window we created, showing our bundled
// renderer — and the window's connection (its session) says who is acting.
import type { IpcMainInvokeEvent } from 'electron';
import { apiError, apiNames, fail, ipcChannel, type Result } from '../../shared/api';
import type { Connection } from '../core/context';

/** The part of `ipcMain` we use, so tests can pass a stand-in. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface SenderCheck {
  /** The connection of a window we created, by its webContents id; null for anything else. */
  connectionFor(webContentsId: number): Connection | null;
  isTrustedUrl(url: string): boolean;
}

export interface IpcBinding extends SenderCheck {
  ipcMain: IpcMainLike;
  call(connection: Connection, name: string, input: unknown): Promise<Result<unknown>>;
}

/** The sending window's connection if the call comes from our renderer's top frame, else null. */
export function trustedConnection(event: IpcMainInvokeEvent, check: SenderCheck): Connection | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !check.isTrustedUrl(frame.url)) return null;
  return check.connectionFor(event.sender.id);
}

export function bindIpc(binding: IpcBinding): () => void {
  for (const name of apiNames) {
    binding.ipcMain.handle(ipcChannel(name), async (event, input) => {
      const connection = trustedConnection(event, binding);
      if (!connection) return fail(apiError('forbidden', { reason: 'untrusted_sender' }));
      return binding.call(connection, name, input);
    });
  }
  return () => apiNames.forEach((name) => binding.ipcMain.removeHandler(ipcChannel(name)));
}
