// How `npm run fit` turns labelled posts into the verdict's weights and thresholds. Pure: posts in,
// numbers out; scripts/fit.ts reads the corpora and writes lib/analysis/rules/fitted.ts.
//
// The verdict keeps the rubric's order, so there are two models, each a logistic regression over the
// rules' findings, in points:
//   hard sell:     log-odds = a · (Σ weight·finding − personal margin·[personal or one-to-one] − threshold)
//   conversation:  log-odds = a · (Σ weight·finding − threshold), among posts that are not hard sell
// A finding counts 1, 1.25, 1.5 for one, two, three or more hits of its rule (as in the analyzer).
// A third model gives the broadcast habits their weights (broadcast against conversation); it only
// sizes the broadcast score, the verdict does not use it. Every parameter is pulled toward its prior
// (the rule's hand-set weight) by L2, so a rule the tuning posts rarely show keeps its prior; rule
// weights cannot go below 0. The scale a and the L2 strength are chosen by 5-fold cross-validation
// (folds by a hash of the post id), and the reported calibration is out of fold.
import { createHash } from 'node:crypto';
import { findRuleHits, personalOrOneToOne, repeatFactor } from '../analysis/analyze';
import { allRules } from '../analysis/rules';
import type { Category, RuleSpec, Sensitivity } from '../analysis/types';
import type { Fitted, FitReport } from '../analysis/rules/fitted-types';
import { fitLogistic, logLoss, sigmoid, type LogisticProblem } from './logistic';
import type { LabelledPost } from './metrics';

/** The probability at which each sensitivity calls a post hard sell. */
export const SENSITIVITY_PROBABILITY: Record<Sensitivity, number> = { gentle: 0.8, standard: 0.5, strict: 0.2 };
/** Prior thresholds and margin: the hand-set values the fit starts from. */
export const PRIOR_THRESHOLD = { hardSell: 2, conversation: 2, broadcast: 2, personalVoice: 1.5 };
export const SCALES = [1, 1.5, 2, 3];
export const L2S = [0.25, 0.5, 1, 2, 4];
const FOLDS = 5;

export interface PostFeatures {
  id: string;
  label: LabelledPost['label'];
  /** Per rule id: 0, or 1 / 1.25 / 1.5 for one, two, three or more hits. */
  findings: Map<string, number>;
  personal: boolean;
}

export function featuresOf(post: LabelledPost): PostFeatures {
  const found = findRuleHits(post.text);
  const counts = new Map<string, number>();
  for (const h of found?.hits ?? []) counts.set(h.rule, (counts.get(h.rule) ?? 0) + 1);
  const findings = new Map([...counts].map(([id, n]) => [id, repeatFactor(n)]));
  return { id: post.id, label: post.label, findings, personal: found ? personalOrOneToOne(found.text, found.hits) : false };
}

interface ModelSpec {
  rules: RuleSpec[];
  /** Whether the post is in this model's data, and whether it is a positive. */
  include: (p: PostFeatures) => boolean;
  positive: (p: PostFeatures) => boolean;
  threshold: number;
  personal: boolean;
}

const byCategory = (category: Category) => allRules.filter((r) => r.category === category);

export const MODELS: Record<'hardSell' | 'conversation' | 'broadcast', ModelSpec> = {
  hardSell: { rules: byCategory('hard-sell'), include: () => true, positive: (p) => p.label === 'hard-sell', threshold: PRIOR_THRESHOLD.hardSell, personal: true },
  conversation: {
    rules: byCategory('conversation'),
    include: (p) => p.label !== 'hard-sell',
    positive: (p) => p.label === 'conversation',
    threshold: PRIOR_THRESHOLD.conversation,
    personal: false,
  },
  broadcast: {
    rules: byCategory('broadcast'),
    include: (p) => p.label !== 'hard-sell',
    positive: (p) => p.label === 'broadcast',
    threshold: PRIOR_THRESHOLD.broadcast,
    personal: false,
  },
};

/** Parameters: one weight per rule, then the personal margin (hard sell only), then the threshold. */
function problem(model: ModelSpec, posts: PostFeatures[], scale: number, l2: number): LogisticProblem {
  const data = posts.filter(model.include);
  return {
    design: data.map((p) => [
      ...model.rules.map((r) => scale * (p.findings.get(r.id) ?? 0)),
      ...(model.personal ? [-scale * (p.personal ? 1 : 0)] : []),
      -scale,
    ]),
    labels: data.map((p) => (model.positive(p) ? 1 : 0)),
    prior: [...model.rules.map((r) => r.prior), ...(model.personal ? [PRIOR_THRESHOLD.personalVoice] : []), model.threshold],
    lower: [...model.rules.map(() => 0), ...(model.personal ? [0] : []), -Infinity],
    l2,
  };
}

