import { sentenceIndexAt, type Span } from './sentences';
import type { RawHit } from './match';
import { compileTemplate } from './template';
import { LETTER } from './rules/vocabulary';
import type { PostCheckName, RuleSpec } from './types';

/** What the whole-post checks need to know about one sentence: computed once per sentence and cached with it. */
export interface SentenceFacts {
  /** Web addresses, as offsets in the sentence. */
  urls: Span[];
  hashtags: Span[];
  /** Words that are not part of a link or a hashtag. */
  proseWords: number;
  question: boolean;
  /** A "?" outside links: the post asks something here. */
  asks: boolean;
  /** "we", "our", "I": how many, and where the first is. */
  self: number;
  firstSelf: number;
  you: boolean;
  /** Asks for the reader's own view or choice ("Which one should we bake next?"). */
  reader: boolean;
  /** Asks the reader to pick or give an opinion ("Which…", "What's your favourite…", "Tea or coffee?"). */
  choice: boolean;
  /** Opens with what, which, who, how, where, when or why (after any lead-in such as "Question for freelancers:"). */
  wh: boolean;
  /** Opens like a hook that the post goes on to answer ("What makes…", "How do you…"). */
  weakHook: boolean;
  /** Opens like an answer ("Here's how", "Our chef shows you", "Three ideas"). */
  answers: boolean;
  /** Points at a link in words ("link in bio"). */
  linkWords: boolean;
  signOff: boolean;
}

