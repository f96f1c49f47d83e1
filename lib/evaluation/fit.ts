// How `npm run fit` turns labelled posts into the verdict's weights and thresholds. Pure: posts in,
// numbers out; scripts/fit.ts reads the corpora and writes lib/analysis/rules/fitted.ts.
//
// The verdict keeps the rubric's order, so there are two models, each a logistic regression over the
// rules' findings, in points:
//   hard sell:     log-odds = a · (Σ weight·finding − personal margin·[personal voice] − reply margin·[reply] − threshold),
//                  over the posts with a commercial finding (without one, the verdict never says hard sell);
//                  the personal messages, which no one would call a pitch, are in it as posts that are not hard sell
//   conversation:  log-odds = a · (Σ weight·finding − threshold), among posts that are not hard sell, where
//                  each opening rule's weight is the threshold plus a part ≥ 0: by the rubric, one real
//                  opening for the reader (a question, a reply, thanks…) is enough for a conversation
// A finding counts 1, 1.25, 1.5 for one, two, three or more hits of its rule (as in the analyzer).
// A third model gives the broadcast habits their weights (broadcast against conversation); it only
// sizes the broadcast score, the verdict does not use it. Every parameter is pulled toward its prior
// (the rule's hand-set weight) by L2, so a rule the tuning posts rarely show keeps its prior; rule
// weights cannot go below 0. The scale a and the L2 strength are chosen by 5-fold cross-validation
// (folds by a hash of the post id), and the reported calibration is out of fold.
import { createHash } from 'node:crypto';
import { findRuleHits, repeatFactor, verdictFrom, voiceOf, type Voice } from '../analysis/analyze';
import { allRules } from '../analysis/rules';
import type { Category, RuleSpec, Sensitivity, Verdict } from '../analysis/types';
import type { Fitted, FitReport } from '../analysis/rules/fitted-types';
import { fitLogistic, logLoss, sigmoid, type LogisticProblem } from './logistic';
import type { Label, LabelledPost } from './metrics';

/** The probability at which each sensitivity calls a post hard sell. */
export const SENSITIVITY_PROBABILITY: Record<Sensitivity, number> = { gentle: 0.8, standard: 0.5, strict: 0.2 };
/** Prior thresholds and margins: the hand-set values the fit starts from. */
export const PRIOR_THRESHOLD = { hardSell: 2, conversation: 2, broadcast: 2, personalVoice: 1.5, reply: 5 };
export const SCALES = [1, 1.5, 2, 3];
export const L2S = [0.25, 0.5, 1, 2, 4];
const FOLDS = 5;

export interface PostFeatures {
  id: string;
  /** null for a personal message: not a hard sell, its other label unknown. */
  label: Label | null;
  source?: string;
  /** Per rule id: 0, or 1 / 1.25 / 1.5 for one, two, three or more hits. */
  findings: Map<string, number>;
  voice: Voice;
}

export function featuresOf(post: { id: string; text: string; label: Label | null; source?: string }): PostFeatures {
  const found = findRuleHits(post.text);
  const counts = new Map<string, number>();
  for (const h of found?.hits ?? []) counts.set(h.rule, (counts.get(h.rule) ?? 0) + 1);
  const findings = new Map([...counts].map(([id, n]) => [id, repeatFactor(n)]));
  return { id: post.id, label: post.label, source: post.source, findings, voice: found ? voiceOf(found.text, found.hits) : { personal: false, reply: false } };
}

interface ModelSpec {
  rules: RuleSpec[];
  /** Whether the post is in this model's data, and whether it is a positive. */
  include: (p: PostFeatures) => boolean;
  positive: (p: PostFeatures) => boolean;
  threshold: number;
  /** The hard-sell model's margins for a personal voice and a reply. */
  margins: boolean;
  /** Rules whose weight is the threshold plus a part ≥ 0 (the conversation model's openings). */
  atLeastThreshold: (rule: RuleSpec) => boolean;
}

const byCategory = (category: Category) => allRules.filter((r) => r.category === category);
const commercialIds = new Set(allRules.filter((r) => r.commercial).map((r) => r.id));
const hasCommercial = (p: PostFeatures) => [...p.findings.keys()].some((id) => commercialIds.has(id));

