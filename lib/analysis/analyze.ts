import type { Analysis, AnalyzeOptions, Category, Finding, RuleSpec, Scores, Sensitivity, Verdict } from './types';
import { allRules, customPhraseRule, ruleById } from './rules';
import { FITTED } from './rules/fitted';
import type { Fitted } from './rules/fitted-types';
import { sentenceIndexAt, splitSentences, type Span } from './sentences';
import { normalizeForMatching } from './normalize';
import { forgetLanguage, looksEnglish } from './language';
import { matchAll, phrasePattern, quotedSpans, trimHit, type RawHit } from './match';
import { compileRule, vocabularyTest, type CompiledRule } from './compile';
import type { VocabularyName } from './rules/vocabulary';
import { findImperatives } from './imperatives';
import { POST_CHECK_ORDER, postChecks, sentenceFacts, type SentenceFacts } from './post-checks';
import { questionFor } from './topic';
import { canDrop, suggestionFor } from './suggest';

const SENSITIVITY_RANK: Record<Sensitivity, number> = { gentle: 0, standard: 1, strict: 2 };

const QUESTION_END = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u;

/** Rules compiled on first use, so that pages which only list the rules never pay for it. */
interface Compiled {
  all: CompiledRule[];
  byId: Map<string, CompiledRule>;
  /** Rules whose phrases run on each sentence (or the opening one). */
  bySentence: CompiledRule[];
  /** Rules whose phrases may run across two sentences ("Great shot! RT @sam"). */
  byPair: CompiledRule[];
}
let compiledRules: Compiled | null = null;
function compiled(): Compiled {
  if (!compiledRules) {
    const all = [...allRules, customPhraseRule].map(compileRule);
    compiledRules = {
      all,
      byId: new Map(all.map((c) => [c.rule.id, c])),
      bySentence: all.filter((c) => (c.matchers.length > 0 || c.context || c.imperatives) && c.rule.scope !== 'sentence-pair'),
      byPair: all.filter((c) => c.rule.scope === 'sentence-pair' && c.matchers.length > 0),
    };
  }
  return compiledRules;
}

interface SentenceResult {
  hits: RawHit[];
  facts: SentenceFacts;
}

/**
 * Per-sentence results, keyed by the sentence's text: the coach re-runs on every keystroke, and an edit
 * changes one sentence, so the others come from here. Bounded; the oldest entries go first.
 */
const sentenceCache = new Map<string, SentenceResult>();
const pairCache = new Map<string, RawHit[]>();
const SENTENCE_CACHE_LIMIT = 5000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  cache.set(key, value);
  if (cache.size > SENTENCE_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return value;
}

function analyseSentence(sentence: string, opening: boolean): SentenceResult {
  const key = opening ? '\u0001' + sentence : sentence;
  const cached = sentenceCache.get(key);
  if (cached) return cached;
  const hits: RawHit[] = [];
  const question = QUESTION_END.test(sentence);
  for (const c of compiled().bySentence) {
    if ((c.rule.scope === 'opening' && !opening) || (c.rule.notInQuestions && question)) continue;
    const found = matchAll(c.rule.id, c.context?.test.test(sentence) ? [...c.matchers, ...c.context.matchers] : c.matchers, sentence);
    hits.push(...found);
    for (const hit of findImperatives(c, sentence, found)) {
      if (!found.some((f) => f.start < hit.end && hit.start < f.end)) hits.push(hit);
    }
  }
  return remember(sentenceCache, key, { hits: unquoted(sentence, hits), facts: sentenceFacts(sentence) });
}

/** A pushy phrase in quotes is being talked about, not used on the reader: only conversation counts there. */
function unquoted(text: string, hits: RawHit[]): RawHit[] {
  const quoted = quotedSpans(text);
  return quoted.length === 0 ? hits : hits.filter((h) => ruleById(h.rule)?.category === 'conversation' || !quoted.some(([qs, qe]) => qs <= h.start && h.end <= qe));
}

/** Phrases that may run from one sentence into the next, tried on each pair of neighbours (cached like sentences). */
function analysePair(pair: string): RawHit[] {
  const cached = pairCache.get(pair);
  if (cached) return cached;
  const hits: RawHit[] = [];
  for (const c of compiled().byPair) matchAll(c.rule.id, c.matchers, pair, hits);
  return remember(pairCache, pair, unquoted(pair, hits));
}

/** Hits of one rule that overlap (a phrase seen in two neighbouring pairs) become one. */
function mergeSameRule(hits: RawHit[]): RawHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawHit[] = [];
  for (const h of hits) {
    const same = out.findLast((o) => o.rule === h.rule);
    if (same && h.start < same.end) same.end = Math.max(same.end, h.end);
    else out.push({ ...h });
  }
  return out;
}

/** Forgets cached sentence results (tests and benchmarks use it to measure cold analysis). */
export function clearAnalysisCache(): void {
  sentenceCache.clear();
  pairCache.clear();
  topicCache.clear();
  forgetLanguage();
}

