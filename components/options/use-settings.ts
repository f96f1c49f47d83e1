import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, SettingTooLargeError, SYNC_ITEM_LIMIT, watchSettings, type LoadedSettings, type SettingName, type Settings } from '@/lib/storage/settings';

/** The settings a person can make long enough to pass the browser's limit for one synced item, by name. */
const LONG_SETTINGS: Partial<Record<SettingName, () => string>> = {
  customPhrases: () => i18n.t('options.coach.customPhrasesName'),
  ignorePhrases: () => i18n.t('options.coach.ignorePhrasesName'),
  sites: () => i18n.t('options.sites.listName'),
  customSites: () => i18n.t('options.sites.listName'),
  siteIgnoreRules: () => i18n.t('options.coach.siteIgnoresName'),
  personName: () => i18n.t('options.report.personNameName'),
};

/** Why a change was not saved, in the page's language. */
export function saveProblemText(error: unknown): string {
  if (error instanceof SettingTooLargeError) {
    const setting = LONG_SETTINGS[error.setting]?.() ?? error.setting;
    return i18n.t('options.tooLarge', { setting, bytes: error.bytes.toLocaleString(), limit: SYNC_ITEM_LIMIT.toLocaleString() });
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The settings, live, and a function that saves a change and says whether it worked (the status line says
 * why not). A change that cannot be saved is refused whole; a field can then keep what the person typed.
 */
export function useSettings(): { loaded: LoadedSettings | null; update: (change: Partial<Settings>) => Promise<boolean>; status: string } {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const load = () => void loadSettings().then(setLoaded);
    load();
    return watchSettings(load);
  }, []);
  const update = async (change: Partial<Settings>) => {
    try {
      const settings = await saveSettings(change);
      setLoaded({ settings });
      setStatus(i18n.t('options.saved'));
      return true;
    } catch (error) {
      setStatus(saveProblemText(error));
      return false;
    }
  };
  return { loaded, update, status };
}