export const MODELS: Record<'hardSell' | 'conversation' | 'broadcast', ModelSpec> = {
  hardSell: {
    rules: byCategory('hard-sell'),
    include: hasCommercial,
    positive: (p) => p.label === 'hard-sell',
    threshold: PRIOR_THRESHOLD.hardSell,
    margins: true,
    atLeastThreshold: () => false,
  },
  conversation: {
    rules: byCategory('conversation'),
    include: (p) => p.label !== null && p.label !== 'hard-sell',
    positive: (p) => p.label === 'conversation',
    threshold: PRIOR_THRESHOLD.conversation,
    margins: false,
    atLeastThreshold: (r) => r.opening === true,
  },
  broadcast: {
    rules: byCategory('broadcast'),
    include: (p) => p.label !== null && p.label !== 'hard-sell',
    positive: (p) => p.label === 'broadcast',
    threshold: PRIOR_THRESHOLD.broadcast,
    margins: false,
    atLeastThreshold: () => false,
  },
};

/** Parameters: one per rule (its weight, or for an opening its part above the threshold), then the margins (hard sell only), then the threshold. */
function problem(model: ModelSpec, posts: PostFeatures[], scale: number, l2: number): LogisticProblem {
  const data = posts.filter(model.include);
  const f = (p: PostFeatures, r: RuleSpec) => p.findings.get(r.id) ?? 0;
  return {
    design: data.map((p) => [
      ...model.rules.map((r) => scale * f(p, r)),
      ...(model.margins ? [-scale * (p.voice.personal ? 1 : 0), -scale * (p.voice.reply ? 1 : 0)] : []),
      scale * (model.rules.filter(model.atLeastThreshold).reduce((s, r) => s + f(p, r), 0) - 1),
    ]),
    labels: data.map((p) => (model.positive(p) ? 1 : 0)),
    prior: [...model.rules.map((r) => (model.atLeastThreshold(r) ? 0 : r.prior)), ...(model.margins ? [PRIOR_THRESHOLD.personalVoice, PRIOR_THRESHOLD.reply] : []), model.threshold],
    // A rule that fires always counts a little: a weight of 0 would make its finding a note with no say.
    lower: [...model.rules.map((r) => (model.atLeastThreshold(r) ? 0 : 0.1)), ...(model.margins ? [0, 0] : []), -Infinity],
    l2,
  };
}

/** A post's fold, from a hash of its id: the same post is always in the same fold. */
export function foldOf(id: string): number {
  return createHash('sha256').update(`muffin-fit:${id}`).digest().readUInt32BE(0) % FOLDS;
}

type Prediction = { probability: number; label: number };

