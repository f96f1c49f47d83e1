import type { Analysis, AnalyzeOptions, Category, Finding, RuleSpec, Scores, Sensitivity, Verdict } from './types';
import { allRules, customPhraseRule, rulesById } from './rules';
import { sentenceIndexAt, splitSentences, type Span } from './sentences';
import { normalizeForMatching } from './normalize';
import { looksEnglish } from './language';
import { matchPatterns, phrasePattern, quotedSpans, trimHit, type RawHit } from './match';
import { findImperatives } from './imperatives';
import { lastProseSentence, postChecks } from './post-checks';
import { questionFor } from './topic';
import { canDrop, suggestionFor } from './suggest';

const SENSITIVITY_RANK: Record<Sensitivity, number> = { gentle: 0, standard: 1, strict: 2 };
/** Hard-sell points a post needs before pressure decides its verdict. */
const HARD_SELL_THRESHOLD: Record<Sensitivity, number> = { gentle: 3, standard: 2, strict: 1.5 };
/** Conversation points that make a real opening for the reader. */
const CONVERSATION_THRESHOLD = 2;

const QUESTION_END = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u;
const sentenceRules = allRules.filter((r) => r.patterns || r.verbs);
// Conversation checks run first: whether a post invites a reply depends on them.
const postRules = allRules.filter((r) => r.check).sort((a, b) => Number(b.category === 'conversation') - Number(a.category === 'conversation'));

/**
 * Per-sentence results, keyed by the sentence's text: the coach re-runs on every keystroke, and an edit
 * changes one sentence, so the others come from here. Bounded; the oldest entries go first.
 */
const sentenceCache = new Map<string, RawHit[]>();
const SENTENCE_CACHE_LIMIT = 5000;

function analyseSentence(sentence: string, opening: boolean): RawHit[] {
  const key = opening ? '\u0001' + sentence : sentence;
  const cached = sentenceCache.get(key);
  if (cached) {
    sentenceCache.delete(key);
    sentenceCache.set(key, cached);
    return cached;
  }
  const hits: RawHit[] = [];
  for (const rule of sentenceRules) {
    if (rule.scope === 'opening' && !opening) continue;
    if (rule.notInQuestions && QUESTION_END.test(sentence)) continue;
    const found = matchPatterns(rule, sentence);
    hits.push(...found);
    if (rule.verbs) {
      for (const hit of findImperatives(rule, sentence)) {
        if (!found.some((f) => f.start < hit.end && hit.start < f.end)) hits.push(hit);
      }
    }
  }
  const quoted = quotedSpans(sentence);
  const used = quoted.length === 0 ? hits : hits.filter((h) => rulesById.get(h.rule)?.category === 'conversation' || !quoted.some(([qs, qe]) => qs <= h.start && h.end <= qe));
  sentenceCache.set(key, used);
  if (sentenceCache.size > SENTENCE_CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value!);
  return used;
}

