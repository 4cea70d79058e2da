// Command-line flags of `npm run central`, parsed into start options (kept apart from cli.ts so
// tests can check them without starting a server).
import { parseFaultSpec } from './faultSpec';
import type { FaultConfig } from './faults';

export interface CliOptions {
  port: number;
  host: string;
  dataFile: string;
  taxpayers: number;
  seed: number;
  faults: Partial<FaultConfig>;
  office: string;
  workstations: number;
  applications: number;
  adminToken: string | null;
}

export const usage = `usage: npm run central -- [options]
  --port N            port on 127.0.0.1 (default 8750; 0 = any free port)
  --data FILE         SQLite store (default :memory:)
  --taxpayers N       demo taxpayers in the registry (default 10000)
  --seed N            seed of the fault dice and the application generator (default 1)
  --faults SPEC       e.g. drop=0.05,5xx=0.05,delay=0.2:100-1500,dup=0.1,reorder=0.1:500,
                      stale=0.05,truncate=0.05,lost=0.05,hang=0.01:10s,skew=+3h,only=push+pull
  --office CODE       the demo office (default 6205)
  --workstations N    register workstations 1…N of the demo office (default 1)
  --applications N    deliver N electronic applications to the demo office at start (default 0)
  --admin-token T     token for the /admin endpoints (default: random, printed)`;

function integer(flag: string, text: string | undefined, min: number, max: number): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < min || n > max) throw new RangeError(`${flag}: expected an integer ${min}…${max}, got ${text ?? '(nothing)'}`);
  return n;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    port: 8750,
    host: '127.0.0.1',
    dataFile: ':memory:',
    taxpayers: 10_000,
    seed: 1,
    faults: {},
    office: '6205',
    workstations: 1,
    applications: 0,
    adminToken: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const [name, inline] = flag.includes('=') && flag.startsWith('--') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case '--port':
        o.port = integer(name, value(), 0, 65_535);
        break;
      case '--data':
        o.dataFile = value() ?? ':memory:';
        break;
      case '--taxpayers':
        o.taxpayers = integer(name, value(), 0, 5_000_000);
        break;
      case '--seed':
        o.seed = integer(name, value(), 0, 2 ** 31 - 1);
        break;
      case '--faults':
        o.faults = { ...o.faults, ...parseFaultSpec(value() ?? '') };
        break;
      case '--office': {
        const code = value();
        if (!code || !/^\d{4}$/.test(code)) throw new RangeError(`--office: expected 4 digits, got ${code ?? '(nothing)'}`);
        o.office = code;
        break;
      }
      case '--workstations':
        o.workstations = integer(name, value(), 0, 99);
        break;
      case '--applications':
        o.applications = integer(name, value(), 0, 10_000);
        break;
      case '--admin-token':
        o.adminToken = value() ?? null;
        break;
      case '--help':
      case '-h':
        throw new HelpRequested();
      default:
        throw new RangeError(`unknown option ${flag}`);
    }
  }
  return o;
}

export class HelpRequested extends Error {
  constructor() {
    super(usage);
  }
}