/** Out-of-fold predicted probabilities and labels for one model (posts outside the model's data count as predicted 0). */
function crossValidate(model: ModelSpec, posts: PostFeatures[], scale: number, l2: number, everyPost = false): Prediction[] {
  const out: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = problem(model, posts.filter((p) => foldOf(p.id) !== fold), scale, l2);
    const test = problem(model, posts.filter((p) => foldOf(p.id) === fold), scale, l2);
    const theta = fitLogistic(train);
    test.design.forEach((row, i) => out.push({ probability: sigmoid(row.reduce((s, d, j) => s + d * theta[j]!, 0)), label: test.labels[i]! }));
    if (everyPost) {
      for (const p of posts.filter((q) => foldOf(q.id) === fold && !model.include(q) && q.label !== null)) out.push({ probability: 0, label: model.positive(p) ? 1 : 0 });
    }
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

function reliability(predictions: Prediction[]): FitReport['calibration']['hardSell'] {
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  return bins.slice(0, -1).map((from, b) => {
    const inBin = predictions.filter((p) => p.probability >= from && p.probability < bins[b + 1]!);
    const mean = (f: (p: Prediction) => number) => (inBin.length ? inBin.reduce((s, p) => s + f(p), 0) / inBin.length : 0);
    return { bin: `${from.toFixed(1)}–${Math.min(1, bins[b + 1]!).toFixed(1)}`, posts: inBin.length, predicted: round(mean((p) => p.probability)), observed: round(mean((p) => p.label)) };
  });
}

const brier = (predictions: Prediction[]) => Math.round((predictions.reduce((s, p) => s + (p.probability - p.label) ** 2, 0) / predictions.length) * 100000) / 100000;

export interface FitResult {
  fitted: Fitted;
  /** Cross-validated mean log-loss of the two verdict models, per (scale, L2) tried. */
  search: { scale: number; l2: number; loss: number }[];
}

/** The fitted numbers of the three models at one scale and L2. */
function fitAll(features: PostFeatures[], scale: number, l2: number): Omit<Fitted, 'report'> {
  const weights: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  const margins = { personalVoice: PRIOR_THRESHOLD.personalVoice, reply: PRIOR_THRESHOLD.reply };
  for (const [name, model] of Object.entries(MODELS)) {
    const theta = fitLogistic(problem(model, features, scale, l2));
    const t = theta[theta.length - 1]!;
    model.rules.forEach((r, j) => (weights[r.id] = round(theta[j]! + (model.atLeastThreshold(r) ? t : 0))));
    if (model.margins) {
      margins.personalVoice = round(theta[model.rules.length]!);
      margins.reply = round(theta[model.rules.length + 1]!);
    }
    thresholds[name] = t;
  }
  const logit = (p: number) => Math.log(p / (1 - p));
  const at = (t: number) => Object.fromEntries(Object.entries(SENSITIVITY_PROBABILITY).map(([s, p]) => [s, round(t + logit(p) / scale)])) as Record<Sensitivity, number>;
  const t = round(thresholds.conversation!);
  return {
    weights,
    hardSell: { threshold: at(thresholds.hardSell!), ...margins },
    conversation: { threshold: { gentle: t, standard: t, strict: t } },
  };
}

/**
 * Fits the verdict on labelled posts (tuning corpora only) and on personal messages, which are known not
 * to be hard sells and enter the hard-sell model only.
 */
export function fitVerdict(posts: LabelledPost[], corpora: string[], personal: readonly string[] = []): FitResult {
  const features = [...posts.map((p) => featuresOf(p)), ...personal.map((text, i) => featuresOf({ id: `personal-${i}`, text, label: null }))];
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
  const hardSellCv = crossValidate(MODELS.hardSell, features, best.scale, best.l2, true);
  const conversationCv = crossValidate(MODELS.conversation, features, best.scale, best.l2);
  return {
    search,
    fitted: {
      ...fitAll(features, best.scale, best.l2),
      report: {
        corpora,
        posts: posts.length,
        personal: personal.length,
        l2: best.l2,
        scale: best.scale,
        calibration: { hardSell: reliability(hardSellCv), conversation: reliability(conversationCv) },
        brier: { hardSell: brier(hardSellCv), conversation: brier(conversationCv) },
      },
    },
  };
}

export interface SourceResult {
  source: string;
  posts: number;
  /** Verdicts right with the weights fitted on every tuning post, and with the weights fitted without this source. */
  within: { accuracy: number; hardSellRecall: number | null; conversationsCalledHardSell: number };
  without: { accuracy: number; hardSellRecall: number | null; conversationsCalledHardSell: number };
}

/**
 * Leave one source out: for each source of real posts, the verdict's weights fitted on every other tuning
 * post (at the scale and L2 of the full fit) judge that source's posts. Rules and their phrases stay as
 * they are; this measures whether the weights carry over to a source they did not see.
 */
export function leaveOneSourceOut(posts: (LabelledPost & { source?: string })[], personal: readonly string[], full: Fitted): SourceResult[] {
  const features = [...posts.map((p) => featuresOf(p)), ...personal.map((text, i) => featuresOf({ id: `personal-${i}`, text, label: null }))];
  const scale = full.report?.scale ?? 1.5;
  const l2 = full.report?.l2 ?? 1;
  const sources = [...new Set(posts.map((p) => p.source).filter((s): s is string => s !== undefined))].sort();
  const judge = (fitted: Fitted, list: PostFeatures[]) => {
    const verdicts: Verdict[] = list.map((p) => verdictFrom(fitted, p.findings, p.voice, 'standard').verdict);
    const sells = list.filter((p) => p.label === 'hard-sell');
    return {
      accuracy: round(list.filter((p, i) => verdicts[i] === p.label).length / list.length),
      hardSellRecall: sells.length ? round(sells.filter((p) => verdicts[list.indexOf(p)] === 'hard-sell').length / sells.length) : null,
      conversationsCalledHardSell: list.filter((p, i) => p.label === 'conversation' && verdicts[i] === 'hard-sell').length,
    };
  };
  return sources.map((source) => {
    const mine = features.filter((p) => p.source === source);
    const without = fitAll(
      features.filter((p) => p.source !== source),
      scale,
      l2,
    );
    return { source, posts: mine.length, within: judge(full, mine), without: judge(without, mine) };
  });
}
