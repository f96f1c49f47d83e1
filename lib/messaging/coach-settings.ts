// The options page's settings, read and written for the coach. Background only: the content script asks
// through messages and never loads storage code itself.
import { loadSettings, saveSettings } from '../storage';
import type { CoachSettings } from './handlers';

/** Pause and per-site switches, and the analysis options the person chose. */
export async function coachSettingsFor(origin: string | undefined): Promise<CoachSettings> {
  const { settings } = await loadSettings();
  const siteOn = origin === undefined || settings.sites[`${origin}/*`] !== false;
  return {
    enabled: !settings.paused && siteOn,
    options: {
      sensitivity: settings.sensitivity,
      customPhrases: settings.customPhrases,
      ignorePhrases: settings.ignorePhrases,
      ignoreRules: settings.ignoreRules,
    },
  };
}

export async function ignoreRuleEverywhere(rule: string): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.ignoreRules.includes(rule)) await saveSettings({ ignoreRules: [...settings.ignoreRules, rule] });
}
