import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, type LoadedExtension } from './support/extension';
import { decodePosts } from '../../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../../lib/history/stored';

declare const chrome: {
  alarms: { get(name: string): Promise<{ name: string; scheduledTime: number } | undefined> };
  storage: Record<'local' | 'sync', { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
};

let ext: LoadedExtension;
let pages: Page[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});
beforeEach(async () => {
  for (const page of pages) await page.close();
  pages = [];
  await ext.worker.evaluate(() => chrome.storage.local.clear());
  await ext.worker.evaluate(() => chrome.storage.sync.clear());
});

async function openOptions(hash = ''): Promise<Page> {
  const page = await openExtensionPage(ext, `options.html${hash}`);
  pages.push(page);
  await page.getByRole('heading', { name: 'Muffin options' }).waitFor();
  return page;
}

const tweets = `window.YTD.tweets.part0 = [
  { "tweet": { "id_str": "1", "created_at": "Wed Oct 14 20:19:24 +0000 2026", "full_text": "Last chance! Sale ends tonight. Use code SAVE20 for 20% off everything &amp; buy now!" } },
  { "tweet": { "id_str": "2", "created_at": "Thu Oct 15 08:00:00 +0000 2026", "full_text": "What's the one pastry you'd never give up? Tell us below." } },
  { "tweet": { "id_str": "3", "created_at": "Thu Oct 15 09:00:00 +0000 2026", "in_reply_to_status_id_str": "99", "full_text": "@bo Thank you for coming by, Bo!" } }
]`;

describe('the options page', () => {
  it('explains the principle and every rule at its own anchor', async () => {
    const page = await openOptions('#rule-urgency');
    await expect(page.locator('#principle h2').textContent()).resolves.toBe('The muffin principle');
    await expect(page.locator('#rule-urgency h3').textContent()).resolves.toContain('Countdown');
    await expect(page.locator('[id^="rule-"] h3').count()).resolves.toBeGreaterThan(15);
  });

  it('saves settings to sync storage', async () => {
    const page = await openOptions();
    await page.getByLabel('Weeks start on').selectOption('0');
    await page.getByLabel('Your name in team reports').fill('Ada');
    await page.getByLabel('Your name in team reports').blur();
    await page.getByRole('radio', { name: /80\/20/ }).check();
    await page.waitForFunction(() => document.querySelector('[data-testid="settings-status"]')?.textContent === 'Saved.');
    // One item per setting, each with its version.
    await expect.poll(() => ext.worker.evaluate(() => chrome.storage.sync.get(['weekStart', 'personName', 'targetRule', 'targetRule$']))).toEqual({ weekStart: 0, personName: 'Ada', targetRule: '80-20', targetRule$: { v: 1 } });
  });

  it('turns on the weekly summary notification: the background sets an alarm for the close of the week', async () => {
    const page = await openOptions();
    await page.getByLabel(/Tell me when my weekly tone summary is ready/).check();
    await page.waitForFunction(() => document.querySelector('[data-testid="settings-status"]')?.textContent === 'Saved.');
    const alarm = () => ext.worker.evaluate(() => chrome.alarms.get('muffin-weekly-summary'));
    await expect.poll(alarm).toMatchObject({ name: 'muffin-weekly-summary' });
    const { scheduledTime } = (await alarm())!;
    expect(scheduledTime).toBeGreaterThan(Date.now());
    expect(scheduledTime).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000);
    await page.getByLabel(/Tell me when my weekly tone summary is ready/).uncheck();
    await expect.poll(alarm).toBeUndefined();
  });

  it('imports an X archive into the history, once', async () => {
    const page = await openOptions();
    const input = page.getByTestId('archive-import');
    await input.setInputFiles({ name: 'tweets.js', mimeType: 'text/javascript', buffer: Buffer.from(tweets) });
    await page.getByTestId('archive-message').waitFor();
    expect(await page.getByTestId('archive-message').textContent()).toBe('X: analysed 3 posts, added 3. Posts older than your retention (52 weeks) are not kept.');
    const stored = (await ext.worker.evaluate(() => chrome.storage.local.get(null))) as { history: { posts: unknown }; history$: unknown };
    expect(stored.history$).toEqual({ v: HISTORY_STORE_VERSION });
    const decoded = decodePosts(stored.history.posts);
    expect(decoded.ok && decoded.posts.map((p) => [p.id, p.reply])).toEqual([
      ['x:1', false],
      ['x:2', false],
      ['x:3', true],
    ]);
    expect(decoded.ok && decoded.posts.slice(0, 2).map((p) => p.verdict)).toEqual(['hard-sell', 'conversation']);
    await input.setInputFiles({ name: 'tweets.js', mimeType: 'text/javascript', buffer: Buffer.from(tweets) });
    await page.waitForFunction(() => document.querySelector('[data-testid="archive-message"]')?.textContent?.includes('already there'));
    await input.setInputFiles({ name: 'tweets.js', mimeType: 'text/javascript', buffer: Buffer.from('nope') });
    await page.waitForFunction(() => document.querySelector('[data-testid="archive-message"]')?.textContent?.startsWith('Nothing'));
    expect(await page.getByTestId('archive-message').textContent()).toBe('Nothing was imported. This is not X\'s tweets.js: it should start with "window.YTD.tweets.part0 =".');
  });

  it('clears everything only after confirmation', async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({
        history: { posts: [{ id: 'a', publishedAt: '2026-11-20T10:00:00.000Z', platform: 'x', verdict: 'conversation', rules: [], chars: 10, improved: 0 }] },
        history$: { v: 2 },
      }),
    );
    const page = await openOptions();
    await page.getByRole('button', { name: 'Clear all history…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(Object.keys(await ext.worker.evaluate(() => chrome.storage.local.get(null)))).toContain('history');
    await page.getByRole('button', { name: 'Clear all history…' }).click();
    await expect(page.getByRole('group', { name: 'Confirm deleting the history' }).textContent()).resolves.toContain('Delete all 1 post and');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByTestId('data-message').waitFor();
    expect(await ext.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
  });
});
