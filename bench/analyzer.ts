// The analyzer against compromise's own parse of the same text, in one process (compromise/two, the build the
// rules use), plus the keystroke case: re-analysing a draft after a one-character edit.
import nlp from 'compromise/two';
import { analyzePost, clearAnalysisCache } from '../lib/analysis';
import { draftOf } from './texts';
import { measure, ms, type Timing } from './stats';

export interface AnalyzerBench {
  sizes: { chars: number; analyzer: Timing; compromise: Timing; ratio: number }[];
  growth: number;
  keystroke: { full: Timing; edit: Timing; ratio: number };
}

export function benchAnalyzer(): AnalyzerBench {
  analyzePost(draftOf(3000)); // warm the JIT on both sides
  nlp(draftOf(3000));
  const sizes = [280, 3000, 30000].map((chars) => {
    const text = draftOf(chars);
    const analyzer = measure(() => {
      clearAnalysisCache();
      analyzePost(text);
    }, chars > 10000 ? 10 : 30);
    const compromise = measure(() => nlp(text).json(), chars > 10000 ? 10 : 30);
    return { chars, analyzer, compromise, ratio: analyzer.median / compromise.median };
  });
  // Linearity on the same words: the 30,000-character text against its own ten 3,000-character slices
  // (different posts cost different amounts, so comparing with another 3,000-character text would mislead).
  const long = draftOf(30000);
  const slices = Array.from({ length: 10 }, (_, i) => long.slice(i * 3000, (i + 1) * 3000));
  const sliceTotal = slices.reduce(
    (sum, slice) =>
      sum +
      measure(() => {
        clearAnalysisCache();
        analyzePost(slice);
      }, 10, 200).median,
    0,
  );
  const growth = sizes[2]!.analyzer.median / (sliceTotal / 10);

  // The coach re-runs on every keystroke: type one character in the middle of a 3,000-character draft.
  const draft = draftOf(3000);
  const middle = draft.indexOf(' ', 1500);
  let n = 0;
  const full = measure(() => {
    clearAnalysisCache();
    analyzePost(draft);
  });
  clearAnalysisCache();
  analyzePost(draft);
  const edit = measure(() => {
    const letter = String.fromCharCode(97 + (n++ % 26));
    analyzePost(draft.slice(0, middle) + letter + draft.slice(middle));
  });
  return { sizes, growth, keystroke: { full, edit, ratio: edit.median / full.median } };
}

export function formatAnalyzerBench(b: AnalyzerBench): string {
  const lines = ['| text | analyzer median | analyzer p95 | compromise parse median | ratio |', '|---|---|---|---|---|'];
  for (const s of b.sizes) lines.push(`| ${s.chars.toLocaleString('en')} chars | ${ms(s.analyzer.median)} ms | ${ms(s.analyzer.p95)} ms | ${ms(s.compromise.median)} ms | ${s.ratio.toFixed(2)}× |`);
  lines.push('', `Growth 3,000 → 30,000 chars (the 30,000-char text against the mean of its ten 3,000-char slices): ${b.growth.toFixed(1)}× (goal ≤ 12×)`);
  lines.push(`One-character edit in a 3,000-char draft: ${ms(b.keystroke.edit.median)} ms median, ${ms(b.keystroke.edit.p95)} ms p95, ${b.keystroke.ratio.toFixed(3)}× a full analysis of ${ms(b.keystroke.full.median)} ms (goal ≤ 0.2×)`);
  return lines.join('\n');
}
