// The options page's settings, read and written for the coach. Background only: the content script asks
// through messages and never loads storage code itself.
import { siteSwitchedOn } from '../sites';
import { loadSettings, saveSettings } from '../storage/settings';
import type { IgnoreScope } from '../messaging/protocol';
import type { CoachSettings } from './coach-handlers';

/** Pause and per-site switches, and the analysis options the person chose. */
export async function coachSettingsFor(origin: string | undefined): Promise<CoachSettings> {
  const { settings } = await loadSettings();
  const pattern = origin === undefined ? undefined : `${origin}/*`;
  const siteOn = pattern === undefined || siteSwitchedOn(settings.sites, pattern);
  const siteIgnores = pattern === undefined ? [] : (settings.siteIgnoreRules[pattern] ?? []);
  return {
    enabled: !settings.paused && siteOn,
    options: {
      sensitivity: settings.sensitivity,
      customPhrases: settings.customPhrases,
      ignorePhrases: settings.ignorePhrases,
      ignoreRules: [...settings.ignoreRules, ...siteIgnores],
    },
  };
}

export async function ignoreRuleEverywhere(rule: string): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.ignoreRules.includes(rule)) await saveSettings({ ignoreRules: [...settings.ignoreRules, rule] });
}

/** "Ignore this rule" from a card: on the card's site (the sender's origin), or everywhere. */
export async function ignoreRuleFromCard(rule: string, scope: IgnoreScope, origin: string | undefined): Promise<void> {
  if (scope === 'everywhere') return ignoreRuleEverywhere(rule);
  // A site-scoped ignore needs a site: without a sender URL there is nothing to scope it to.
  if (origin === undefined) return;
  const { settings } = await loadSettings();
  const pattern = `${origin}/*`;
  const current = settings.siteIgnoreRules[pattern] ?? [];
  if (current.includes(rule)) return;
  await saveSettings({ siteIgnoreRules: { ...settings.siteIgnoreRules, [pattern]: [...current, rule] } });
}
