// The textual form of a fault configuration, for `npm run central -- --faults …`:
//   drop=0.1,hang=0.02:5000,lost=0.05,5xx=0.05,delay=0.2:100-2000,dup=0.1,reorder=0.1:500,
//   stale=0.05,truncate=0.05,skew=+3h,only=push+pull
// (probability[:parameter]; skew in ms or with h/m/s; `only` limits the endpoints).
import { endpoints, type Endpoint, type FaultConfig } from './faults';

const aliases: Record<string, keyof FaultConfig> = {
  drop: 'drop',
  hang: 'hang',
  lost: 'lostReply',
  lostReply: 'lostReply',
  '5xx': 'error5xx',
  error5xx: 'error5xx',
  delay: 'delay',
  dup: 'duplicate',
  duplicate: 'duplicate',
  reorder: 'reorder',
  stale: 'stalePage',
  stalePage: 'stalePage',
  truncate: 'truncate',
};

function probability(name: string, text: string): number {
  const p = Number(text);
  if (text.trim() === '' || !(p >= 0 && p <= 1)) throw new RangeError(`--faults ${name}: probability must be 0…1, got "${text}"`);
  return p;
}

function milliseconds(name: string, text: string): number {
  const match = /^([+-]?\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new RangeError(`--faults ${name}: expected a duration like 500, 30s, 5m, +3h, got "${text}"`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[match[2] ?? 'ms'] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

export function parseFaultSpec(spec: string): Partial<FaultConfig> {
  const out: Partial<FaultConfig> = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new RangeError(`--faults: expected name=value, got "${part}"`);
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 'skew') {
      out.clockSkewMs = milliseconds(name, value);
      continue;
    }
    if (name === 'seed') {
      out.seed = Number.parseInt(value, 10);
      continue;
    }
    if (name === 'only') {
      const list = value.split('+').map((e) => e.trim());
      for (const e of list) if (!(endpoints as readonly string[]).includes(e)) throw new RangeError(`--faults only: unknown endpoint "${e}"`);
      out.endpoints = list as Endpoint[];
      continue;
    }
    const key = aliases[name];
    if (key === undefined) throw new RangeError(`--faults: unknown fault "${name}" (known: ${Object.keys(aliases).join(', ')}, skew, only, seed)`);
    const [p, param] = value.split(':') as [string, string | undefined];
    (out as Record<string, unknown>)[key] = probability(name, p);
    if (param === undefined) continue;
    if (key === 'delay') {
      const [lo, hi] = param.split('-');
      const min = milliseconds(name, lo ?? '');
      out.delayMs = [min, hi === undefined ? min : milliseconds(name, hi)];
    } else if (key === 'hang') out.hangMs = milliseconds(name, param);
    else if (key === 'reorder') out.reorderMs = milliseconds(name, param);
    else throw new RangeError(`--faults ${name}: takes no parameter`);
  }
  return out;
}
