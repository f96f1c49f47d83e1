// From the rules module directly, so pages that show habits do not bundle the analyzer.
import { customPhraseRule, ruleById, rulesById } from '../analysis/rules';
import { ENGLISH, ruleKey, type Wording } from '../i18n/phrases';

/** The rule's human title, as the cards show it. Unknown ids (from a newer Muffin) show as they are. */
export function habitName(ruleId: string, wording: Wording = ENGLISH): string {
  const rule = ruleId === customPhraseRule.id ? customPhraseRule : rulesById.get(ruleId);
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
  const known = ruleId === customPhraseRule.id || rulesById.has(ruleId);
  return known ? wording.translate(ruleKey(ruleId, 'habit'), englishHabitPhrase(ruleId)) : englishHabitPhrase(ruleId);
}

/** Rules that count as habits to work on: hard sell and broadcast, not the conversation rules. */
export function isHabit(ruleId: string): boolean {
  if (ruleId === customPhraseRule.id) return true;
  const rule = rulesById.get(ruleId);
  return rule ? rule.category !== 'conversation' : false;
}
