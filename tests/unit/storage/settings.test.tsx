// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/options/Options';
import { DEFAULT_SETTINGS, SYNC_ITEM_LIMIT, SettingTooLargeError, loadSettings, migrateLegacySettings, normalizeSettings, saveSettings, type Settings } from '@/lib/storage/settings';
import { SETTING_NAMES } from '@/lib/storage/settings-schema';

const sync = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

/** Every setting away from its default, as Muffin 0.1 kept them in one `settings` item. */
const EVERY_SETTING: Settings = {
  sites: { 'https://x.com/*': false, 'https://twitter.com/*': false, 'https://mastodon.art/*': true },
  customSites: ['https://mastodon.art/*'],
  paused: true,
  targetRule: 'custom',
  customCap: 40,
  sensitivity: 'strict',
  customPhrases: ['limited run', 'act fast'],
  ignorePhrases: ['sale'],
  ignoreRules: ['hashtag-dump'],
  siteIgnoreRules: { 'https://x.com/*': ['urgency'] },
  weekStart: 0,
  personName: 'Ada',
  keepText: true,
  retentionWeeks: 12,
  weeklyNotification: true,
};

/** The largest item in storage.sync, as Chrome counts it (key and JSON value, in bytes). */
async function largestSyncItem(): Promise<number> {
  return Math.max(0, ...Object.entries(await sync()).map(([key, value]) => new TextEncoder().encode(key + JSON.stringify(value)).length));
}

/** A phrase list of `chars` characters in all. */
const phrases = (chars: number) => Array.from({ length: Math.ceil(chars / 20) }, (_, i) => `limited offer ${String(i).padStart(5, '0')}`.slice(0, 19));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings, one sync item each', () => {
  it('start from the defaults, and store each change as its own versioned item', async () => {
    expect(SETTING_NAMES).toEqual(Object.keys(EVERY_SETTING));
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await saveSettings({ weekStart: 0, personName: 'Ada' })).toEqual({ ...DEFAULT_SETTINGS, weekStart: 0, personName: 'Ada' });
    expect(await sync()).toEqual({ weekStart: 0, weekStart$: { v: 1 }, personName: 'Ada', personName$: { v: 1 } });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, weekStart: 0, personName: 'Ada' });
  });

  it('read an unreadable item as its default, each on its own', async () => {
    await fakeBrowser.storage.sync.set({ targetRule: 'nonsense', customCap: 40, weekStart: 9, sites: { 'https://x.com/*': false, bad: 'yes' } });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, customCap: 40, sites: { 'https://x.com/*': false } });
  });

  it('keep every change when several are saved at once', async () => {
    await Promise.all([saveSettings({ weekStart: 0 }), saveSettings({ personName: 'Ada' }), saveSettings({ targetRule: '80-20' })]);
    expect((await loadSettings()).settings).toMatchObject({ weekStart: 0, personName: 'Ada', targetRule: '80-20' });
  });

  it('refuse to save over a setting from a newer Muffin', async () => {
    await fakeBrowser.storage.sync.set({ weekStart: 3, weekStart$: { v: 2 } });
    const loaded = await loadSettings();
    expect(loaded).toEqual({ settings: { ...DEFAULT_SETTINGS, weekStart: 3 }, newerVersion: 2 });
    await expect(saveSettings({ weekStart: 1 })).rejects.toThrow('newer version of Muffin (version 2)');
    expect((await sync()).weekStart).toBe(3);
  });
});

