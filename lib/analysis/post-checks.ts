import { sentenceIndexAt, type Span } from './sentences';
import type { RawHit } from './match';

/** What a whole-post check sees: the normalised text, its sentences and what the sentence rules found. */
export interface PostContext {
  text: string;
  sentences: Span[];
  hits: RawHit[];
}

export type PostCheck = (ctx: PostContext, ruleId: string) => RawHit[];

const SELF = /\b(?:we|we're|we've|we'll|we'd|our|ours|ourselves|us|i|i'm|i've|i'll|my|mine)\b/gi;
const YOU = /\b(?:you|your|yours|you're|you've|you'll|you'd|yourself|y'all|ya)\b/i;
const URL = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b[a-z0-9-]+\.(?:com|co|io|ly|net|org|shop|store|app|link|gl)\/[^\s<>"]*/gi;
const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu;
const SIGN_OFF = /^(?:ok(?:ay)?,? )?(?:bye(?: now| bye)?|that'?s (?:all|it)|that is (?:all|it)|later|peace(?: out)?|ciao|over and out|end of story|period|enough said|done|see ya)[.!]*$/i;

const QUESTION_END = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u;

function firstSpanOf(re: RegExp, text: string): Span | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const hitsOf = (ctx: PostContext, category: (rule: string) => boolean) => ctx.hits.some((h) => category(h.rule));

export const CONVERSATION_SIGNALS = new Set(['question', 'reply', 'thanks', 'empathy', 'invitation']);
export const HARD_SELL_IN_SENTENCE = new Set(['discount', 'price', 'promo-code', 'buy-now', 'urgency', 'scarcity', 'sales-question', 'custom-phrase']);

export const postChecks: Record<string, PostCheck> = {
  /** A real question: ends with "?" and carries no hard sell itself (a pitch like "Want 25% off?" is a sales question). */
  genuineQuestion(ctx, rule) {
    const out: RawHit[] = [];
    const pitched = new Set<number>();
    for (const h of ctx.hits) if (HARD_SELL_IN_SENTENCE.has(h.rule)) pitched.add(sentenceIndexAt(ctx.sentences, h.start));
    for (let i = 0; i < ctx.sentences.length; i++) {
      const s = ctx.sentences[i]!;
      const sentence = ctx.text.slice(s.start, s.end);
      if (!QUESTION_END.test(sentence) || pitched.has(i)) continue;
      const words = sentence.match(WORD)?.length ?? 0;
      if (words < 1) continue;
      out.push({ rule, start: s.start, end: s.end });
    }
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
    if (hitsOf(ctx, (r) => CONVERSATION_SIGNALS.has(r))) return [];
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
    if (urls.length < 2 && words >= 6 && hitsOf(ctx, (r) => CONVERSATION_SIGNALS.has(r))) return [];
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
    return SIGN_OFF.test(ctx.text.slice(last.start, last.end)) ? [{ rule, start: last.start, end: last.end }] : [];
  },
};

/** The last sentence that is prose, not a line of hashtags or links: where a closing question belongs. */
export function lastProseSentence(ctx: PostContext): Span | null {
  for (let i = ctx.sentences.length - 1; i >= 0; i--) {
    const s = ctx.sentences[i]!;
    const sentence = ctx.text.slice(s.start, s.end).replace(URL, ' ').replace(HASHTAG, ' ');
    if ((sentence.match(WORD)?.length ?? 0) >= 2) return s;
  }
  return ctx.sentences[ctx.sentences.length - 1] ?? null;
}
