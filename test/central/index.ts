// Entry point of the central-system simulator for tests and the CLI: `startCentral` opens the
// store, listens on 127.0.0.1 and returns the in-process API (`central`) with the server's URL.
import { randomBytes } from 'node:crypto';
import { Central, type CentralOptions } from './central';
import { startServer } from './http/server';

export { Central, type CaseSummary, type CentralOptions, type FaultLogEntry } from './central';
export { noFaults, type FaultConfig, type FaultName } from './faults';
export { parseFaultSpec } from './faultSpec';

export interface StartOptions extends CentralOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  adminToken?: string;
}

export interface RunningCentral {
  central: Central;
  url: string;
  port: number;
  adminToken: string;
  close(): Promise<void>;
}

export async function startCentral(options: StartOptions = {}): Promise<RunningCentral> {
  const central = new Central(options);
  try {
    const server = await startServer(central, {
      port: options.port ?? 0,
      host: options.host ?? '127.0.0.1',
      adminToken: options.adminToken ?? randomBytes(16).toString('hex'),
    });
    return {
      central,
      url: server.url,
      port: server.port,
      adminToken: server.adminToken,
      close: async () => {
        await server.close();
        central.close();
      },
    };
  } catch (error) {
    central.close();
    throw error;
  }
}
