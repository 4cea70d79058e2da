// Benchmark harness for `npm run bench`: timing samples, percentiles, targets, a printed table
// and test-output/bench.json. Targets live here, never in unit tests.
import { readFileSync } from 'node:fs';

export type Stat = 'median' | 'p95' | 'p99' | 'ratio' | 'throughput' | 'peakMb';

export interface Target {
  stat: Stat;
  op: '<' | '<=' | '>=';
  value: number;
}

export interface BenchEntry {
  name: string;
  unit: string;
  median: number;
  p95: number;
  p99: number;
  samples: number;
  /** Median of this benchmark divided by the median of its bare baseline, measured in the same run. */
  ratio: number | null;
  baseline: string | null;
  throughput?: number;
  peakMb?: number;
  targets: (Target & { met: boolean; actual: number })[];
  met: boolean;
}

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<Omit<BenchEntry, 'name' | 'met' | 'targets'> & { targets: Target[] }>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Samples {
  median: number;
  p95: number;
  p99: number;
  samples: number;
}

export function summarize(values: number[]): Samples {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), samples: sorted.length };
}

/** Times `fn` `iterations` times after `warmup` untimed runs; milliseconds per call. */
export async function time(fn: () => unknown, iterations: number, warmup = Math.ceil(iterations / 10)): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await fn();
  const values: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    values.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(values);
}

export function checkTargets(entry: Omit<BenchEntry, 'met' | 'targets'>, targets: Target[]): BenchEntry {
  const checked = targets.map((t) => {
    const actual = t.stat === 'ratio' ? (entry.ratio ?? NaN) : t.stat === 'throughput' ? (entry.throughput ?? NaN) : t.stat === 'peakMb' ? (entry.peakMb ?? NaN) : entry[t.stat];
    const met = t.op === '<' ? actual < t.value : t.op === '<=' ? actual <= t.value : actual >= t.value;
    return { ...t, actual, met };
  });
  return { ...entry, targets: checked, met: checked.every((t) => t.met) };
}

const fmt = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

export function printTable(entries: BenchEntry[]): void {
  const rows = entries.map((e) => [
    e.name,
    e.unit,
    fmt(e.median),
    fmt(e.p95),
    fmt(e.p99),
    e.ratio === null ? '—' : `${fmt(e.ratio)}×`,
    e.targets.map((t) => `${t.stat} ${t.op} ${t.value}`).join(', ') || '—',
    e.met ? 'met' : 'NOT MET',
  ]);
  const header = ['benchmark', 'unit', 'median', 'p95', 'p99', 'ratio', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

/**
 * This process's peak resident memory in MB. On Linux it is VmHWM: `ru_maxrss` of a spawned
 * process starts at its parent's resident size (fork copies it and exec keeps the larger), so a
 * child of a bench holding a large fixture would report the parent's memory as its own.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
