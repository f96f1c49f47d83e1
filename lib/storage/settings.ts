// The options, one `sync:` storage item per setting (`sync:sensitivity`, `sync:customPhrases`…), so they
// follow the person across their browsers and each stays under the browser's limit for one synced item.
// What each setting means and holds: settings-schema.ts.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTING_NAMES, SETTING_VERSION, normalizeSetting, normalizeSettings, type SettingName, type Settings } from './settings-schema';

export { DEFAULT_SETTINGS, normalizeSettings, type SettingName, type Settings } from './settings-schema';

/** Chrome's QUOTA_BYTES_PER_ITEM for storage.sync: the key and its value as JSON, in bytes. */
export const SYNC_ITEM_LIMIT = 8_192;

const items = new Map<SettingName, WxtStorageItem<unknown, { v: number }>>();

/**
 * A setting's storage item, defined on first use: WXT reads an item's value as soon as it is defined, and
 * the popup should not pay fifteen reads before its first view. Reads and writes of several settings go
 * through storage.getItems / setItems in one call each (below), on the same keys.
 */
export function settingItem<K extends SettingName>(name: K): WxtStorageItem<Settings[K], { v: number }> {
  let item = items.get(name);
  if (!item) {
    item = storage.defineItem<Settings[K], { v: number }>(`sync:${name}`, { fallback: DEFAULT_SETTINGS[name], version: SETTING_VERSION });
    items.set(name, item);
  }
  return item as WxtStorageItem<Settings[K], { v: number }>;
}

/** Where all settings lived up to Muffin 0.1 (one object); moved to one item per setting by migrateLegacySettings. */
const LEGACY_KEY = 'sync:settings';

/** A setting that would pass the browser's limit for one synced item: nothing was saved. */
export class SettingTooLargeError extends Error {
  override name = 'SettingTooLargeError';
  constructor(
    readonly setting: SettingName,
    readonly bytes: number,
  ) {
    super(`${setting} would take ${bytes} bytes; storage.sync keeps at most ${SYNC_ITEM_LIMIT} per item. Nothing was saved.`);
  }
}

/** A setting as storage.sync counts it: its key and its value as JSON, in UTF-8 bytes. */
export const syncedBytes = (name: SettingName, value: unknown): number => new TextEncoder().encode(name + JSON.stringify(value)).length;

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored settings come from a newer Muffin (the storage version): the options page then refuses to save. */
  newerVersion?: number;
}

const valueAndVersion = (name: SettingName) => [`sync:${name}`, `sync:${name}$`] as const;

/** The writes that store `values` (each with its version, in the same call, so a reader never sees one without the other). */
function writes(values: Partial<Settings>): { key: `sync:${string}`; value: unknown }[] {
  return Object.entries(values).flatMap(([name, value]) => {
    const [key, meta] = valueAndVersion(name as SettingName);
    return [
      { key, value },
      { key: meta, value: { v: SETTING_VERSION } },
    ];
  });
}

/** The old single item's version, when it comes from a Muffin newer than any that used it (left alone then). */
const newerLegacy = (meta: unknown): number | undefined => {
  const v = (meta as { v?: unknown } | null)?.v;
  return typeof v === 'number' && v > 1 ? v : undefined;
};

/**
 * Moves settings saved as the single `sync:settings` object into one item per setting: every value is
 * written first, and the old item is removed only once they all are. The background runs it at start-up;
 * loadSettings runs it too when it still finds the old item (a page that opened first, a browser that
 * synced the old item in from an older Muffin). A failure leaves the old item where it was, to try again.
 */
export async function migrateLegacySettings(): Promise<void> {
  const [legacy, meta] = await Promise.all([storage.getItem<unknown>(LEGACY_KEY), storage.getMeta(LEGACY_KEY)]);
  if (legacy === null || newerLegacy(meta) !== undefined) return;
  await storage.setItems(writes(normalizeSettings(legacy)));
  await storage.removeItem(LEGACY_KEY, { removeMeta: true });
}

/** Every setting, each checked (an unreadable one takes its default), and whether a newer Muffin saved them. */
export async function loadSettings(): Promise<LoadedSettings> {
  const keys = [...SETTING_NAMES.flatMap(valueAndVersion), LEGACY_KEY, `${LEGACY_KEY}$`];
  const stored = new Map((await storage.getItems(keys as `sync:${string}`[])).map(({ key, value }) => [key, value as unknown]));
  const legacy = stored.get(LEGACY_KEY) ?? null;
  const legacyVersion = newerLegacy(stored.get(`${LEGACY_KEY}$`));
  if (legacy !== null) {
    // Still in the old item: that is what the settings are, whether or not moving them works this time.
    if (legacyVersion !== undefined) return { settings: normalizeSettings(legacy), newerVersion: legacyVersion };
    await migrateLegacySettings().catch((error: unknown) => console.error('Muffin: the settings stay in their old item for now.', error));
    return { settings: normalizeSettings(legacy) };
  }
  const settings = Object.fromEntries(SETTING_NAMES.map((name) => [name, normalizeSetting(name, stored.get(`sync:${name}`))])) as unknown as Settings;
  const versions = SETTING_NAMES.map((name) => (stored.get(`sync:${name}$`) as { v?: unknown } | null)?.v).filter((v): v is number => typeof v === 'number');
  const newest = Math.max(0, ...versions);
  return newest > SETTING_VERSION ? { settings, newerVersion: newest } : { settings };
}

/**
 * Saves the settings in `update` (only those), each checked first. Throws without saving anything when the
 * stored settings come from a newer Muffin, or when a setting would pass the browser's limit for one synced
 * item (SettingTooLargeError: the page says so, and what the person typed stays in the page).
 */
export async function saveSettings(update: Partial<Settings>): Promise<Settings> {
  const { settings, newerVersion } = await loadSettings();
  if (newerVersion !== undefined) throw new Error(`These settings were saved by a newer version of Muffin (version ${newerVersion}).`);
  const next = normalizeSettings({ ...settings, ...update });
  const changed = Object.fromEntries(SETTING_NAMES.filter((name) => name in update).map((name) => [name, next[name]])) as Partial<Settings>;
  for (const [name, value] of Object.entries(changed)) {
    const bytes = syncedBytes(name as SettingName, value);
    if (bytes > SYNC_ITEM_LIMIT) throw new SettingTooLargeError(name as SettingName, bytes);
  }
  await storage.setItems(writes(changed));
  return next;
}

/** Calls `onChange` when any of `names` (every setting by default) changes. Returns the unwatch function. */
export function watchSettings(onChange: () => void, names: readonly SettingName[] = SETTING_NAMES): () => void {
  const stops = names.map((name) => settingItem(name).watch(onChange));
  return () => stops.forEach((stop) => stop());
}
