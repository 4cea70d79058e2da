// "Build if needed" for the web host: rebuilds the renderer with electron-vite when the bundle
// is missing or older than any source it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const sources = ['renderer', 'shared', 'electron.vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererBuildIsStale(root: string): boolean {
  const index = join(root, 'out/renderer/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

/** Builds when stale; returns whether it built. Throws with the build output on failure. */
export function ensureRendererBuilt(root: string, onBuild: () => void = () => {}): boolean {
  if (!rendererBuildIsStale(root)) return false;
  onBuild();
  const pkg = createRequire(join(root, 'package.json')).resolve('electron-vite/package.json');
  const bin = join(dirname(pkg), 'bin/electron-vite.js');
  const run = spawnSync(process.execPath, [bin, 'build'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stdout}\n${run.stderr}`);
  return true;
}
