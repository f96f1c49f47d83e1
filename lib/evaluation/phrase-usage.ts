// Which phrase of which rule fires on which labelled posts, and in how many sources: a family that fires on
// hard sells of several sources carries over; one that fires on one source, or on conversations, needs a look.
import { findRuleHits } from '../analysis/analyze';
import { allRules } from '../analysis/rules';
import { phraseRegExp } from '../analysis/compile';
import { sentenceIndexAt } from '../analysis/sentences';
import type { PhraseSpec } from '../analysis/types';
import type { Label } from './metrics';
import type { RealPost } from './checks';

export interface PhraseUsage {
  rule: string;
  phrase: string;
  /** Posts per label that the phrase fired on (where its rule's finding survived the rule's guards). */
  posts: Record<Label, number>;
  /** Sources in which it fired on a post labelled with its rule's own category. */
  sources: Set<string>;
  personal: number;
}

const own: Record<string, Label> = { 'hard-sell': 'hard-sell', broadcast: 'broadcast', conversation: 'conversation' };

export function phraseUsage(posts: readonly RealPost[], personal: readonly string[]): PhraseUsage[] {
  const table = allRules.flatMap((rule) =>
    [...(rule.phrases ?? []), ...(rule.inContext?.phrases ?? [])].map((spec: PhraseSpec) => ({
      usage: { rule: rule.id, phrase: spec.phrase, posts: { conversation: 0, broadcast: 0, 'hard-sell': 0 }, sources: new Set<string>(), personal: 0 } as PhraseUsage,
      re: phraseRegExp(spec),
      category: rule.category,
    })),
  );
  const scan = (text: string, count: (u: PhraseUsage, category: string) => void) => {
    const found = findRuleHits(text);
    if (!found) return;
    const sentencesWith = new Map<string, Set<number>>();
    for (const h of found.hits) {
      const set = sentencesWith.get(h.rule) ?? new Set<number>();
      set.add(sentenceIndexAt(found.sentences, h.start));
      sentencesWith.set(h.rule, set);
    }
    for (const { usage, re, category } of table) {
      const where = sentencesWith.get(usage.rule);
      if (!where) continue;
      const fired = [...where].some((i) => {
        const s = found.sentences[i];
        if (!s) return false;
        re.lastIndex = 0;
        return re.test(found.text.slice(s.start, s.end));
      });
      if (fired) count(usage, category);
    }
  };
  for (const post of posts) {
    scan(post.text, (u, category) => {
      u.posts[post.label]++;
      if (own[category] === post.label && post.source) u.sources.add(post.source);
    });
  }
  for (const text of personal) scan(text, (u) => u.personal++);
  return table.map((t) => t.usage);
}
