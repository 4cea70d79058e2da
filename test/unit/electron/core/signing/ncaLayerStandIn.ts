// A stand-in for NCALayer: a WebSocket server on 127.0.0.1 (random port, optionally TLS with a
// self-signed certificate like the real one) that greets with its version and answers each
// request the way a test scripts it, in NCALayer's own message shapes.
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { toPem } from '../../../../../electron/core/signing/certificate';
import { buildDetachedCms } from '../../../../../electron/core/signing/cms';
import { openPkcs12 } from '../../../../../electron/core/signing/pkcs12';

export interface StandInRequest {
  module: string;
  method: string;
  args?: unknown;
}

/** What to send back: a message text, or 'silence' (never answer), or 'hang up' (close the socket). */
export type StandInReply = string | 'silence' | 'hang up';

export type StandInScript = (request: StandInRequest) => Promise<StandInReply> | StandInReply;

export interface StandIn {
  url: string;
  requests: StandInRequest[];
  close(): Promise<void>;
}

export async function startStandIn(script: StandInScript, options: { tls?: { key: string; cert: string }; greet?: boolean } = {}): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const https: HttpsServer | null = options.tls ? createHttpsServer(options.tls) : null;
  const wss = https ? new WebSocketServer({ server: https }) : new WebSocketServer({ host: '127.0.0.1', port: 0 });
  const sockets = new Set<WebSocket>();

  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (options.greet !== false) socket.send(JSON.stringify({ result: { version: '1.4.0-stand-in' } }));
    socket.on('message', async (data) => {
      const request = JSON.parse(String(data)) as StandInRequest;
      requests.push(request);
      const reply = await script(request);
      if (reply === 'hang up') socket.close();
      else if (reply !== 'silence') socket.send(reply);
    });
  });

  let port: number;
  if (https) {
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    port = (https.address() as AddressInfo).port;
  } else {
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    port = (wss.address() as AddressInfo).port;
  }

  return {
    url: `${https ? 'wss' : 'ws'}://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      if (https) await new Promise<void>((resolve) => https.close(() => resolve()));
    },
  };
}

/** The document NCALayer was asked to sign: basics carries it in args.data, commonUtils in args[2]. */
export function requestedData(request: StandInRequest): Uint8Array {
  const args = request.args as { data?: string } | unknown[];
  const base64 = Array.isArray(args) ? args[2] : args.data;
  if (typeof base64 !== 'string') throw new Error('no data in the request');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Signs like NCALayer would, with a key from the test PKI, whoever's it is. */
const stores = new Map<string, ReturnType<typeof openPkcs12>>();
export async function standInSignature(p12: Uint8Array, password: string, data: Uint8Array): Promise<Uint8Array> {
  // Opening a store is the slow part (forge's PBE key derivation); the same file opens once.
  const key = Buffer.from(p12).toString('base64');
  if (!stores.has(key)) stores.set(key, openPkcs12(p12, password));
  const store = await stores.get(key)!;
  return buildDetachedCms({ data, privateKey: store.privateKey, signerCertificate: store.certificate, chain: store.chain, signingTime: new Date() });
}

/** basics.sign's success answer: the CMS as PEM, as NCALayer returns it. */
export const basicsResult = (cms: Uint8Array) => JSON.stringify({ body: { result: toPem(cms, 'CMS') }, status: true });
/** basics.sign when the user closed the dialog: a body without a result. */
export const basicsCancelled = JSON.stringify({ body: {}, status: true });
export const moduleNotFound = JSON.stringify({ success: false, errorCode: 'MODULE_NOT_FOUND' });
export const commonUtilsResult = (value: unknown) => JSON.stringify({ responseObject: value, code: '200' });
export const commonUtilsCancelled = JSON.stringify({ code: '500', message: 'action.canceled' });
