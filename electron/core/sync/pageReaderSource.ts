// The page reader thread when the desk runs from its TypeScript sources (the web host, the
// benchmarks): the worker's .ts file, loaded through tsx. The Electron build ships a compiled
// worker next to its main bundle instead (electron.vite.config.ts), so only source hosts import this.
import type { WorkerFile } from './pageReader';

export const pageReaderFromSource: WorkerFile = { file: new URL('./pageReader.worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
