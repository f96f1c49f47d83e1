// The bars issue 8's hidden check sets, measured on our own labelled real posts, per kind of text. The
// hidden sets are other people's (brand tweets labelled information / action / dialogue, support replies,
// SMS spam, commercial and informational ads); these are the nearest readings of each bar on our labels.
import type { Verdict } from '../analysis/types';
import { evaluate, type Label, type LabelledPost } from './metrics';

/** A real post: labelled, with where it comes from and what sort of text it is (tests/corpus/real/README.md). */
export interface RealPost extends LabelledPost {
  source?: string;
  kind?: string;
}

export interface Scored {
  post: RealPost;
  verdict: Verdict;
}

/** Social posts a business writes to everyone (not replies, ads, SMS or e-mail). */
const OWN_POSTS = new Set(['brand-tweet', 'brand-post', 'company-post', 'caption', 'reddit-promo']);
const SOCIAL = new Set([...OWN_POSTS, 'brand-reply', 'brand-retweet']);

export interface Check {
  name: string;
  /** How many posts the bar is measured on. */
  posts: number;
  value: number;
  /** The bar, and which side of it passes. */
  bar: number;
  atLeast: boolean;
  /** 'share' prints as a percentage, 'score' as 0.000, 'count' as a whole number. */
  unit: 'share' | 'score' | 'count';
}

export const passes = (c: Check) => (c.atLeast ? c.value >= c.bar : c.value <= c.bar);

function share(name: string, scored: Scored[], hit: (s: Scored) => boolean, bar: number, atLeast: boolean): Check {
  const n = scored.filter(hit).length;
  return { name, posts: scored.length, value: scored.length ? n / scored.length : atLeast ? 0 : 1, bar, atLeast, unit: 'share' };
}

const ofKind = (scored: Scored[], kinds: ReadonlySet<string> | string) => scored.filter((s) => (typeof kinds === 'string' ? s.post.kind?.startsWith(kinds) : kinds.has(s.post.kind ?? '')));
const labelled = (scored: Scored[], ...labels: Label[]) => scored.filter((s) => labels.includes(s.post.label));

/** Macro-F1 and the rest of the usual metrics over already-scored posts. */
export function metricsOf(scored: Scored[]) {
  const verdicts = new Map(scored.map((s) => [s.post, s.verdict]));
  return evaluate(
    scored.map((s) => s.post),
    (_text, post) => ({ verdict: verdicts.get(post)!, findings: [] }),
  );
}

/** The issue's bars, read on our labels: each is measured where the posts of its kind exist. */
export function issueChecks(scored: Scored[]): Check[] {
  const checks: Check[] = [];
  const tweets = ofKind(scored, new Set(['brand-tweet', 'brand-reply']));
  if (tweets.length) {
    const m = metricsOf(tweets);
    checks.push({ name: 'brand tweets and replies: macro-F1', posts: tweets.length, value: m.macroF1, bar: 0.85, atLeast: true, unit: 'score' });
    const sells = labelled(tweets, 'hard-sell');
    if (sells.length) checks.push(share('brand tweets: hard sells caught', sells, (s) => s.verdict === 'hard-sell', 0.85, true));
    checks.push({ name: 'brand tweets: conversations called hard sell', posts: labelled(tweets, 'conversation').length, value: m.confusion.conversation['hard-sell'], bar: 1, atLeast: false, unit: 'count' });
  }
  const commercial = ofKind(scored, 'ad-commercial');
  if (commercial.length) {
    checks.push(share('commercial ads called conversation', commercial, (s) => s.verdict === 'conversation', 0.03, false));
    checks.push(share('commercial ads called hard sell', commercial, (s) => s.verdict === 'hard-sell', 0.45, true));
  }
  const informational = ofKind(scored, 'ad-informational');
  if (informational.length) checks.push(share('informational ads called hard sell', informational, (s) => s.verdict === 'hard-sell', 0.15, false));
  const dialogue = labelled(ofKind(scored, SOCIAL), 'conversation');
  if (dialogue.length) checks.push(share('dialogue (social posts labelled conversation) → conversation', dialogue, (s) => s.verdict === 'conversation', 0.85, true));
  const replies = ofKind(scored, 'brand-reply');
  if (replies.length) checks.push(share('brand replies → conversation', replies, (s) => s.verdict === 'conversation', 0.95, true));
  const actions = labelled(ofKind(scored, OWN_POSTS), 'hard-sell', 'broadcast');
  if (actions.length) checks.push(share('own posts that are not conversation → not conversation', actions, (s) => s.verdict !== 'conversation', 0.85, true));
  const ownSells = labelled(ofKind(scored, OWN_POSTS), 'hard-sell');
  if (ownSells.length) checks.push(share('own posts labelled hard sell → hard sell', ownSells, (s) => s.verdict === 'hard-sell', 0.85, true));
  const sms = ofKind(scored, new Set(['sms-spam', 'sms-marketing']));
  if (sms.length) checks.push(share('SMS spam and marketing → hard sell', sms, (s) => s.verdict === 'hard-sell', 0.75, true));
  const conversations = labelled(scored, 'conversation');
  if (conversations.length) checks.push({ name: 'all conversations called hard sell', posts: conversations.length, value: conversations.filter((s) => s.verdict === 'hard-sell').length, bar: 1, atLeast: false, unit: 'count' });
  return checks;
}

/** Per kind of text: posts, macro-F1, and how each label was called. */
export function byKind(scored: Scored[]): { kind: string; scored: Scored[] }[] {
  const kinds = new Map<string, Scored[]>();
  for (const s of scored) {
    const kind = s.post.kind ?? '(no kind)';
    kinds.set(kind, [...(kinds.get(kind) ?? []), s]);
  }
  return [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => ({ kind, scored: list }));
}
