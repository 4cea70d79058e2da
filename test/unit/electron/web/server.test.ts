// The web host in-process: static files stay inside the renderer folder, sockets need the
// token and our Origin, each socket is its own core connection, malformed frames are dropped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { silentLogger } from '../../../../electron/core/context';
import { startWebHost, type WebHost } from '../../../../electron/web/server';
import { openTestCore, tempDir } from '../core/testCore';

describe('web host', () => {
  let host: WebHost;
  let core: Awaited<ReturnType<typeof openTestCore>>;
  const outside = tempDir('desk-renderer-');
  const rendererDir = join(outside, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.txt'), 'secret');

  beforeAll(async () => {
    core = await openTestCore();
    host = await startWebHost({ core, rendererDir, port: 0, log: silentLogger, token: 'test-token-0123456789abcdef' });
  });
  afterAll(async () => {
    await host.close();
    core.close();
  });

  const origin = () => `http://127.0.0.1:${host.port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin()}${path}`, { headers });

  function open(token = host.token, from = origin()): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${token}`, { origin: from });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  function request(ws: WebSocket, id: number, name: string, input: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString());
        if (message.id === id) {
          ws.off('message', onMessage);
          resolve(message.result);
        }
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, name, input }));
    });
  }

  it('binds to 127.0.0.1 and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=test-token-0123456789abcdef`);
  });

  it('serves the renderer with a strict CSP, and index.html for unknown paths', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await (await get('/assets/app.js')).text()).toBe('console.log(1)');
    expect(await (await get('/queue/123')).text()).toContain('<title>desk</title>');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      expect(await (await get(path)).text()).not.toContain('secret');
    }
  });

  it('refuses requests for a foreign Host name (DNS rebinding)', async () => {
    const { request: httpRequest } = await import('node:http');
    const status = await new Promise<number>((resolve) =>
      httpRequest({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode!)).end(),
    );
    expect(status).toBe(421);
  });

  it('refuses a socket without the right token or from another Origin', async () => {
    await expect(open('wrong')).rejects.toThrow('HTTP 401');
    await expect(open('')).rejects.toThrow('HTTP 401');
    await expect(open(host.token, 'http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(open(host.token, 'null')).rejects.toThrow('HTTP 403');
  });

  it('answers calls, each socket with its own session', async () => {
    const a = await open();
    const b = await open();
    expect(await request(a, 1, 'app.info', {})).toMatchObject({ ok: true, value: { name: 'Residency Desk' } });
    expect(await request(a, 2, 'session.signIn', { login: 'admin', password: 'demo1234' })).toMatchObject({ ok: true });
    expect(await request(a, 3, 'session.current', {})).toMatchObject({ ok: true, value: { login: 'admin' } });
    expect(await request(b, 1, 'session.current', {})).toEqual({ ok: true, value: null });
    a.close();
    b.close();
  });

  it('closes a socket that sends a malformed frame', async () => {
    const ws = await open();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{"id": "x", "name": 1}');
    expect(await closed).toBe(1003);
  });
});
