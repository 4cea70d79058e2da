// Transports never throw at the caller: a failing bridge becomes a kk/ru transport error.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api';
import { ipcTransport } from '../../../../renderer/src/api/transport';
import { connectApi } from '../../../../renderer/src/api/connect';

describe('ipcTransport', () => {
  it('passes results through and turns a rejected bridge call into a transport error', async () => {
    const transport = ipcTransport({
      invoke: async (name) => {
        if (name === 'boom') throw new Error('no handler');
        return ok(name);
      },
    });
    expect(await transport.invoke('app.info', {})).toEqual(ok('app.info'));
    const failed = await transport.invoke('boom', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'transport', message: { ru: 'Нет связи со службой. Действие не выполнено.' } } });
  });
});

describe('connectApi', () => {
  it('uses the preload bridge when Electron provides one', async () => {
    const client = connectApi(Object.assign(Object.create(window), { api: { invoke: async () => ok('via ipc') } }));
    expect(await client.send('app.info', {})).toEqual(ok('via ipc'));
  });

  it('keeps the host token for reloads and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1');
    connectApi(window);
    expect(sessionStorage.getItem('desk.hostToken')).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
  });
});
