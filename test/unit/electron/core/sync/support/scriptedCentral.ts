// A "central system" that answers whatever a test scripts — broken JSON, wrong types, answers for
// mutations never sent, bodies too large, silence — to check that the workstation rejects it all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedRequest {
  path: string;
  json: Record<string, unknown>;
  authorization: string | undefined;
}

export type ScriptedAnswer =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  /** The JSON's UTF-8 bytes written in pieces of this many bytes, a few milliseconds apart. */
  | { json: unknown; pieces: number }
  | { status?: number; text: string; headers?: Record<string, string> }
  /** Sends headers (e.g. a huge Content-Length), then this many bytes, then ends the socket. */
  | { status?: number; headers: Record<string, string>; partial: number }
  | 'hang';

export interface ScriptedCentral {
  url: string;
  requests: ScriptedRequest[];
  answer: (request: ScriptedRequest) => ScriptedAnswer;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startScriptedCentral(answer: ScriptedCentral['answer']): Promise<ScriptedCentral> {
  const hanging = new Set<ServerResponse>();
  const central: ScriptedCentral = { url: '', requests: [], answer, close: async () => {} };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const request: ScriptedRequest = { path: req.url ?? '', json: JSON.parse(body) as Record<string, unknown>, authorization: req.headers.authorization };
      central.requests.push(request);
      const a = central.answer(request);
      if (a === 'hang') {
        hanging.add(res);
        return;
      }
      if ('partial' in a) {
        res.writeHead(a.status ?? 200, a.headers);
        res.write('x'.repeat(a.partial));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      if ('pieces' in a) {
        const bytes = Buffer.from(JSON.stringify(a.json));
        res.writeHead(200, { 'content-type': 'application/json' });
        const write = (from: number): void => {
          if (from >= bytes.length) return void res.end();
          res.write(bytes.subarray(from, from + a.pieces));
          setTimeout(() => write(from + a.pieces), 2);
        };
        write(0);
        return;
      }
      const text = 'json' in a ? JSON.stringify(a.json) : a.text;
      res.writeHead(a.status ?? 200, { 'content-type': 'application/json', ...a.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  central.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  central.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return central;
}
