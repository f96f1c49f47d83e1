import type { Sensitivity } from '../analysis';
import { isObject, isOneOf, isStringList } from '../guards';
import type { TargetRuleId } from '../history/targets';
import type { Weekday } from '../history/types';

/** Everything the options page sets. Each field is its own `sync:<name>` item (settings.ts), so it follows the person across browsers. */
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

/** The version of each `sync:<setting>` item this Muffin writes (each item has its own). */
export const SETTING_VERSION = 1;

export type SettingName = keyof Settings;
export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as SettingName[];

const TARGETS: readonly TargetRuleId[] = ['thirds', '80-20', '4-1-1', '5-3-2', 'custom'];
const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'strict'];

const switches = (value: unknown): Record<string, boolean> | undefined =>
  isObject(value) ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean')) : undefined;
const ruleLists = (value: unknown): Record<string, string[]> | undefined =>
  isObject(value)
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string[]] => isStringList(entry[1]) && entry[1].length > 0).map(([pattern, rules]) => [pattern, [...rules]]))
    : undefined;
const strings = (value: unknown): string[] | undefined => (isStringList(value) ? [...value] : undefined);
const when =
  <T>(ok: (value: unknown) => boolean) =>
  (value: unknown): T | undefined =>
    ok(value) ? (value as T) : undefined;
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isWhole = (from: number, to = Number.MAX_SAFE_INTEGER) => (value: unknown) => Number.isInteger(value) && (value as number) >= from && (value as number) <= to;

/** Each setting's check: its stored value, cleaned, or undefined when unreadable (it then takes its default). */
const CHECKS: { [K in SettingName]: (value: unknown) => Settings[K] | undefined } = {
  sites: switches,
  customSites: strings,
  paused: when(isBoolean),
  targetRule: when((v) => isOneOf(TARGETS, v)),
  customCap: when((v) => typeof v === 'number' && v >= 0 && v <= 100),
  sensitivity: when((v) => isOneOf(SENSITIVITIES, v)),
  customPhrases: strings,
  ignorePhrases: strings,
  ignoreRules: strings,
  siteIgnoreRules: ruleLists,
  weekStart: when(isWhole(0, 6)),
  personName: when((v) => typeof v === 'string'),
  keepText: when(isBoolean),
  retentionWeeks: when(isWhole(0)),
  weeklyNotification: when(isBoolean),
};

/** One stored setting, checked: a missing or unreadable value takes the default. */
export function normalizeSetting<K extends SettingName>(name: K, stored: unknown): Settings[K] {
  return CHECKS[name](stored) ?? DEFAULT_SETTINGS[name];
}

/**
 * Stored settings with each field checked: a missing or unreadable field takes its default, so a
 * setting added in a later version needs no migration. Nothing is written back here.
 */
export function normalizeSettings(stored: unknown): Settings {
  const fields = isObject(stored) ? stored : {};
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, normalizeSetting(name, fields[name])])) as unknown as Settings;
}