const topicCache = new Map<string, string>();
/** The opening names the topic: the question is built from the first two sentences (at most 240 characters). */
function cachedQuestion(text: string, sentences: Span[]): string {
  const opening = sentences[Math.min(1, sentences.length - 1)];
  const key = text.slice(0, Math.min(240, opening ? opening.end : text.length));
  let q = topicCache.get(key);
  if (q === undefined) {
    q = questionFor(key);
    topicCache.set(key, q);
    if (topicCache.size > 200) topicCache.delete(topicCache.keys().next().value!);
  }
  return q;
}

function emptyAnalysis(): Analysis {
  return { verdict: 'none', scores: { conversation: 0, broadcast: 0, hardSell: 0 }, findings: [] };
}

const ruleOf = (id: string): RuleSpec => ruleById(id)!;

/** A second and third hit of the same rule add a little; the tenth adds nothing. */
export const repeatFactor = (count: number) => Math.min(1.5, 1 + 0.25 * (count - 1));

/** Per rule that has findings: 1, 1.25 or 1.5 for one, two, three or more. */
export function findingFactors(hits: readonly RawHit[]): Map<string, number> {
  const perRule = new Map<string, number>();
  for (const hit of hits) perRule.set(hit.rule, (perRule.get(hit.rule) ?? 0) + 1);
  return new Map([...perRule].map(([id, count]) => [id, repeatFactor(count)]));
}

