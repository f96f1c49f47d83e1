// The analyzer side by side with write-good (the fastest local checker a user might run on every keystroke),
// in one process, on the same texts, as main-thread CPU time per call. The two are measured in alternating
// blocks so that a busy moment on the shared machine hurts both alike. The thread's CPU clock ticks in
// milliseconds, so each block times many calls and divides.
import { createRequire } from 'node:module';
import { analyzePost, clearAnalysisCache } from '../lib/analysis';
import { draftOf } from './texts';
import { ms, type Timing } from './stats';

// write-good breaks in a strict ESM bundle (an undeclared variable): load it as CommonJS.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

const cpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU time per call of `fn` over `calls` calls, as one block. */
function block(calls: number, fn: (i: number) => void): number {
  const t0 = cpuMs();
  for (let i = 0; i < calls; i++) fn(i);
  return (cpuMs() - t0) / calls;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

/** Alternating blocks of the analyzer (cold: no cached sentences) and write-good on the same texts. */
function sideBySide(texts: string[], blocks: number): { analyzer: Timing; writeGood: Timing } {
  const cold = (i: number) => {
    clearAnalysisCache();
    analyzePost(texts[i % texts.length]!);
  };
  const wg = (i: number) => writeGood(texts[i % texts.length]!);
  const a: number[] = [];
  const w: number[] = [];
  for (let b = 0; b < blocks; b++) {
    a.push(block(texts.length, cold));
    w.push(block(texts.length, wg));
  }
  return { analyzer: timing(a), writeGood: timing(w) };
}

export interface AnalyzerBench {
  sizes: { chars: number; texts: number; analyzer: Timing; writeGood: Timing; ratio: number }[];
  growth: number;
  keystroke: { full: Timing; edit: Timing; ratio: number };
}

export function benchAnalyzer(): AnalyzerBench {
  // Warm the JIT on both sides.
  for (let i = 0; i < 20; i++) {
    clearAnalysisCache();
    analyzePost(draftOf(3000, i));
    writeGood(draftOf(3000, i));
  }
  const sizes = (
    [
      [280, 60, 15],
      [3000, 20, 15],
      [30000, 3, 9],
    ] as const
  ).map(([chars, count, blocks]) => {
    // Different posts cost different amounts: each size runs over many texts, each starting at another post.
    const texts = Array.from({ length: count }, (_, i) => draftOf(chars, i * 7));
    const { analyzer, writeGood: wg } = sideBySide(texts, blocks);
    return { chars, texts: count, analyzer, writeGood: wg, ratio: analyzer.median / wg.median };
  });

  // Linearity on the same words: the 30,000-character text against its own ten 3,000-character slices.
  const long = draftOf(30000);
  const slices = Array.from({ length: 10 }, (_, i) => long.slice(i * 3000, (i + 1) * 3000));
  const sliceMean = timing(
    Array.from({ length: 9 }, () =>
      block(10, (i) => {
        clearAnalysisCache();
        analyzePost(slices[i]!);
      }),
    ),
  ).median;
  const wholeTimes = Array.from({ length: 9 }, () =>
    block(1, () => {
      clearAnalysisCache();
      analyzePost(long);
    }),
  );
  const growth = timing(wholeTimes).median / sliceMean;

  // The coach re-runs on every keystroke: new words typed at the end of a 3,000-character draft, one character
  // at a time (new text, so the sentence being typed is never in the cache).
  const drafts = Array.from({ length: 8 }, (_, i) => draftOf(3000, 40 + i * 11));
  const typed = draftOf(600, 150).replace(/\n+/g, ' ');
  const full: number[] = [];
  const edit: number[] = [];
  for (const draft of drafts) {
    full.push(
      block(5, () => {
        clearAnalysisCache();
        analyzePost(draft);
      }),
    );
    clearAnalysisCache();
    analyzePost(draft);
    const base = draft.trimEnd() + ' ';
    for (let from = 0; from + 50 <= typed.length; from += 50) edit.push(block(50, (i) => analyzePost(base + typed.slice(0, from + i + 1))));
  }
  const fullT = timing(full);
  const editT = timing(edit);
  return { sizes, growth, keystroke: { full: fullT, edit: editT, ratio: editT.median / fullT.median } };
}

export function formatAnalyzerBench(b: AnalyzerBench): string {
  const lines = [
    '| text | analyzer median | analyzer p95 | write-good median | write-good p95 | analyzer / write-good |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of b.sizes) {
    lines.push(`| ${s.chars.toLocaleString('en')} chars (${s.texts} texts) | ${ms(s.analyzer.median)} ms | ${ms(s.analyzer.p95)} ms | ${ms(s.writeGood.median)} ms | ${ms(s.writeGood.p95)} ms | ${s.ratio.toFixed(2)}× |`);
  }
  lines.push('', 'Main-thread CPU time per call (`process.threadCpuUsage`), the two checkers in alternating blocks, cold analyzer cache.');
  lines.push('', `Growth 3,000 → 30,000 chars (the 30,000-char text against the mean of its ten 3,000-char slices): ${b.growth.toFixed(1)}× (goal ≤ 12×)`);
  lines.push(
    `Typing new text at the end of a 3,000-char draft: ${ms(b.keystroke.edit.median)} ms per keystroke (median of 50-keystroke blocks, p95 ${ms(b.keystroke.edit.p95)} ms), ${b.keystroke.ratio.toFixed(3)}× a full analysis of ${ms(b.keystroke.full.median)} ms (goal ≤ 0.1×)`,
  );
  return lines.join('\n');
}
