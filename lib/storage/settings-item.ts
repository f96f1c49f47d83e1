import { i18n } from '#i18n';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeSettings, type Settings } from './settings';

/** The options, in `sync:` so they follow the person across their browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored settings come from a newer Muffin: the options page then refuses to save. */
  problem?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta() as Promise<{ v?: unknown }>]);
  const version = typeof meta.v === 'number' ? meta.v : 1;
  const settings = normalizeSettings(value);
  if (version > SETTINGS_VERSION) {
    return { settings, problem: i18n.t('options.newerSettings', { version }) };
  }
  return { settings };
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Saves a change on top of the stored settings. Saves run one after another: two changes made in quick
 * succession (a select, then a text field) would otherwise both read the old settings and the second
 * write would undo the first.
 */
export function saveSettings(update: Partial<Settings>): Promise<Settings> {
  const save = async () => {
    const { settings, problem } = await loadSettings();
    if (problem) throw new Error(problem);
    const next = normalizeSettings({ ...settings, ...update });
    await settingsItem.setValue(next);
    return next;
  };
  const run = saving.then(save, save);
  saving = run.catch(() => undefined);
  return run;
}