/** Forgets cached sentence results (tests and benchmarks use it to measure cold analysis). */
export function clearAnalysisCache(): void {
  sentenceCache.clear();
  topicCache.clear();
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

function ruleOf(id: string): RuleSpec {
  return id === customPhraseRule.id ? customPhraseRule : rulesById.get(id)!;
}

function score(hits: RawHit[]): Scores {
  const perRule = new Map<string, number>();
  for (const hit of hits) perRule.set(hit.rule, (perRule.get(hit.rule) ?? 0) + 1);
  const totals: Record<Category, number> = { 'hard-sell': 0, broadcast: 0, conversation: 0 };
  for (const [id, count] of perRule) {
    const rule = ruleOf(id);
    // A second and third hit of the same habit add a little; the tenth adds nothing.
    totals[rule.category] += rule.weight * Math.min(1.5, 1 + 0.25 * (count - 1));
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { conversation: round(totals.conversation), broadcast: round(totals.broadcast), hardSell: round(totals['hard-sell']) };
}

/** "I", "me", "lol" and no business "we": a person talking about their own day, where "$5 left" is not a pitch. */
const PERSONAL_VOICE = /\b(?:i|i'm|i've|i'll|me|my|lol|lmao|haha+|omg|ugh|tbh|idk)\b/i;
const BUSINESS_VOICE = /\b(?:we|we're|we've|we'll|our|us|customers?|clients?|orders?)\b|https?:\/\/|#\w/i;
/** Extra hard-sell points a message in a personal voice needs: a friend's "Call now for the last slice" is a joke, not a pitch. */
const PERSONAL_VOICE_MARGIN = 1.5;

function decide(text: string, scores: Scores, hits: RawHit[], sensitivity: Sensitivity): Verdict {
  const commercial = hits.some((h) => ruleOf(h.rule).commercial);
  const personal = !BUSINESS_VOICE.test(text) && (PERSONAL_VOICE.test(text) || text.length < 80);
  const threshold = HARD_SELL_THRESHOLD[sensitivity] + (personal ? PERSONAL_VOICE_MARGIN : 0);
  if (commercial && scores.hardSell >= threshold) return 'hard-sell';
  if (scores.conversation >= CONVERSATION_THRESHOLD) return 'conversation';
  return 'broadcast';
}

/**
 * Reads a post and says, phrase by phrase, where it talks at people (broadcast) or pushes them to buy
 * (hard sell) instead of talking with them. Pure: no DOM, no browser API. Never throws on any string.
 */
export function analyzePost(input: string, options: AnalyzeOptions = {}): Analysis {
  const text = typeof input === 'string' ? input : String(input ?? '');
  if (text.trim() === '' || !looksEnglish(text)) return emptyAnalysis();
  const sensitivity: Sensitivity = options.sensitivity && options.sensitivity in SENSITIVITY_RANK ? options.sensitivity : 'standard';
  const norm = normalizeForMatching(text);
  const sentences = splitSentences(norm);

  let hits: RawHit[] = [];
  const customPatterns = (options.customPhrases ?? []).map((p) => (typeof p === 'string' ? phrasePattern(p) : null)).filter((p): p is RegExp => p !== null);
  sentences.forEach((s, i) => {
    const sentence = norm.slice(s.start, s.end);
    for (const hit of analyseSentence(sentence, i === 0)) hits.push({ rule: hit.rule, start: s.start + hit.start, end: s.start + hit.end });
    if (customPatterns.length > 0) {
      for (const hit of matchPatterns({ id: customPhraseRule.id, patterns: customPatterns }, sentence)) {
        hits.push({ rule: hit.rule, start: s.start + hit.start, end: s.start + hit.end });
      }
    }
  });

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
  // Whole-post checks see the sentence findings that survived the user's settings.
  for (const rule of postRules) {
    const check = postChecks[rule.check!];
    if (!check) continue;
    hits.push(...check({ text: norm, sentences, hits }, rule.id).filter(shows));
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);

  const scores = score(hits);
  const verdict = decide(norm, scores, hits, sensitivity);
  const closing = lastProseSentence({ text: norm, sentences, hits: [] });
  return { verdict, scores, findings: hits.map((hit) => toFinding(hit, text, norm, sentences, closing)) };
}

function sentenceAround(sentences: Span[], offset: number): Span {
  return sentences[sentenceIndexAt(sentences, offset)] ?? { start: 0, end: 0 };
}

/** How an example question follows a rule's advice: `${advice}${EXAMPLE_LEAD}${question}"` (the coach translates around it). */
export const EXAMPLE_LEAD = ' For example: "';

function toFinding(hit: RawHit, text: string, norm: string, sentences: Span[], closing: Span | null): Finding {
  const rule = ruleOf(hit.rule);
  let [start, end] = trimHit(norm, hit.start, hit.end);
  if (start >= end) [start, end] = [hit.start, hit.end];
  const phrase = text.slice(start, end);
  const s = sentenceAround(sentences, start);
  let suggestion = suggestionFor(rule, phrase, canDrop(norm, start, end, s.start, s.end));
  if (rule.id === 'no-invitation' || rule.id === 'abrupt-sign-off') {
    const question = cachedQuestion(norm, sentences);
    const advice = `${rule.advice}${EXAMPLE_LEAD}${question}"`;
    if (rule.id === 'abrupt-sign-off') suggestion = { replacement: question, advice };
    else {
      const endsWithSignOff = closing !== null && closing.end === end && /^(?:ok(?:ay)?,? )?bye\b/i.test(phrase);
      suggestion = endsWithSignOff ? { advice } : { replacement: `${phrase} ${question}`, advice };
    }
  } else if (rule.id === 'hashtag-dump') {
    const tags = phrase.split(/\s+/).filter(Boolean);
    suggestion = tags.length > 2 ? { replacement: tags.slice(0, 2).join(' '), advice: rule.advice } : { advice: rule.advice };
  }
  return { rule: rule.id, category: rule.category, start, end, message: rule.message, suggestion };
}
