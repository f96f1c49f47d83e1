import { sentenceIndexAt, type Span } from './sentences';
import type { RawHit } from './match';
import { compileTemplate } from './template';
import type { PostCheckName, RuleSpec } from './types';

/** What a whole-post check sees: the normalised text, its sentences and what was found so far. */
export interface PostContext {
  text: string;
  sentences: Span[];
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
const WEAK_HOOK = new RegExp(`^[^\\p{L}\\p{N}]*${compileTemplate('{weakHook}').source}`, 'iu');
const ANSWER = new RegExp(`^[^\\p{L}\\p{N}]*${compileTemplate('{answerLead}').source}`, 'iu');
const LINK_WORDS = /\blink (?:in (?:our |the |my )?bio|below)\b/i;

function firstSpanOf(re: RegExp, text: string): Span | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const slice = (ctx: PostContext, s: Span) => ctx.text.slice(s.start, s.end);
const isQuestion = (ctx: PostContext, s: Span) => QUESTION_END.test(slice(ctx, s));
const anyHit = (ctx: PostContext, has: (rule: RuleSpec) => boolean) => ctx.hits.some((h) => has(ctx.ruleOf(h.rule)!));

/** Sentence indexes that carry a finding of a rule with `has`. */
function sentencesWith(ctx: PostContext, has: (rule: RuleSpec) => boolean): Set<number> {
  const out = new Set<number>();
  for (const h of ctx.hits) if (has(ctx.ruleOf(h.rule)!)) out.add(sentenceIndexAt(ctx.sentences, h.start));
  return out;
}

const pitch = (rule: RuleSpec) => rule.callToAction === true;
const rhetorical = (rule: RuleSpec) => rule.commercial === true || rule.rhetorical === true;

/** What follows sentence `i`, without links, hashtags and mentions: does the post answer its own question? */
function answered(ctx: PostContext, i: number): { explicit: boolean; link: boolean } {
  const next = ctx.sentences[i + 1];
  const rest = ctx.text.slice(ctx.sentences[i]!.end);
  const explicit = next !== undefined && !isQuestion(ctx, next) && ANSWER.test(slice(ctx, next));
  URL.lastIndex = 0;
  const link = (URL.test(rest) || LINK_WORDS.test(rest)) && !rest.replace(URL, ' ').includes('?');
  URL.lastIndex = 0;
  return { explicit, link };
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
    ctx.sentences.forEach((s, i) => {
      if (!isQuestion(ctx, s) || done.has(i)) return;
      const sentence = slice(ctx, s);
      const { explicit, link } = answered(ctx, i);
      // "How do you fold a dumpling? Our chef shows you" is a hook; "What would you change? <link>" asks the reader.
      if ((explicit || link) && (WEAK_HOOK.test(sentence) || !READER.test(sentence))) out.push({ rule, start: s.start, end: s.end });
    });
    return out;
  },

  /** A question answered by a pitch in the next sentence: "Hungry? Grab a slice today." */
  pitchedQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const pitched = sentencesWith(ctx, rhetorical);
    const commands = sentencesWith(ctx, pitch);
    ctx.sentences.forEach((s, i) => {
      if (!isQuestion(ctx, s) || pitched.has(i) || !commands.has(i + 1) || READER.test(slice(ctx, s))) return;
      out.push({ rule, start: s.start, end: s.end });
    });
    return out;
  },

  /** A real question: ends with "?" and is neither a pitch ("Want 25% off?") nor a hook the post answers itself. */
  genuineQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const notAsking = sentencesWith(ctx, rhetorical);
    ctx.sentences.forEach((s, i) => {
      if (!isQuestion(ctx, s) || notAsking.has(i)) return;
      if ((slice(ctx, s).match(WORD)?.length ?? 0) < 1) return;
      out.push({ rule, start: s.start, end: s.end });
    });
    return out;
  },

  selfFocus(ctx, rule) {
    if (YOU.test(ctx.text)) return [];
    SELF.lastIndex = 0;
    const count = ctx.text.match(SELF)?.length ?? 0;
    if (count < 3) return [];
    const first = firstSpanOf(SELF, ctx.text);
    return first ? [{ rule, ...first }] : [];
  },

  noInvitation(ctx, rule) {
    if (anyHit(ctx, (r) => r.opening === true)) return [];
    const last = lastProseSentence(ctx);
    return last ? [{ rule, ...last }] : [];
  },

  linkDump(ctx, rule) {
    URL.lastIndex = 0;
    const urls = [...ctx.text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (urls.length === 0) return [];
    const prose = ctx.text.replace(URL, ' ').replace(HASHTAG, ' ');
    const words = prose.match(WORD)?.length ?? 0;
    // One link in a post that talks with people is fine; more, or a link with nothing to answer, is a dump.
    if (urls.length < 2 && words >= 6 && anyHit(ctx, (r) => r.opening === true)) return [];
    return urls.map((u) => ({ rule, ...u }));
  },

  hashtagDump(ctx, rule) {
    const tags = [...ctx.text.matchAll(HASHTAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
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
    if (ctx.sentences.length < 2) return [];
    const last = ctx.sentences[ctx.sentences.length - 1]!;
    return SIGN_OFF.test(slice(ctx, last)) ? [{ rule, start: last.start, end: last.end }] : [];
  },
};

/** The order the checks run in (see `postChecks`). */
export const POST_CHECK_ORDER: readonly PostCheckName[] = ['hookQuestion', 'pitchedQuestion', 'genuineQuestion', 'selfFocus', 'noInvitation', 'linkDump', 'hashtagDump', 'abruptSignOff'];

/** The last sentence that is prose, not a line of hashtags, mentions or links: where a closing question belongs. */
export function lastProseSentence(ctx: Pick<PostContext, 'text' | 'sentences'>): Span | null {
  for (let i = ctx.sentences.length - 1; i >= 0; i--) {
    const s = ctx.sentences[i]!;
    const sentence = ctx.text.slice(s.start, s.end).replace(URL, ' ').replace(HASHTAG, ' ');
    if ((sentence.match(WORD)?.length ?? 0) >= 2) return s;
  }
  return ctx.sentences[ctx.sentences.length - 1] ?? null;
}