/** A post's fold, from a hash of its id: the same post is always in the same fold. */
export function foldOf(id: string): number {
  return createHash('sha256').update(`muffin-fit:${id}`).digest().readUInt32BE(0) % FOLDS;
}

/** Out-of-fold predicted probabilities and labels for one model. */
function crossValidate(model: ModelSpec, posts: PostFeatures[], scale: number, l2: number): { probability: number; label: number }[] {
  const out: { probability: number; label: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = problem(model, posts.filter((p) => foldOf(p.id) !== fold), scale, l2);
    const test = problem(model, posts.filter((p) => foldOf(p.id) === fold), scale, l2);
    const theta = fitLogistic(train);
    test.design.forEach((row, i) => out.push({ probability: sigmoid(row.reduce((s, d, j) => s + d * theta[j]!, 0)), label: test.labels[i]! }));
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

function reliability(predictions: { probability: number; label: number }[]): FitReport['calibration']['hardSell'] {
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  return bins.slice(0, -1).map((from, b) => {
    const inBin = predictions.filter((p) => p.probability >= from && p.probability < bins[b + 1]!);
    const mean = (f: (p: { probability: number; label: number }) => number) => (inBin.length ? inBin.reduce((s, p) => s + f(p), 0) / inBin.length : 0);
    return { bin: `${from.toFixed(1)}–${Math.min(1, bins[b + 1]!).toFixed(1)}`, posts: inBin.length, predicted: round(mean((p) => p.probability)), observed: round(mean((p) => p.label)) };
  });
}

const brier = (predictions: { probability: number; label: number }[]) => round((predictions.reduce((s, p) => s + (p.probability - p.label) ** 2, 0) / predictions.length) * 1000) / 1000;

export interface FitResult {
  fitted: Fitted;
  /** Cross-validated mean log-loss of the two verdict models, per (scale, L2) tried. */
  search: { scale: number; l2: number; loss: number }[];
}

/** Fits the verdict on labelled posts (tuning corpora only). */
export function fitVerdict(posts: LabelledPost[], corpora: string[]): FitResult {
  const features = posts.map(featuresOf);
  const search: FitResult['search'] = [];
  for (const scale of SCALES) {
    for (const l2 of L2S) {
      let loss = 0;
      for (const model of [MODELS.hardSell, MODELS.conversation]) {
        const cv = crossValidate(model, features, scale, l2);
        loss += logLoss(
          cv.map((p) => [Math.log(Math.max(1e-12, p.probability) / Math.max(1e-12, 1 - p.probability))]),
          cv.map((p) => p.label),
          [1],
        );
      }
      search.push({ scale, l2, loss: round(loss * 1000) / 1000 });
    }
  }
  const best = search.reduce((a, b) => (b.loss < a.loss ? b : a));
  const fitModel = (model: ModelSpec) => fitLogistic(problem(model, features, best.scale, best.l2));

  const weights: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  let personalVoice = PRIOR_THRESHOLD.personalVoice;
  for (const [name, model] of Object.entries(MODELS)) {
    const theta = fitModel(model);
    model.rules.forEach((r, j) => (weights[r.id] = round(theta[j]!)));
    if (model.personal) personalVoice = round(theta[model.rules.length]!);
    thresholds[name] = theta[theta.length - 1]!;
  }
  const logit = (p: number) => Math.log(p / (1 - p));
  const at = (t: number) => Object.fromEntries(Object.entries(SENSITIVITY_PROBABILITY).map(([s, p]) => [s, round(t + logit(p) / best.scale)])) as Record<Sensitivity, number>;
  const hardSellCv = crossValidate(MODELS.hardSell, features, best.scale, best.l2);
  const conversationCv = crossValidate(MODELS.conversation, features, best.scale, best.l2);
  const t = round(thresholds.conversation!);
  return {
    search,
    fitted: {
      weights,
      hardSell: { threshold: at(thresholds.hardSell!), personalVoice },
      conversation: { threshold: { gentle: t, standard: t, strict: t } },
      report: {
        corpora,
        posts: posts.length,
        l2: best.l2,
        scale: best.scale,
        calibration: { hardSell: reliability(hardSellCv), conversation: reliability(conversationCv) },
        brier: { hardSell: brier(hardSellCv), conversation: brier(conversationCv) },
      },
    },
  };
}
