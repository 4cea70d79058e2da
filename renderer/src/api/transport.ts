// How the renderer reaches the core: Electron IPC through the preload's `window.api`, or a
// WebSocket to the local web host. Both answer every call with a Result, never a throw.
import { apiError, fail, type DeskBridge, type Result } from '../../../shared/api';

export type ConnectionState = 'connecting' | 'open' | 'lost';

export interface Transport {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Called on every state change; 'open' after 'lost' means the host was reached again. */
  onStateChange(listener: (state: ConnectionState) => void): () => void;
}

const transportError = (details: unknown): Result<never> => fail(apiError('transport', details));

export function ipcTransport(bridge: DeskBridge): Transport {
  return {
    async invoke(name, input) {
      try {
        return await bridge.invoke(name, input);
      } catch (error) {
        return transportError({ reason: String(error) });
      }
    },
    onStateChange(listener) {
      listener('open');
      return () => {};
    },
  };
}

interface Pending {
  resolve: (result: Result<unknown>) => void;
}

/**
 * A WebSocket transport that reconnects with exponential backoff. Calls made while the
 * socket is down wait for it (up to `callTimeoutMs`); calls in flight when it drops fail with
 * a transport error, since the host may or may not have run them.
 */
export function webSocketTransport(url: string, options: { callTimeoutMs?: number } = {}): Transport {
  const callTimeoutMs = options.callTimeoutMs ?? 30_000;
  const listeners = new Set<(state: ConnectionState) => void>();
  const pending = new Map<number, Pending>();
  const waiting: (() => void)[] = [];
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let attempt = 0;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((l) => l(next));
  };

  function connect(): void {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('open');
      waiting.splice(0).forEach((send) => send());
    };
    ws.onmessage = (event) => {
      let message: { id?: unknown; result?: Result<unknown> };
      try {
        message = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (typeof message.id !== 'number' || !message.result) return;
      pending.get(message.id)?.resolve(message.result);
      pending.delete(message.id);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      pending.forEach((p) => p.resolve(transportError({ reason: 'connection lost' })));
      pending.clear();
      setState('lost');
      const delay = Math.min(10_000, 250 * 2 ** attempt++) * (0.5 + Math.random() / 2);
      setTimeout(connect, delay);
    };
  }
  connect();

  return {
    invoke(name, input) {
      return new Promise((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(transportError({ reason: 'timeout' }));
        }, callTimeoutMs);
        const send = () => {
          pending.set(id, {
            resolve: (result) => {
              clearTimeout(timer);
              resolve(result);
            },
          });
          socket!.send(JSON.stringify({ id, name, input }));
        };
        if (state === 'open' && socket?.readyState === WebSocket.OPEN) send();
        else waiting.push(send);
      });
    },
    onStateChange(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
  };
}
