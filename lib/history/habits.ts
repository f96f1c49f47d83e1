// From the rules module directly, so pages that show habits do not bundle the analyzer.
import { customPhraseRule, rulesById } from '../analysis/rules';

/** How a habit reads inside a sentence ("the habit to work on: countdowns"), where the plural reads better. */
const HABIT_PHRASES: Record<string, string> = {
  urgency: 'countdowns',
  discount: 'discount pitches',
  price: 'price tags',
  'promo-code': 'promo codes',
  'buy-now': 'buy-now commands',
  announcement: 'press-release openers',
  'link-dump': 'link dumps',
  'hashtag-dump': 'hashtag dumps',
  'abrupt-sign-off': 'abrupt sign-offs',
  'custom-phrase': 'your flagged phrases',
};

/** The rule's human title, as the cards show it. Unknown ids (from a newer Muffin) show as they are. */
export function habitName(ruleId: string): string {
  if (ruleId === customPhraseRule.id) return customPhraseRule.name;
  return rulesById.get(ruleId)?.name ?? ruleId;
}

export function habitPhrase(ruleId: string): string {
  const phrase = HABIT_PHRASES[ruleId];
  if (phrase) return phrase;
  const name = habitName(ruleId);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Rules that count as habits to work on: hard sell and broadcast, not the conversation rules. */
export function isHabit(ruleId: string): boolean {
  if (ruleId === customPhraseRule.id) return true;
  const rule = rulesById.get(ruleId);
  return rule ? rule.category !== 'conversation' : false;
}
