import type { RuleSpec } from '../types';
import { hardSellRules } from './hard-sell';
import { broadcastRules } from './broadcast';
import { conversationRules } from './conversation';

export { hardSellRules, broadcastRules, conversationRules };

/** Every rule Muffin knows, in the order findings are reported. */
export const allRules: readonly RuleSpec[] = [...hardSellRules, ...broadcastRules, ...conversationRules];

export const rulesById: ReadonlyMap<string, RuleSpec> = new Map(allRules.map((rule) => [rule.id, rule]));

/** The rule that carries the user's own hard-sell phrases from the options page. */
export const customPhraseRule: RuleSpec = {
  id: 'custom-phrase',
  category: 'hard-sell',
  name: 'Your flagged phrase',
  message: 'You asked Muffin to flag this phrase as hard sell.',
  advice: 'Rephrase it as part of a conversation, or drop it.',
  weight: 2,
  commercial: true,
  examples: { fires: [], passes: [] },
};
