import { ENGLISH, type Wording } from '../i18n/phrases';

export type TargetRuleId = 'thirds' | '80-20' | '4-1-1' | '5-3-2' | 'custom';

export interface TargetRule {
  id: TargetRuleId;
  name: string;
  /** What the rule asks, in one line for the options page. */
  description: string;
  /** The largest share of a week's posts that may be hard sell (0–1). */
  cap: number;
}

/** The targets' wording; generated into locales/en.yml as `target.<key>`. */
export const TARGET_PHRASES = {
  thirdsName: 'Rule of thirds',
  thirdsDescription: 'At most a third of your posts promote; the rest share and converse.',
  '80-20Name': '80/20',
  '80-20Description': 'At most one post in five promotes your business.',
  '4-1-1Name': '4-1-1',
  '4-1-1Description': 'About one post in six is a sales pitch.',
  '5-3-2Name': '5-3-2',
  '5-3-2Description': 'Share, create and get personal: no hard sell at all.',
  customName: 'Your cap ({percent}%)',
  customDescription: 'At most {percent}% of your posts are hard sell.',
  empty: 'no posts yet',
  onTarget: 'on target',
  tooPromotional: { 1: 'too promotional by {count} post', n: 'too promotional by {count} posts' },
} as const;

type TargetPhrase = keyof typeof TARGET_PHRASES;

const say = (wording: Wording, key: TargetPhrase, params?: Record<string, string | number>, count?: number) =>
  wording.translate(`target.${key}`, TARGET_PHRASES[key], params, count);

const CAPS: Record<Exclude<TargetRuleId, 'custom'>, number> = { thirds: 1 / 3, '80-20': 0.2, '4-1-1': 1 / 6, '5-3-2': 0 };

export const BUILT_IN_TARGETS = Object.keys(CAPS) as Exclude<TargetRuleId, 'custom'>[];

/** The rule the settings name; a custom cap is a percentage from 0 to 100. */
export function targetRule(id: TargetRuleId, customCapPercent = 25, wording: Wording = ENGLISH): TargetRule {
  if (id !== 'custom') {
    return { id, name: say(wording, `${id}Name`), description: say(wording, `${id}Description`), cap: CAPS[id] };
  }
  const percent = Math.min(100, Math.max(0, Number.isFinite(customCapPercent) ? customCapPercent : 25));
  return { id: 'custom', name: say(wording, 'customName', { percent }), description: say(wording, 'customDescription', { percent }), cap: percent / 100 };
}

export type TargetStatus =
  | { kind: 'empty'; label: string }
  | { kind: 'on-target'; label: string; allowed: number }
  | { kind: 'too-promotional'; label: string; allowed: number; over: number };

/**
 * "too promotional by N posts": N is how many of the week's hard-sell posts would have to become
 * something else for the week to meet the cap.
 */
export function targetStatus(total: number, hardSell: number, rule: TargetRule, wording: Wording = ENGLISH): TargetStatus {
  if (total === 0) return { kind: 'empty', label: say(wording, 'empty') };
  const allowed = Math.floor(rule.cap * total + 1e-9);
  const over = hardSell - allowed;
  if (over <= 0) return { kind: 'on-target', label: say(wording, 'onTarget'), allowed };
  return { kind: 'too-promotional', label: say(wording, 'tooPromotional', {}, over), allowed, over };
}
