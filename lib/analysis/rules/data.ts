import type { RuleSpec } from '../types';

/** A rule as it is written in the rule files: everything but its weight, which `npm run fit` sets (fitted.json). */
export type RuleData = Omit<RuleSpec, 'weight'>;
