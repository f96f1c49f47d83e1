import type { Sensitivity } from '../types';

/** What `npm run fit` writes back into the rules: a weight per rule id and the verdict's thresholds. */
export interface Fitted {
  /** Points one finding of the rule adds to its category's score. */
  weights: Record<string, number>;
  /**
   * Hard sell: the post's hard-sell points (with at least one commercial finding) reach `threshold`;
   * a message in a personal voice ("I", "lol", no business "we") needs `personalVoice` more, a reply to
   * one person `reply` more.
   */
  hardSell: { threshold: Record<Sensitivity, number>; personalVoice: number; reply: number };
  /** Conversation: the post's conversation points reach `threshold`. */
  conversation: { threshold: Record<Sensitivity, number> };
  /** How the fit was made and how well its scores are calibrated (printed into the README). */
  report?: FitReport;
}

export interface FitReport {
  corpora: string[];
  posts: number;
  /** Personal messages in the hard-sell model as posts that are not hard sells. */
  personal?: number;
  l2: number;
  /** Log-odds per point: how sharply the score turns into a probability. */
  scale: number;
  /** Cross-validated reliability: per bin of predicted probability, how many posts and how many were positive. */
  calibration: Record<'hardSell' | 'conversation', { bin: string; posts: number; predicted: number; observed: number }[]>;
  brier: Record<'hardSell' | 'conversation', number>;
}
