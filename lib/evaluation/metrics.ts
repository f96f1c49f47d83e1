import type { Finding, Verdict } from '../analysis/types';

export type Label = Exclude<Verdict, 'none'>;
export const LABELS: readonly Label[] = ['conversation', 'broadcast', 'hard-sell'];

export interface LabelledPost {
  id: string;
  label: Label;
  text: string;
  phrases?: string[];
}

export interface PerLabel {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  total: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<Label, PerLabel>;
  /** confusion[expected][predicted] */
  confusion: Record<Label, Record<Verdict, number>>;
  /** Share of the labelled pushy or one-way phrases that a finding overlaps. */
  phraseCoverage: number;
  /** The same, for the phrases of hard-sell posts only: the pushy ones. */
  pushyCoverage: number;
  misses: { id: string; expected: Label; got: Verdict }[];
  uncoveredPhrases: { id: string; phrase: string }[];
}

/** Scores predictions against labels: precision, recall and F1 per verdict, macro-F1, phrase coverage. */
export function evaluate<P extends LabelledPost>(posts: P[], predict: (text: string, post: P) => { verdict: Verdict; findings: Finding[] }): Evaluation {
  const confusion = Object.fromEntries(LABELS.map((l) => [l, { conversation: 0, broadcast: 0, 'hard-sell': 0, none: 0 }])) as Record<Label, Record<Verdict, number>>;
  const misses: Evaluation['misses'] = [];
  const uncoveredPhrases: Evaluation['uncoveredPhrases'] = [];
  let phrases = 0;
  let covered = 0;
  let pushy = 0;
  let pushyCovered = 0;
  for (const post of posts) {
    const result = predict(post.text, post);
    confusion[post.label][result.verdict]++;
    if (result.verdict !== post.label) misses.push({ id: post.id, expected: post.label, got: result.verdict });
    if (post.label === 'conversation') continue;
    for (const phrase of post.phrases ?? []) {
      const at = post.text.indexOf(phrase);
      if (at < 0) continue;
      phrases++;
      if (post.label === 'hard-sell') pushy++;
      const end = at + phrase.length;
      if (result.findings.some((f) => f.category !== 'conversation' && f.start < end && f.end > at)) {
        covered++;
        if (post.label === 'hard-sell') pushyCovered++;
      } else uncoveredPhrases.push({ id: post.id, phrase });
    }
  }
  const perLabel = {} as Record<Label, PerLabel>;
  for (const label of LABELS) {
    const tp = confusion[label][label];
    const predicted = LABELS.reduce((sum, l) => sum + confusion[l][label], 0);
    const support = LABELS.reduce((sum, v) => sum + confusion[label][v], 0) + confusion[label].none;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    perLabel[label] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const correct = LABELS.reduce((sum, l) => sum + confusion[l][l], 0);
  return {
    total: posts.length,
    accuracy: posts.length ? correct / posts.length : 0,
    macroF1: LABELS.reduce((sum, l) => sum + perLabel[l].f1, 0) / LABELS.length,
    perLabel,
    confusion,
    phraseCoverage: phrases ? covered / phrases : 1,
    pushyCoverage: pushy ? pushyCovered / pushy : 1,
    misses,
    uncoveredPhrases,
  };
}
