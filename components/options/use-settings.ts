import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, settingsItem, type LoadedSettings } from '@/lib/storage/settings-item';
import type { Settings } from '@/lib/storage/settings';

/** The settings, live, and a function that saves a change and says whether it worked. */
export function useSettings(): { loaded: LoadedSettings | null; update: (change: Partial<Settings>) => Promise<void>; status: string } {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const load = () => void loadSettings().then(setLoaded);
    load();
    return settingsItem.watch(load);
  }, []);
  const update = async (change: Partial<Settings>) => {
    try {
      const settings = await saveSettings(change);
      setLoaded({ settings });
      setStatus(i18n.t('options.saved'));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return { loaded, update, status };
}
