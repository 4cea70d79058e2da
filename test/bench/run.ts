// `npm run bench [-- <name filter>]`: runs the benchmarks whose name contains the filter,
// prints a table and writes test-output/bench.json. Exit code 1 if a target is not met.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreBenchmarks } from './core.bench';
import { documentBenchmarks } from './documents.bench';
import { intakeBenchmarks } from './intake.bench';
import { processingBenchmarks } from './processing.bench';
import { syncBenchmarks } from './sync.bench';
import { checkTargets, printTable, type BenchEntry, type Benchmark } from './harness';

const all: Benchmark[] = [...coreBenchmarks, ...intakeBenchmarks, ...processingBenchmarks, ...documentBenchmarks, ...syncBenchmarks];

async function main(): Promise<void> {
  const filter = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
  const selected = all.filter((b) => b.name.includes(filter));
  if (selected.length === 0) {
    console.error(`No benchmark matches "${filter}". Known: ${all.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const entries: BenchEntry[] = [];
  for (const bench of selected) {
    process.stdout.write(`running ${bench.name} — ${bench.description}…\n`);
    const { targets, ...result } = await bench.run();
    entries.push(checkTargets({ name: bench.name, ...result }, targets));
  }
  console.log('');
  printTable(entries);
  const out = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, entries }, null, 2));
  console.log(`\nwritten: test-output/bench.json`);
  if (entries.some((e) => !e.met)) process.exitCode = 1;
}

void main();
