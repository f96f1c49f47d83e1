// From the rules module directly, so pages that show habits do not bundle the analyzer.
import { ruleById } from '../analysis/rules';
import { ENGLISH, ruleKey, type Wording } from '../i18n/phrases';

/** The rule's human title, as the cards show it. Unknown ids (from a newer Muffin) show as they are. */
export function habitName(ruleId: string, wording: Wording = ENGLISH): string {
  const rule = ruleById(ruleId);
  return rule ? wording.translate(ruleKey(ruleId, 'name'), rule.name) : ruleId;
}

/** The English phrase for a habit inside a sentence ("the habit to work on: countdowns"): the rule's `habit`, or its name in lower case. */
export function englishHabitPhrase(ruleId: string): string {
  const phrase = ruleById(ruleId)?.habit;
  if (phrase) return phrase;
  const name = habitName(ruleId);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function habitPhrase(ruleId: string, wording: Wording = ENGLISH): string {
  const known = ruleById(ruleId) !== undefined;
  return known ? wording.translate(ruleKey(ruleId, 'habit'), englishHabitPhrase(ruleId)) : englishHabitPhrase(ruleId);
}

/** Rules that count as habits to work on: hard sell and broadcast, not the conversation rules. */
export function isHabit(ruleId: string): boolean {
  const rule = ruleById(ruleId);
  return rule ? rule.category !== 'conversation' : false;
}

/** Pressure on the reader is the habit to work on first: it is what makes the bakery owner on the sidewalk rude. */
const CATEGORY_ORDER: Readonly<Record<string, number>> = { 'hard-sell': 0, broadcast: 1 };

/**
 * The order habits are worth working on: hard sell before broadcast, then the ones seen in more posts, then
 * the heavier rule by its hand-set weight (a promo code weighs more than a price; the fitted weights move
 * with every refit, the priors do not), then by id so the order is stable.
 * Unknown ids (from a newer Muffin) come last.
 */
export function compareHabits(a: readonly [ruleId: string, posts: number], b: readonly [ruleId: string, posts: number]): number {
  const rank = (ruleId: string) => {
    const rule = ruleById(ruleId);
    return { category: rule ? (CATEGORY_ORDER[rule.category] ?? 2) : 3, weight: rule?.prior ?? 0 };
  };
  const ra = rank(a[0]);
  const rb = rank(b[0]);
  return ra.category - rb.category || b[1] - a[1] || rb.weight - ra.weight || a[0].localeCompare(b[0]);
}
