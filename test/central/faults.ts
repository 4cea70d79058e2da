// Fault injection for the simulator, switchable per run and while running: each fault has a
// probability, and one seeded generator rolls every die for every protocol request in a fixed
// order (one roll per fault type, whatever the outcome), so the same seed and the same request
// order replay the same faults. The clock skew is not a die: it shifts the central clock.
import { seededRandom } from './prng';

export const endpoints = ['push', 'pull', 'lease'] as const;
export type Endpoint = (typeof endpoints)[number];

export interface FaultConfig {
  seed: number;
  /** Endpoints the dice apply to. */
  endpoints: Endpoint[];
  /** Read the request, then destroy the connection without processing it. */
  drop: number;
  /** Never answer: the connection stays open until the client gives up (or `hangMs` passes). */
  hang: number;
  hangMs: number;
  /** Process the request, then destroy the connection: the answer is lost. */
  lostReply: number;
  /** Answer 500/502/503 without processing. */
  error5xx: number;
  /** Wait `delayMs` (a uniform draw between the two bounds) before processing. */
  delay: number;
  delayMs: [number, number];
  /** Process a push or lease twice (a duplicated delivery) and send the second answer. */
  duplicate: number;
  /** Hold the request until the next request of the same workstation has been processed (or `reorderMs` passes). */
  reorder: number;
  reorderMs: number;
  /** Answer a pull with this workstation's previous pull answer again (a late, out-of-order page). */
  stalePage: number;
  /** Process, then send only the first half of the answer body and end the response cleanly. */
  truncate: number;
  /** Offset of the central clock (serverTime, lease expiry, timestamps), in milliseconds. */
  clockSkewMs: number;
}

export const noFaults = (seed = 1): FaultConfig => ({
  seed,
  endpoints: [...endpoints],
  drop: 0,
  hang: 0,
  hangMs: 30_000,
  lostReply: 0,
  error5xx: 0,
  delay: 0,
  delayMs: [50, 500],
  duplicate: 0,
  reorder: 0,
  reorderMs: 1_000,
  stalePage: 0,
  truncate: 0,
  clockSkewMs: 0,
});

export const dieNames = ['drop', 'hang', 'error5xx', 'delay', 'reorder', 'duplicate', 'stalePage', 'lostReply', 'truncate'] as const;
export type FaultName = (typeof dieNames)[number];

/** What happens to one request. */
export interface FaultPlan {
  /** Before processing: at most one of these ends the request. */
  drop: boolean;
  hang: boolean;
  error5xx: 500 | 502 | 503 | null;
  delayMs: number;
  reorder: boolean;
  /** After processing. */
  duplicate: boolean;
  stalePage: boolean;
  lostReply: boolean;
  truncate: boolean;
}

export const cleanPlan = (): FaultPlan => ({
  drop: false,
  hang: false,
  error5xx: null,
  delayMs: 0,
  reorder: false,
  duplicate: false,
  stalePage: false,
  lostReply: false,
  truncate: false,
});

export function planNames(plan: FaultPlan): FaultName[] {
  const names: FaultName[] = [];
  if (plan.drop) names.push('drop');
  if (plan.hang) names.push('hang');
  if (plan.error5xx !== null) names.push('error5xx');
  if (plan.delayMs > 0) names.push('delay');
  if (plan.reorder) names.push('reorder');
  if (plan.duplicate) names.push('duplicate');
  if (plan.stalePage) names.push('stalePage');
  if (plan.lostReply) names.push('lostReply');
  if (plan.truncate) names.push('truncate');
  return names;
}

export class FaultDice {
  private config: FaultConfig;
  private rnd: () => number;

  constructor(config: FaultConfig) {
    validate(config);
    this.config = { ...config };
    this.rnd = seededRandom(config.seed);
  }

  /** The clock offset, read on every use of the central clock. */
  get clockSkewMs(): number {
    return this.config.clockSkewMs;
  }

  get current(): FaultConfig {
    return { ...this.config, endpoints: [...this.config.endpoints], delayMs: [...this.config.delayMs] };
  }

  /** Changes the configuration; a new seed restarts the generator (to replay a run). */
  update(patch: Partial<FaultConfig>): FaultConfig {
    const reseed = patch.seed !== undefined && patch.seed !== this.config.seed;
    this.config = { ...this.config, ...patch };
    validate(this.config);
    if (reseed) this.rnd = seededRandom(this.config.seed);
    return this.current;
  }

  /** Rolls every die once (always the same number of draws per request). */
  roll(endpoint: Endpoint): FaultPlan {
    const c = this.config;
    const draws = dieNames.map(() => this.rnd());
    const extra = [this.rnd(), this.rnd()];
    if (!c.endpoints.includes(endpoint)) return cleanPlan();
    const hit = (name: FaultName): boolean => (draws[dieNames.indexOf(name)] ?? 1) < c[name];
    const plan = cleanPlan();
    if (hit('drop')) plan.drop = true;
    else if (hit('hang')) plan.hang = true;
    else if (hit('error5xx')) plan.error5xx = ([500, 502, 503] as const)[Math.floor((extra[0] ?? 0) * 3)] ?? 503;
    if (plan.drop || plan.hang || plan.error5xx !== null) return plan;
    if (hit('delay')) plan.delayMs = Math.round(c.delayMs[0] + (extra[1] ?? 0) * (c.delayMs[1] - c.delayMs[0]));
    plan.reorder = hit('reorder');
    plan.duplicate = hit('duplicate') && endpoint !== 'pull';
    plan.stalePage = hit('stalePage') && endpoint === 'pull';
    plan.lostReply = hit('lostReply');
    plan.truncate = !plan.lostReply && hit('truncate');
    return plan;
  }
}

const probabilities = ['drop', 'hang', 'lostReply', 'error5xx', 'delay', 'duplicate', 'reorder', 'stalePage', 'truncate'] as const;

export function validate(c: FaultConfig): void {
  for (const name of probabilities) {
    const p = c[name];
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`fault ${name}: probability must be 0…1, got ${String(p)}`);
  }
  if (!Number.isInteger(c.seed)) throw new RangeError(`seed must be an integer, got ${c.seed}`);
  if (!(c.delayMs[0] >= 0 && c.delayMs[1] >= c.delayMs[0])) throw new RangeError(`delayMs must be [min, max] with 0 ≤ min ≤ max`);
  if (!(c.hangMs >= 0) || !(c.reorderMs >= 0)) throw new RangeError('hangMs and reorderMs must be ≥ 0');
  if (!Number.isFinite(c.clockSkewMs)) throw new RangeError('clockSkewMs must be a number');
  for (const e of c.endpoints) if (!endpoints.includes(e)) throw new RangeError(`unknown endpoint ${e}`);
}