function scoresFrom(factors: ReadonlyMap<string, number>, weights: Readonly<Record<string, number>>): Scores {
  const totals: Record<Category, number> = { 'hard-sell': 0, broadcast: 0, conversation: 0 };
  for (const [id, factor] of factors) {
    const rule = ruleOf(id);
    totals[rule.category] += (weights[id] ?? rule.weight) * factor;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { conversation: round(totals.conversation), broadcast: round(totals.broadcast), hardSell: round(totals['hard-sell']) };
}

/** "I", "me", "lol" and no business "we": a person talking about their own day, where "$5 left" is not a pitch. */
const PERSONAL_VOICE = /\b(?:i|i'm|i've|i'll|im|ive|me|my|mine|myself|lol|lmao|haha+|hehe+|omg|ugh|tbh|idk|gonna|wanna|pls|plz|bro|sis|dude|babe|x{2,}|xoxo)\b/i;
const BUSINESS_VOICE = /\b(?:we|we're|we've|we'll|our|us|customers?|clients?|orders?)\b|https?:\/\/|#\w/i;

/** True when the message reads as a person talking, not a business: a friend's "Call now for the last slice" is a joke, not a pitch. */
function personalVoice(text: string): boolean {
  return !BUSINESS_VOICE.test(text) && PERSONAL_VOICE.test(text);
}

/** Who seems to be talking to whom: each needs more pressure before the message reads as a pitch. */
export interface Voice {
  /** A person talking about their own day ("I", "lol", no business "we"). */
  personal: boolean;
  /** A reply to one person ("@sam call us today and we will fix it" is support, not a sale). */
  reply: boolean;
}

/**
 * The post's voice. Anything only a business writes (a store named, a promo code, a prize to claim) means it
 * is not a person's message; a reply stays a reply ("@sam you can return it to any of our stores").
 */
export function voiceOf(text: string, hits: readonly RawHit[]): Voice {
  const business = hits.some((h) => h.business || ruleOf(h.rule).business);
  return { personal: !business && personalVoice(text), reply: hits.some((h) => ruleOf(h.rule).oneToOne) };
}

/**
 * The verdict, in the rubric's order: pressure to buy decides hard sell (hard-sell points at the
 * sensitivity's fitted threshold, raised in a personal voice or a reply, with at least one commercial
 * finding); otherwise a real opening for the reader decides conversation; otherwise broadcast. `npm run fit`
 * scores candidate weights through this same function.
 */
export function verdictFrom(fitted: Fitted, factors: ReadonlyMap<string, number>, voice: Voice, sensitivity: Sensitivity): { verdict: Verdict; scores: Scores } {
  const scores = scoresFrom(factors, fitted.weights);
  const commercial = [...factors.keys()].some((id) => ruleOf(id).commercial);
  const threshold = fitted.hardSell.threshold[sensitivity] + (voice.personal ? fitted.hardSell.personalVoice : 0) + (voice.reply ? fitted.hardSell.reply : 0);
  if (commercial && scores.hardSell >= threshold) return { verdict: 'hard-sell', scores };
  if (scores.conversation >= fitted.conversation.threshold[sensitivity]) return { verdict: 'conversation', scores };
  return { verdict: 'broadcast', scores };
}

/** Findings by rule, before the verdict: what `npm run fit` reads as features. */
export function findRuleHits(input: string, options: AnalyzeOptions = {}): { text: string; sentences: Span[]; facts: SentenceFacts[]; hits: RawHit[] } | null {
  const text = typeof input === 'string' ? input : String(input ?? '');
  if (text.trim() === '' || !looksEnglish(text)) return null;
  const sensitivity = sensitivityOf(options);
  const norm = normalizeForMatching(text);
  const sentences = splitSentences(norm);

  let hits: RawHit[] = [];
  const customPatterns = (options.customPhrases ?? [])
    .map((p) => (typeof p === 'string' ? phrasePattern(p) : null))
    .filter((p): p is RegExp => p !== null)
    .map((scan) => ({ scan, phrases: [] }));
  const facts: SentenceFacts[] = [];
  const at = (offset: number) => (hit: RawHit) => hits.push({ ...hit, start: offset + hit.start, end: offset + hit.end });
  const pairs = compiled().byPair.length > 0;
  sentences.forEach((s, i) => {
    const sentence = norm.slice(s.start, s.end);
    const result = analyseSentence(sentence, i === 0);
    result.hits.forEach(at(s.start));
    facts.push(result.facts);
    if (customPatterns.length > 0) matchAll(customPhraseRule.id, customPatterns, sentence).forEach(at(s.start));
    // A sentence with its next neighbour (or alone, when it is the only one).
    const end = sentences[i + 1]?.end ?? (sentences.length === 1 ? s.end : -1);
    if (pairs && end >= 0) analysePair(norm.slice(s.start, end)).forEach(at(s.start));
  });
  if (pairs) hits = mergeSameRule(hits);
  if (hits.some((h) => h.unless)) hits = hits.filter((h) => !h.unless || !cancelled(h.unless, norm));

  const ignored = new Set(options.ignoreRules ?? []);
  const ignoredPhrases = (options.ignorePhrases ?? []).map((p) => (typeof p === 'string' ? phrasePattern(p) : null)).filter((p): p is RegExp => p !== null);
  const shows = (hit: RawHit) => {
    if (ignored.has(hit.rule)) return false;
    const rule = ruleOf(hit.rule);
    if (SENSITIVITY_RANK[rule.level ?? 'gentle'] > SENSITIVITY_RANK[sensitivity]) return false;
    const phrase = norm.slice(hit.start, hit.end);
    return !ignoredPhrases.some((re) => {
      re.lastIndex = 0;
      return re.test(phrase);
    });
  };
  hits = hits.filter(shows);
  // Whole-post checks see the findings so far that survived the user's settings, in their fixed order.
  const ctx = { text: norm, sentences, facts, hits, ruleOf: ruleById };
  for (const name of POST_CHECK_ORDER) {
    for (const c of compiled().all) {
      if (c.rule.check === name) ctx.hits.push(...postChecks[name](ctx, c.rule.id).filter(shows));
    }
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: norm, sentences, facts, hits };
}

const cancelTests = new Map<string, RegExp>();
/** Whether the post has a word of the vocabulary that cancels a phrase (PhraseSpec.notWith). */
function cancelled(vocabulary: string, text: string): boolean {
  let test = cancelTests.get(vocabulary);
  if (!test) cancelTests.set(vocabulary, (test = vocabularyTest(vocabulary as VocabularyName)));
  return test.test(text);
}

function sensitivityOf(options: AnalyzeOptions): Sensitivity {
  return options.sensitivity && options.sensitivity in SENSITIVITY_RANK ? options.sensitivity : 'standard';
}

/**
 * Reads a post and says, phrase by phrase, where it talks at people (broadcast) or pushes them to buy
 * (hard sell) instead of talking with them. Pure: no DOM, no browser API. Never throws on any string.
 */
export function analyzePost(input: string, options: AnalyzeOptions = {}): Analysis {
  const found = findRuleHits(input, options);
  if (!found) return emptyAnalysis();
  const text = typeof input === 'string' ? input : String(input);
  const { text: norm, sentences, hits } = found;
  const { verdict, scores } = verdictFrom(FITTED, findingFactors(hits), voiceOf(norm, hits), sensitivityOf(options));
  const question = () => cachedQuestion(norm, sentences);
  // A sign-off that is replaced by the question already: the finding around it need not add the question too.
  const replacing = hits.filter((h) => ruleOf(h.rule).replacement === 'replace-with-question');
  return {
    verdict,
    scores,
    findings: hits.map((hit) => {
      const replacedElsewhere = replacing.some((r) => r !== hit && r.start >= hit.start && r.end <= hit.end);
      return toFinding(hit, text, norm, sentences, question, replacedElsewhere);
    }),
  };
}

function sentenceAround(sentences: Span[], offset: number): Span {
  return sentences[sentenceIndexAt(sentences, offset)] ?? { start: 0, end: 0 };
}

function toFinding(hit: RawHit, text: string, norm: string, sentences: Span[], question: () => string, replacedElsewhere: boolean): Finding {
  const c = compiled().byId.get(hit.rule)!;
  let [start, end] = trimHit(norm, hit.start, hit.end);
  if (start >= end) [start, end] = [hit.start, hit.end];
  const s = sentenceAround(sentences, start);
  const suggestion = suggestionFor(c, { phrase: text.slice(start, end), droppable: canDrop(norm, start, end, s.start, s.end), question, replacedElsewhere });
  return { rule: c.rule.id, category: c.rule.category, start, end, message: c.rule.message, suggestion };
}
