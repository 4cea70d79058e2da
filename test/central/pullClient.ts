// A bare pull client, run as its own process: downloads everything from a null cursor in pages
// of 5,000 and prints one JSON line with the counts and the time taken. The registry stream test runs
// it so client and server each have their own thread, as a workstation and the central system
// would. It speaks plain node:http with keep-alive by default (the cheapest client, so the figure
// is the server's); `--fetch` uses fetch instead. By hand, against `npm run central`:
//   npx tsx test/central/pullClient.ts <url> "<Authorization header value>" [--fetch]
import http from 'node:http';
import { limits, protocolVersion } from '../../shared/sync/protocol';

export interface PullStats {
  client: 'http' | 'fetch';
  rows: Record<string, number>;
  pages: number;
  bytes: number;
  seconds: number;
  lastTaxpayerId: string | null;
}

type Post = (body: string) => Promise<{ status: number; text: string }>;

function httpPost(url: string, headers: Record<string, string>): Post {
  const agent = new http.Agent({ keepAlive: true });
  return (body) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${url}/v1/pull`, { method: 'POST', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
}

function fetchPost(url: string, headers: Record<string, string>): Post {
  return async (body) => {
    const response = await fetch(`${url}/v1/pull`, { method: 'POST', headers, body });
    return { status: response.status, text: await response.text() };
  };
}

export async function pullEverything(url: string, authorization: string, client: 'http' | 'fetch' = 'http'): Promise<PullStats> {
  const workstationId = /^Bearer ([0-9a-f-]{36}):/i.exec(authorization)?.[1];
  if (!workstationId) throw new Error('expected "Bearer <workstationId>:<secret>"');
  const headers = { Authorization: authorization, 'Content-Type': 'application/json' };
  const post = client === 'http' ? httpPost(url, headers) : fetchPost(url, headers);
  const rows: Record<string, number> = {};
  let cursor: string | null = null;
  let pages = 0;
  let bytes = 0;
  let lastTaxpayerId: string | null = null;
  const started = performance.now();
  for (;;) {
    const { status, text } = await post(JSON.stringify({ protocol: protocolVersion, workstationId, cursor, limit: limits.pullPage }));
    if (status !== 200) throw new Error(`HTTP ${status}: ${text}`);
    bytes += text.length;
    pages++;
    const page = JSON.parse(text) as { changes: { type: string; taxpayer?: { id: string } }[]; cursor: string; hasMore: boolean; reset: boolean };
    if (page.reset) throw new Error('unexpected reset');
    for (const change of page.changes) {
      rows[change.type] = (rows[change.type] ?? 0) + 1;
      if (change.taxpayer) lastTaxpayerId = change.taxpayer.id;
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { client, rows, pages, bytes, seconds: (performance.now() - started) / 1000, lastTaxpayerId };
}

if (process.argv[1]?.endsWith('pullClient.ts')) {
  const [url, authorization, flag] = process.argv.slice(2);
  if (!url || !authorization) {
    console.error('usage: npx tsx test/central/pullClient.ts <url> "<Authorization header value>" [--fetch]');
    process.exit(2);
  }
  pullEverything(url, authorization, flag === '--fetch' ? 'fetch' : 'http').then(
    (stats) => console.log(JSON.stringify(stats)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
