// Test projects: node units (shared, core, hosts, lint), renderer components (happy-dom),
// and end-to-end tests driving Debian's Chromium against the web host.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest runs one file fewer than there are cores; our machines have two, and most of the
    // suite waits on Chromium, SQLite files and child processes rather than on the runner.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'electron/core/**/*.{ts,tsx}'],
      reportsDirectory: 'test-output/coverage',
      reporter: ['text-summary', 'json-summary'],
      // The regulation model is what every screen and deadline rests on: keep it fully tested.
      thresholds: { 'shared/domain/**/*.ts': { branches: 95 } },
    },
    projects: [
      {
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/electron/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/central/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'unit-dom',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
          css: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