describe('moving the settings out of the single `settings` item', () => {
  it('loses nothing: the old item in, every value out, the old item gone', async () => {
    await fakeBrowser.storage.sync.set({ settings: EVERY_SETTING, settings$: { v: 1 } });
    await migrateLegacySettings();
    const stored = await sync();
    for (const name of SETTING_NAMES) {
      expect(stored[name], name).toEqual(EVERY_SETTING[name]);
      expect(stored[`${name}$`], name).toEqual({ v: 1 });
    }
    expect(stored).not.toHaveProperty('settings');
    expect(stored).not.toHaveProperty('settings$');
    expect(await loadSettings()).toEqual({ settings: EVERY_SETTING });
  });

  it('removes the old item only after every new one is written', async () => {
    await fakeBrowser.storage.sync.set({ settings: EVERY_SETTING });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The write fails: the old item stays, and is what the settings are.
    expect(await loadSettings()).toEqual({ settings: EVERY_SETTING });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toHaveLength(SETTING_NAMES.length * 2);
    expect(remove).not.toHaveBeenCalled();
    expect(await sync()).toEqual({ settings: EVERY_SETTING });
    // Next time it works, and the old item goes only after the write.
    await loadSettings();
    expect(set).toHaveBeenCalledTimes(2);
    expect(remove).toHaveBeenCalled();
    expect(Math.min(...remove.mock.invocationCallOrder)).toBeGreaterThan(set.mock.invocationCallOrder[1]!);
    expect(await sync()).not.toHaveProperty('settings');
    expect((await loadSettings()).settings).toEqual(EVERY_SETTING);
  });

  it('reads a partial old item with defaults for the rest, and leaves one from a newer Muffin alone', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'gentle' } });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'gentle' });
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { weekStart: 3 }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, weekStart: 3 }, newerVersion: 2 });
    expect(await sync()).toEqual({ settings: { weekStart: 3 }, settings$: { v: 2 } });
  });
});

describe('the browser’s limit for one synced item', () => {
  it('refuses a 10,000-character phrase list whole, saying how big it is, and saves nothing', async () => {
    await saveSettings({ customPhrases: ['act fast'] });
    const long = phrases(10_000);
    expect(long.join('').length).toBeGreaterThanOrEqual(9_500);
    const refusal = saveSettings({ customPhrases: long, paused: true });
    await expect(refusal).rejects.toBeInstanceOf(SettingTooLargeError);
    await expect(refusal).rejects.toMatchObject({ setting: 'customPhrases', bytes: expect.any(Number) });
    expect(((await refusal.catch((e: SettingTooLargeError) => e)) as SettingTooLargeError).bytes).toBeGreaterThan(SYNC_ITEM_LIMIT);
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, customPhrases: ['act fast'] });
    expect(await largestSyncItem()).toBeLessThanOrEqual(SYNC_ITEM_LIMIT);
  });

  it('keeps every stored item under 8,192 bytes, whatever the lists hold', async () => {
    for (const chars of [1_000, 7_000, 10_000, 20_000]) {
      for (const name of ['customPhrases', 'ignorePhrases', 'customSites'] as const) await saveSettings({ [name]: phrases(chars) }).catch(() => undefined);
      await saveSettings({ siteIgnoreRules: Object.fromEntries(phrases(chars).map((p) => [`https://${p.replace(/\W/g, '')}.example/*`, ['urgency']])) }).catch(() => undefined);
      await saveSettings({ personName: 'A'.repeat(chars) }).catch(() => undefined);
      expect(await largestSyncItem(), `${chars} characters`).toBeLessThanOrEqual(SYNC_ITEM_LIMIT);
    }
    // The lists that fit were saved.
    expect((await loadSettings()).settings.customPhrases).toEqual(phrases(7_000));
  });

  it('is explained in the options page, and the phrases typed stay in the box', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    await act(async () => render(<Options />, root));
    await vi.waitFor(() => expect(root.querySelector('#custom-phrases')).not.toBeNull());
    const box = root.querySelector<HTMLTextAreaElement>('#custom-phrases')!;
    const typed = phrases(10_000).join('\n');
    await act(async () => {
      box.value = typed;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const status = root.querySelector('[data-testid="settings-status"]')!;
    await vi.waitFor(() => expect(status.textContent).toMatch(/^Not saved: your own hard-sell phrases would take [\d,]+ bytes, and the browser syncs at most 8,192 bytes for one setting\./));
    expect(box.value).toBe(typed);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(await sync()).toEqual({});
    expect(normalizeSettings(await sync())).toEqual(DEFAULT_SETTINGS);
  });
});
