// Serves the built renderer folder: only files inside it, with security headers; unknown
// paths fall back to index.html so the single-page app can route.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.map': 'application/json',
};

export function staticHandler(root: string, headers: Record<string, string>) {
  const base = normalize(root + sep);

  async function resolve(urlPath: string): Promise<string> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return join(base, 'index.html');
    }
    const candidate = normalize(join(base, decoded));
    if (!candidate.startsWith(base)) return join(base, 'index.html');
    const info = await stat(candidate).catch(() => null);
    return info?.isFile() ? candidate : join(base, 'index.html');
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = await resolve(path);
    try {
      const body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  };
}
