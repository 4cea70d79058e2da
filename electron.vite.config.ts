// Build of the three bundles: main (ESM, deps external), preload (CommonJS: sandboxed preloads
// cannot be ES modules) and the renderer (React, relative asset paths for file:// loading).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The page reader worker (electron/core/sync/pageReader.ts) is a second entry: a file of its own.
      lib: {
        entry: { index: resolve(root, 'electron/main/index.ts'), 'pageReader.worker': resolve(root, 'electron/core/sync/pageReader.worker.ts') },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
