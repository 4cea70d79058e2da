// Test helper: starts `npm run central` (test/central/cli.ts) as its own process and waits for
// its banner, so a test can talk to a simulator that shares nothing with the test's process —
// not the event loop, and not the coverage instrumentation of `npm test`.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface SpawnedCentral {
  pid: number;
  banner: string;
  url: string;
  /** The Authorization header value printed for workstation 1. */
  authorization: string;
  stop(): void;
}

const root = path.resolve(import.meta.dirname, '../..');

export function spawnCentral(args: string[], timeoutMs = 600_000): Promise<SpawnedCentral> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/central/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`central simulator did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('X-Admin-Token')) return;
      clearTimeout(timer);
      resolve({
        pid: child.pid ?? 0,
        banner: out,
        url: /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '',
        authorization: /Authorization: (Bearer \S+)/.exec(out)?.[1] ?? '',
        stop: () => child.kill('SIGTERM'),
      });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`central simulator exited with ${code}: ${err}`));
    });
  });
}
