export type TargetRuleId = 'thirds' | '80-20' | '4-1-1' | '5-3-2' | 'custom';

export interface TargetRule {
  id: TargetRuleId;
  name: string;
  /** What the rule asks, in one line for the options page. */
  description: string;
  /** The largest share of a week's posts that may be hard sell (0–1). */
  cap: number;
}

export const TARGET_RULES: Record<Exclude<TargetRuleId, 'custom'>, TargetRule> = {
  thirds: { id: 'thirds', name: 'Rule of thirds', description: 'At most a third of your posts promote; the rest share and converse.', cap: 1 / 3 },
  '80-20': { id: '80-20', name: '80/20', description: 'At most one post in five promotes your business.', cap: 0.2 },
  '4-1-1': { id: '4-1-1', name: '4-1-1', description: 'About one post in six is a sales pitch.', cap: 1 / 6 },
  '5-3-2': { id: '5-3-2', name: '5-3-2', description: 'Share, create and get personal: no hard sell at all.', cap: 0 },
};

/** The rule the settings name; a custom cap is a percentage from 0 to 100. */
export function targetRule(id: TargetRuleId, customCapPercent = 25): TargetRule {
  if (id !== 'custom') return TARGET_RULES[id];
  const percent = Math.min(100, Math.max(0, Number.isFinite(customCapPercent) ? customCapPercent : 25));
  return { id: 'custom', name: `Your cap (${percent}%)`, description: `At most ${percent}% of your posts are hard sell.`, cap: percent / 100 };
}

export type TargetStatus =
  | { kind: 'empty'; label: string }
  | { kind: 'on-target'; label: string; allowed: number }
  | { kind: 'too-promotional'; label: string; allowed: number; over: number };

/**
 * "too promotional by N posts": N is how many of the week's hard-sell posts would have to become
 * something else for the week to meet the cap.
 */
export function targetStatus(total: number, hardSell: number, rule: TargetRule): TargetStatus {
  if (total === 0) return { kind: 'empty', label: 'no posts yet' };
  const allowed = Math.floor(rule.cap * total + 1e-9);
  const over = hardSell - allowed;
  if (over <= 0) return { kind: 'on-target', label: 'on target', allowed };
  return { kind: 'too-promotional', label: `too promotional by ${over} ${over === 1 ? 'post' : 'posts'}`, allowed, over };
}