export function sentenceFacts(sentence: string): SentenceFacts {
  const spans = (re: RegExp) => [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const urls = spans(URL);
  const hashtags = spans(HASHTAG);
  const prose = urls.length + hashtags.length === 0 ? sentence : sentence.replace(URL, ' ').replace(HASHTAG, ' ');
  const selfs = spans(SELF);
  const question = QUESTION_END.test(sentence) || (OPEN_QUESTION.test(sentence) && pointsDown(sentence));
  return {
    urls,
    hashtags,
    proseWords: prose.match(WORD)?.length ?? 0,
    question,
    asks: (urls.length === 0 ? sentence : sentence.replace(URL, ' ')).includes('?'),
    self: selfs.length,
    firstSelf: selfs[0]?.start ?? -1,
    you: YOU.test(sentence),
    reader: READER.test(sentence),
    choice: question && CHOICE.test(sentence),
    wh: question && WH.test(sentence),
    weakHook: question && WEAK_HOOK.test(sentence),
    answers: !question && ANSWER.test(sentence),
    linkWords: LINK_WORDS.test(sentence),
    signOff: SIGN_OFF.test(sentence),
  };
}

/** What a whole-post check sees: the normalised text, its sentences and their facts, and what was found so far. */
export interface PostContext {
  text: string;
  sentences: Span[];
  facts: SentenceFacts[];
  hits: RawHit[];
  ruleOf: (id: string) => RuleSpec | undefined;
}

export type PostCheck = (ctx: PostContext, rule: string) => RawHit[];

const SELF = /\b(?:we|we're|we've|we'll|we'd|our|ours|ourselves|us|i|i'm|i've|i'll|my|mine)\b/gi;
const YOU = /\b(?:you|your|yours|you're|you've|you'll|you'd|yourself|y'all|ya)\b/i;
const URL = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b[a-z0-9-]+\.(?:com|co|io|ly|net|org|shop|store|app|link|gl)\/[^\s<>"]*/gi;
const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu;
const SIGN_OFF = /^(?:ok(?:ay)?,? )?(?:bye(?: now| bye)?|that'?s (?:all|it)|that is (?:all|it)|later|peace(?: out)?|ciao|over and out|end of story|period|enough said|done|see ya)[.!]*$/i;
const QUESTION_END = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u;
/** A question that asks for the reader's own view, choice or experience ("Which one should we bake next?"). */
const READER = /\b(?:you|your|yours|you'd|you're|you've|y'all|anyone|anybody|everyone|(?:should|shall|would|could) (?:we|i)|which one|who's|who is|who else|favou?rites?)\b/i;
/** A question that asks for the reader's pick or opinion: it stays a question however much the post says after it. */
const CHOICE = /\b(?:question for|quick question|poll|which|favou?rites?|would you rather|what(?:'s| is| are) your|what are you|who(?:'s| is) your|how do you (?:like|take|eat|drink|spend|celebrate|feel)|tell us|let us know|caption this|yay or nay|this or that|thoughts|wbu|hbu|agree)\b|\b[\w']+ or [\w']+/i;
const WH = new RegExp(`^[^${LETTER}0-9]*(?:[${LETTER}0-9 '-]{1,60}[,:]\\s*)?(?:what|what's|which|who|who's|how|where|when|why)\\b`, 'i');
/** "Where should we go next 👇": a question asked without its "?", pointing at the comments. */
const OPEN_QUESTION = /^[^a-z0-9]*(?:what|what's|which|who|who's|where|when|how|why|would you|do you|have you|should we)\b/i;
/** Ends on a finger or arrow pointing down, with nothing but emoji and space after it. */
function pointsDown(sentence: string): boolean {
  const tail = sentence.slice(-24);
  const at = Math.max(tail.lastIndexOf('\u{1F447}'), tail.lastIndexOf('\u2B07'));
  return at >= 0 && !/[\p{L}\p{N}]/u.test(tail.slice(at));
}
/** Prose words after a question from which the post goes on to talk for itself: the question was its headline. */
const HEADLINE_WORDS = 12;
const WEAK_HOOK = new RegExp(`^[^${LETTER}0-9]*${compileTemplate('{weakHook}').source}`, 'i');
const ANSWER = new RegExp(`^[^${LETTER}0-9]*${compileTemplate('{answerLead}').source}`, 'i');
const LINK_WORDS = /\blink (?:in (?:our |the |my )?bio|below)\b/i;

const anyHit = (ctx: PostContext, has: (rule: RuleSpec) => boolean) => ctx.hits.some((h) => has(ctx.ruleOf(h.rule)!));
const whole = (ctx: PostContext, i: number, rule: string): RawHit => ({ rule, start: ctx.sentences[i]!.start, end: ctx.sentences[i]!.end });

/** Sentence indexes that carry a finding of a rule with `has`. */
function sentencesWith(ctx: PostContext, has: (rule: RuleSpec) => boolean): Set<number> {
  const out = new Set<number>();
  for (const h of ctx.hits) if (has(ctx.ruleOf(h.rule)!)) out.add(sentenceIndexAt(ctx.sentences, h.start));
  return out;
}

const pitch = (rule: RuleSpec) => rule.callToAction === true;
const rhetorical = (rule: RuleSpec) => rule.commercial === true || rule.rhetorical === true;

/**
 * For each sentence, whether what follows it points at a link and asks nothing more: the post answers a
 * question in it with "<link>" or "link in bio".
 */
function linkAfter(ctx: PostContext): boolean[] {
  const out: boolean[] = new Array(ctx.facts.length).fill(false);
  let link = false;
  let asks = false;
  for (let i = ctx.facts.length - 1; i >= 0; i--) {
    out[i] = link && !asks;
    const f = ctx.facts[i]!;
    link ||= f.urls.length > 0 || f.linkWords;
    asks ||= f.asks;
  }
  return out;
}

/**
 * The checks over the whole post, in the order they run: the question checks need the sentence findings,
 * `genuineQuestion` needs to know which questions are hooks or pitches, and the invitation and link checks
 * need to know whether the post has an opening for the reader.
 */
export const postChecks: Record<PostCheckName, PostCheck> = {
  /** A question the post answers itself or with a link: "What makes a meeting worth having? Three ideas: <link>". */
  hookQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const done = sentencesWith(ctx, (r) => r.id === rule || rhetorical(r));
    // "Hungry? Grab a slice today." is a sales question, which the next check finds.
    const pitchNext = sentencesWith(ctx, pitch);
    const link = linkAfter(ctx);
    let wordsAfter = 0;
    const after = ctx.facts.map((_, i, all) => {
      const here = wordsAfter;
      wordsAfter += all[all.length - 1 - i]!.proseWords;
      return here;
    }).reverse();
    ctx.facts.forEach((f, i) => {
      if (!f.question || done.has(i) || (pitchNext.has(i + 1) && !f.reader)) return;
      const answered = ctx.facts[i + 1]?.answers === true || link[i]!;
      // "How do you fold a dumpling? Our chef shows you" is a hook; "What would you change? <link>" asks the reader.
      // A question the post then talks on from ("Who will carry the torch? It could be you. Enter at…") was its
      // headline, unless it asks for the reader's pick or opinion.
      // A bare "How?" or "Missed it?" that the post goes on from is a headline too.
      // "What's the worst brief you've ever had? Ours said…" still asks: the poster answers first to start it off.
      const headline = (after[i]! >= HEADLINE_WORDS && !(f.wh && f.reader)) || (f.proseWords <= 2 && after[i]! >= 3);
      // A yes-or-no question that a link answers ("Do you have a long commute? Six numbers to save: <link>") is a hook too.
      if (!f.choice && ((answered && (f.weakHook || !f.reader || !f.wh)) || headline)) out.push(whole(ctx, i, rule));
    });
    return out;
  },

  /** A question answered by a pitch in the next sentence: "Hungry? Grab a slice today." */
  pitchedQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const pitched = sentencesWith(ctx, rhetorical);
    const commands = sentencesWith(ctx, pitch);
    ctx.facts.forEach((f, i) => {
      if (f.question && !pitched.has(i) && commands.has(i + 1) && !f.reader) out.push(whole(ctx, i, rule));
    });
    return out;
  },

  /** A real question: ends with "?" and is neither a pitch ("Want 25% off?") nor a hook the post answers itself. */
  genuineQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const notAsking = sentencesWith(ctx, rhetorical);
    const hooks = sentencesWith(ctx, (r) => r.rhetorical === true);
    ctx.facts.forEach((f, i) => {
      // "What's your take on this limited edition?" asks for an opinion even with a sales word in it.
      const asking = !notAsking.has(i) || (f.choice && !hooks.has(i));
      if (f.question && asking && (f.proseWords > 0 || f.urls.length > 0)) out.push(whole(ctx, i, rule));
    });
    return out;
  },

  selfFocus(ctx, rule) {
    if (ctx.facts.some((f) => f.you)) return [];
    if (ctx.facts.reduce((n, f) => n + f.self, 0) < 3) return [];
    const i = ctx.facts.findIndex((f) => f.self > 0);
    const at = ctx.sentences[i]!.start + ctx.facts[i]!.firstSelf;
    const word = /^[\w']+/.exec(ctx.text.slice(at))![0];
    return [{ rule, start: at, end: at + word.length }];
  },

  noInvitation(ctx, rule) {
    if (anyHit(ctx, (r) => r.opening === true)) return [];
    const last = lastProseSentence(ctx);
    return last ? [{ rule, ...last }] : [];
  },

  linkDump(ctx, rule) {
    const urls = ctx.facts.flatMap((f, i) => f.urls.map((u) => ({ rule, start: ctx.sentences[i]!.start + u.start, end: ctx.sentences[i]!.start + u.end })));
    if (urls.length === 0) return [];
    const words = ctx.facts.reduce((n, f) => n + f.proseWords, 0);
    // One link in a post that talks with people is fine; more, or a link with nothing to answer, is a dump.
    if (urls.length < 2 && words >= 6 && anyHit(ctx, (r) => r.opening === true)) return [];
    return urls;
  },

  hashtagDump(ctx, rule) {
    const tags = ctx.facts.flatMap((f, i) => f.hashtags.map((t) => ({ start: ctx.sentences[i]!.start + t.start, end: ctx.sentences[i]!.start + t.end })));
    if (tags.length < 3) return [];
    // Group hashtags separated only by white space into runs: three in a row, or four anywhere, is a dump.
    const runs: (Span & { count: number })[] = [];
    for (const tag of tags) {
      const last = runs[runs.length - 1];
      if (last && /^\s*$/.test(ctx.text.slice(last.end, tag.start))) {
        last.end = tag.end;
        last.count++;
      } else runs.push({ ...tag, count: 1 });
    }
    if (tags.length < 4 && !runs.some((r) => r.count >= 3)) return [];
    return runs.map((r) => ({ rule, start: r.start, end: r.end }));
  },

  abruptSignOff(ctx, rule) {
    const last = ctx.facts.length - 1;
    return last >= 1 && ctx.facts[last]!.signOff ? [whole(ctx, last, rule)] : [];
  },
};

/** The order the checks run in (see `postChecks`). */
export const POST_CHECK_ORDER: readonly PostCheckName[] = ['hookQuestion', 'pitchedQuestion', 'genuineQuestion', 'selfFocus', 'noInvitation', 'linkDump', 'hashtagDump', 'abruptSignOff'];

/** The last sentence that is prose, not a line of hashtags, mentions or links: where a closing question belongs. */
export function lastProseSentence(ctx: Pick<PostContext, 'sentences' | 'facts'>): Span | null {
  for (let i = ctx.facts.length - 1; i >= 0; i--) if (ctx.facts[i]!.proseWords >= 2) return ctx.sentences[i]!;
  return ctx.sentences[ctx.sentences.length - 1] ?? null;
}
