import type { Sensitivity } from '../analysis';
import type { TargetRuleId } from '../history/targets';
import type { Weekday } from '../history/types';

/** Everything the options page sets. Stored in `sync:` so it follows the person across browsers. */
export interface Settings {
  /** Match pattern (e.g. "https://x.com/*") → coached or not. Built-in sites default to on. */
  sites: Record<string, boolean>;
  /** Origins the person added (a Mastodon instance…), as match patterns. */
  customSites: string[];
  paused: boolean;
  targetRule: TargetRuleId;
  /** Percentage for the custom target rule. */
  customCap: number;
  sensitivity: Sensitivity;
  customPhrases: string[];
  ignorePhrases: string[];
  ignoreRules: string[];
  /** Match pattern of a site → rules ignored on that site only ("Ignore this rule" → "on this site"). */
  siteIgnoreRules: Record<string, string[]>;
  weekStart: Weekday;
  /** Name written into team exports. */
  personName: string;
  keepText: boolean;
  /** 0 keeps everything. */
  retentionWeeks: number;
  weeklyNotification: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  customSites: [],
  paused: false,
  targetRule: 'thirds',
  customCap: 25,
  sensitivity: 'standard',
  customPhrases: [],
  ignorePhrases: [],
  ignoreRules: [],
  siteIgnoreRules: {},
  weekStart: 1,
  personName: '',
  keepText: false,
  retentionWeeks: 52,
  weeklyNotification: false,
};

export const SETTINGS_VERSION = 1;

const TARGETS: readonly TargetRuleId[] = ['thirds', '80-20', '4-1-1', '5-3-2', 'custom'];
const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'strict'];

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined);

/**
 * Stored settings with each field checked: a missing or unreadable field takes its default, so a
 * setting added in a later version needs no migration. Nothing is written back here.
 */
export function normalizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const sites: Record<string, boolean> = {};
  if (typeof s.sites === 'object' && s.sites !== null) {
    for (const [pattern, on] of Object.entries(s.sites)) if (typeof on === 'boolean') sites[pattern] = on;
  }
  const siteIgnoreRules: Record<string, string[]> = {};
  if (typeof s.siteIgnoreRules === 'object' && s.siteIgnoreRules !== null && !Array.isArray(s.siteIgnoreRules)) {
    for (const [pattern, rules] of Object.entries(s.siteIgnoreRules)) {
      const list = strings(rules);
      if (list && list.length > 0) siteIgnoreRules[pattern] = list;
    }
  }
  const pick = <T>(value: unknown, ok: (v: unknown) => boolean, fallback: T): T => (ok(value) ? (value as T) : fallback);
  const d = DEFAULT_SETTINGS;
  return {
    sites,
    customSites: strings(s.customSites) ?? d.customSites,
    paused: pick(s.paused, (v) => typeof v === 'boolean', d.paused),
    targetRule: pick(s.targetRule, (v) => TARGETS.includes(v as TargetRuleId), d.targetRule),
    customCap: pick(s.customCap, (v) => typeof v === 'number' && v >= 0 && v <= 100, d.customCap),
    sensitivity: pick(s.sensitivity, (v) => SENSITIVITIES.includes(v as Sensitivity), d.sensitivity),
    customPhrases: strings(s.customPhrases) ?? d.customPhrases,
    ignorePhrases: strings(s.ignorePhrases) ?? d.ignorePhrases,
    ignoreRules: strings(s.ignoreRules) ?? d.ignoreRules,
    siteIgnoreRules,
    weekStart: pick(s.weekStart, (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6, d.weekStart),
    personName: pick(s.personName, (v) => typeof v === 'string', d.personName),
    keepText: pick(s.keepText, (v) => typeof v === 'boolean', d.keepText),
    retentionWeeks: pick(s.retentionWeeks, (v) => Number.isInteger(v) && (v as number) >= 0, d.retentionWeeks),
    weeklyNotification: pick(s.weeklyNotification, (v) => typeof v === 'boolean', d.weeklyNotification),
  };
}
