// The web host: serves the built renderer and the same core over a WebSocket, bound to
// 127.0.0.1 only. A per-run token (in the printed URL) and the page's Origin are checked on
// every socket; each socket is one connection of the core, like one Electron window.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Core } from '../core/core';
import type { Logger } from '../core/context';
import { contentSecurityPolicy } from '../core/security';
import { staticHandler } from './staticFiles';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  log: Logger;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const requestSchema = z.object({ id: z.number().int().nonnegative(), name: z.string().max(100), input: z.unknown() }).strict();
const maxMessageBytes = 16 * 1024 * 1024;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const serveStatic = staticHandler(options.rendererDir, headers);
  let port = options.port;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = createServer((req, res) => {
    // DNS rebinding guard: only our own host names are served.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      res.writeHead(421).end('misdirected request');
      return;
    }
    void serveStatic(req, res);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  function refuse(socket: Socket, status: number, reason: string, req: IncomingMessage): void {
    options.log.warn('web host refused a socket', { reason, origin: req.headers.origin ?? null });
    socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\n\r\n`);
  }

  server.on('upgrade', (req, socket: Socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api') return refuse(socket, 403, 'path', req);
    if (!allowedHosts().includes(req.headers.host ?? '')) return refuse(socket, 403, 'host', req);
    const origin = req.headers.origin ?? '';
    if (!allowedHosts().some((h) => origin === `http://${h}`)) return refuse(socket, 403, 'origin', req);
    if (!sameSecret(url.searchParams.get('token') ?? '', token)) return refuse(socket, 401, 'token', req);
    sockets.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket): void {
    const connection = options.core.connect();
    ws.on('message', async (data, isBinary) => {
      let request: z.infer<typeof requestSchema>;
      try {
        if (isBinary) throw new Error('binary');
        request = requestSchema.parse(JSON.parse(data.toString()));
      } catch {
        ws.close(1003, 'malformed request');
        return;
      }
      const result = await options.core.call(connection, request.name, request.input);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, result }));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
