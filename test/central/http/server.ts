// The simulator's HTTP server (node:http, 127.0.0.1): the three protocol endpoints behind the
// fault dice, /health, and the admin endpoints. Faults act where a network or a load balancer
// would: before processing (drop, hang, 5xx, delay, reorder) or after it (lost reply, truncated
// body, duplicated delivery, a stale pull page).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { limits } from '../../../shared/sync/protocol';
import type { Central } from '../central';
import { planNames, type Endpoint, type FaultPlan } from '../faults';
import { answerAdmin } from './admin';
import { errorAnswer, readBody, send, sendTruncated, stampHeaders, type Answer } from './body';
import { answerProtocol } from './protocolRoutes';

const routes: Record<string, Endpoint> = { '/v1/push': 'push', '/v1/pull': 'pull', '/v1/lease': 'lease' };

export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The workstation id an Authorization header claims (for grouping only; not authentication). */
const claimedWorkstation = (req: IncomingMessage): string => /^Bearer ([0-9a-f-]{36}):/i.exec(req.headers.authorization ?? '')?.[1] ?? 'anonymous';

export function startServer(central: Central, options: { port?: number; host?: string; adminToken: string }): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  /** Requests held by the reorder fault, per workstation: released when a later one was processed. */
  const held = new Map<string, Set<() => void>>();
  /** The previous pull answer per workstation, for the stale-page fault. */
  const lastPull = new Map<string, Answer>();

  function hold(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = held.get(key) ?? new Set<() => void>();
      held.set(key, set);
      const release = () => {
        clearTimeout(timer);
        set.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      set.add(release);
    });
  }

  function releaseHeld(key: string, except: (() => void) | null): void {
    for (const release of [...(held.get(key) ?? [])]) if (release !== except) release();
  }

  async function protocol(req: IncomingMessage, res: ServerResponse, endpoint: Endpoint): Promise<void> {
    const body = await readBody(req, limits.messageBytes);
    if (!body.ok) {
      if (body.why === 'aborted') return;
      send(res, errorAnswer(400, 'bodyTooLarge', `a message may not exceed ${limits.messageBytes} bytes`, { Connection: 'close' }));
      res.on('finish', () => req.destroy());
      return;
    }
    const request = central.nextRequest();
    const plan: FaultPlan = central.dice.roll(endpoint);
    const names = planNames(plan);
    const entry = { request, endpoint, faults: names };
    central.faultLog.push(entry);
    if (central.faultLog.length > 100_000) central.faultLog.splice(0, 50_000);
    if (plan.drop) {
      req.socket.destroy();
      return;
    }
    if (plan.hang) {
      // Never answered; the connection is cut after hangMs (or when the server closes).
      const timer = setTimeout(() => req.socket.destroy(), central.dice.current.hangMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (plan.error5xx !== null) {
      send(res, errorAnswer(plan.error5xx, 'unavailable', 'simulated central-system failure', { 'Retry-After': '1' }));
      return;
    }
    if (plan.delayMs > 0) await sleep(plan.delayMs);
    const key = claimedWorkstation(req);
    if (plan.reorder) await hold(key, central.dice.current.reorderMs);
    let outcome = answerProtocol(central, endpoint, req.headers, body.bytes);
    if (plan.duplicate && outcome.answer.status === 200) outcome = answerProtocol(central, endpoint, req.headers, body.bytes);
    if (outcome.reset) Object.assign(entry, { note: 'reset' });
    // Anything held back from this workstation now goes after this request.
    releaseHeld(key, null);
    let answer = outcome.answer;
    if (endpoint === 'pull' && answer.status === 200) {
      const previous = lastPull.get(key);
      lastPull.set(key, answer);
      if (plan.stalePage && previous) answer = previous;
    }
    if (res.destroyed) return;
    stampHeaders(res, central.ctx.now());
    if (plan.lostReply) {
      req.socket.destroy();
      return;
    }
    if (plan.truncate) sendTruncated(res, answer);
    else send(res, answer);
    // Read the next page while the workstation parses this one.
    if (outcome.readAhead) setImmediate(outcome.readAhead);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stampHeaders(res, central.ctx.now());
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/admin/')) {
      send(res, await answerAdmin(central, req, options.adminToken));
      return;
    }
    if (path === '/health') {
      send(res, { status: 200, body: JSON.stringify({ ok: true, serverTime: central.ctx.now().toISOString(), epoch: central.epoch }) });
      return;
    }
    const endpoint = routes[path];
    if (!endpoint) {
      send(res, errorAnswer(404, 'notFound'));
      return;
    }
    if (req.method !== 'POST') {
      send(res, errorAnswer(405, 'methodNotAllowed', undefined, { Allow: 'POST' }));
      return;
    }
    await protocol(req, res, endpoint);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('central simulator: internal error', error);
      send(res, errorAnswer(500, 'internal', error instanceof Error ? error.message : String(error)));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 120_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      resolve({
        url: `http://${address}:${port}`,
        port,
        adminToken: options.adminToken,
        close: () =>
          new Promise<void>((done) => {
            for (const set of held.values()) for (const release of [...set]) release();
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
