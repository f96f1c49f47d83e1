// `npm run bench`: speed and size, measured (never asserted in tests). Prints Markdown for docs/benchmarks.md
// and says for each goal whether this run met it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalyzer, formatAnalyzerBench } from './analyzer';
import { ms } from './stats';

const root = join(import.meta.dirname, '..');
const { cpus, loadavg } = await import('node:os');
console.log(`# Muffin benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version})\n`);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' / ')}. ` +
    'Written by `npm run --silent bench > docs/benchmarks.md`; numbers move by ±20% between runs on a shared machine.\n',
);

const cold = JSON.parse(execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/cold.ts')], { encoding: 'utf8' }).trim().split('\n').pop()!);
console.log(`## Analyzer\n\nCold start in a fresh process: loading the analyzer (compromise/two and the rules) ${ms(cold.load)} ms, first call ${ms(cold.firstCall)} ms.\n`);
const analyzer = benchAnalyzer();
console.log(formatAnalyzerBench(analyzer));
const goals: [string, boolean][] = [
  ['analyzer ≤ 1.5× write-good (280 chars)', analyzer.sizes[0]!.ratio <= 1.5],
  ['analyzer ≤ 1.5× write-good (3,000 chars)', analyzer.sizes[1]!.ratio <= 1.5],
  ['growth 3,000 → 30,000 ≤ 12×', analyzer.growth <= 12],
  ['typing at the end of a draft ≤ 0.1× a full analysis', analyzer.keystroke.ratio <= 0.1],
];

// Other benchmark modules (history, extension size) register themselves as bench/*.bench.ts with a default export.
for (const file of readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const mod = await import(join(root, 'bench', file));
  if (typeof mod.default === 'function') {
    const result = await mod.default();
    if (result?.markdown) console.log(`\n${result.markdown}`);
    for (const goal of result?.goals ?? []) goals.push(goal);
  }
}

if (existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
  const { statSync } = await import('node:fs');
  const dir = join(root, '.output/chrome-mv3/content-scripts');
  if (existsSync(dir)) {
    console.log('\n## Extension bundle (last `npm run build`)\n');
    for (const f of readdirSync(dir)) console.log(`- content-scripts/${f}: ${(statSync(join(dir, f)).size / 1024).toFixed(1)} kB`);
  }
}

console.log('\n## Goals\n');
for (const [goal, met] of goals) console.log(`- ${met ? 'met' : 'NOT met'}: ${goal}`);
