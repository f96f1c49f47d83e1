import type { RuleSpec } from '../types';
import { hardSellRules } from './hard-sell';
import { broadcastRules } from './broadcast';
import { conversationRules } from './conversation';
import { FITTED } from './fitted';
import type { RuleData } from './data';

const weighted = (rule: RuleData): RuleSpec => ({ ...rule, weight: FITTED.weights[rule.id] ?? rule.prior });

/** Every rule Muffin knows, in the order findings are reported. */
export const allRules: readonly RuleSpec[] = [...hardSellRules, ...broadcastRules, ...conversationRules].map(weighted);

export const rulesById: ReadonlyMap<string, RuleSpec> = new Map(allRules.map((rule) => [rule.id, rule]));

/** The rule that carries the user's own hard-sell phrases from the options page. */
export const customPhraseRule: RuleSpec = weighted({
  id: 'custom-phrase',
  category: 'hard-sell',
  prior: 2,
  name: 'Your flagged phrase',
  message: 'You asked Muffin to flag this phrase as hard sell.',
  advice: 'Rephrase it as part of a conversation, or drop it.',
  habit: 'your flagged phrases',
  commercial: true,
  examples: { fires: [], passes: [] },
});

/** A rule by id, the user's own phrases included. */
export function ruleById(id: string): RuleSpec | undefined {
  return id === customPhraseRule.id ? customPhraseRule : rulesById.get(id);
}
