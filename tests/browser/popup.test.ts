import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, type LoadedExtension } from './support/extension';
import { encodePosts } from '../../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../../lib/history/stored';
import type { PostRecord } from '../../lib/history/types';
import { createWeekCalendar } from '../../lib/history/weeks';

// The extension's global, as the service worker sees it (the test only hands these functions to it).
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
};

const DAY = 86_400_000;
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

async function seed(items: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate((data) => chrome.storage.local.set(data), items);
}

async function openPopup(): Promise<Page> {
  const page = await openExtensionPage(ext, 'popup.html');
  pages.push(page);
  return page;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

function record(ms: number, i: number, overrides: Partial<PostRecord>): PostRecord {
  return { id: `p${ms}-${i}`, publishedAt: new Date(ms).toISOString(), platform: 'linkedin', verdict: 'conversation', rules: [], chars: 200, improved: 0, reply: false, ...overrides };
}

/** 12 posts in the last seconds (8 conversations, 3 countdowns, 1 broadcast) and 5 a week earlier (2 conversations). */
function seededWeek(now: number): PostRecord[] {
  const posts: PostRecord[] = [];
  for (let i = 0; i < 5; i++) posts.push(record(now - 7 * DAY - i * 1000, i, { verdict: i < 2 ? 'conversation' : 'broadcast', rules: ['announcement'] }));
  for (let i = 0; i < 8; i++) posts.push(record(now - 20_000 + i * 1000, 100 + i, { rules: ['question'], platform: i < 5 ? 'linkedin' : 'x' }));
  for (let i = 0; i < 3; i++) posts.push(record(now - 10_000 + i * 1000, 200 + i, { verdict: 'hard-sell', rules: ['urgency', 'discount'], platform: 'x', improved: 1 }));
  posts.push(record(now - 5000, 300, { verdict: 'broadcast', rules: ['link-dump', 'urgency'], platform: 'mastodon', improved: 2 }));
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
}

/** seededWeek's posts with replies: 6 a week earlier, 14 in the last seconds (4 of them on Bluesky). */
function seededWeekWithReplies(now: number): PostRecord[] {
  const replies = [
    ...Array.from({ length: 6 }, (_, i) => record(now - 7 * DAY - 10_000 - i * 1000, 400 + i, { reply: true, rules: ['thanks'] })),
    ...Array.from({ length: 14 }, (_, i) => record(now - 40_000 + i * 1000, 500 + i, { reply: true, rules: ['thanks'], platform: i < 4 ? 'bluesky' : 'linkedin' })),
  ];
  return [...seededWeek(now), ...replies].sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
}

describe('the popup', () => {
  it('shows the week from a seeded history: counts, shares, target, replies, summary, habits, platforms, impact', async () => {
    await seed({ history: { posts: encodePosts(seededWeekWithReplies(Date.now())) }, history$: { v: HISTORY_STORE_VERSION } });
    const page = await openPopup();
    await page.getByTestId('count-total').waitFor();
    // The new posts' mix and target, with the 14 friendly replies on their own line.
    expect(await text(page, 'count-total')).toBe('12');
    expect(await text(page, 'count-conversation')).toBe('8');
    expect(await text(page, 'share-conversation')).toBe('67%');
    expect(await text(page, 'count-broadcast')).toBe('1');
    expect(await text(page, 'count-hard-sell')).toBe('3');
    expect(await text(page, 'target-status')).toBe('Rule of thirds: on target');
    expect((await text(page, 'replies'))?.replace(/\s+/g, ' ').trim()).toBe('14 replies · +8 vs the week before');
    expect(await text(page, 'summary-sentence')).toBe(
      '12 new posts this week, 8 conversations (67%), up from 40%; the habit to work on: countdowns. You answered 14 people this week, up from 6.',
    );
    expect(await text(page, 'week-change')).toContain('+7 posts, conversations +27 pts');
    expect(await page.getByTestId('top-habits').locator('li a').allTextContents()).toEqual(['Countdown', 'Discount pitch', 'Link dump']);
    expect(await page.getByTestId('platforms').locator('tbody th').allTextContents()).toEqual(['X', 'LinkedIn', 'Mastodon', 'Bluesky']);
    expect(await text(page, 'improved')).toBe('4 drafts improved before posting (5 cards acted on).');
    expect(await page.getByTestId('trend-bars').locator('g').count()).toBe(12);
    expect(ext.networkRequests).toEqual([]);
  });

  it('goes back a week and forward again, with the keyboard', async () => {
    await seed({ history: { posts: seededWeek(Date.now()) }, history$: { v: 2 } });
    const page = await openPopup();
    await page.getByTestId('count-total').waitFor();
    await expect(page.getByRole('button', { name: 'Next week' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Previous week' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="count-total"]')?.textContent === '5');
    expect(await text(page, 'summary-sentence')).toBe('5 new posts last week, 2 conversations (40%); the habit to work on: press-release openers. You answered no one last week.');
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="count-total"]')?.textContent === '12');
  });

  it('follows the target rule from the settings', async () => {
    await seed({ history: { posts: seededWeek(Date.now()) }, history$: { v: 2 } });
    // Stored as Muffin 0.1 stored settings (one `settings` item): read through the move to one item per setting.
    await ext.worker.evaluate(() => chrome.storage.sync.set({ settings: { targetRule: '5-3-2' } }));
    const page = await openPopup();
    await page.getByTestId('count-total').waitFor();
    expect(await text(page, 'target-status')).toBe('5-3-2: too promotional by 3 posts');
  });

  it('explains what will appear when there is no history yet', async () => {
    const page = await openPopup();
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').getByRole('link', { name: 'Read the muffin principle' }).getAttribute('href')).toBe('/options.html#principle');
  });

  it('reports damaged storage, offers the raw data and changes nothing', async () => {
    await seed({ history: { posts: [1, 2] }, history$: { v: 2 } });
    const page = await openPopup();
    await page.getByTestId('storage-problem').waitFor();
    expect(await page.getByTestId('storage-problem').textContent()).toContain('could not be upgraded from storage version 2: post 1 of 2: it is 1, not a post (and 1 more post with problems)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the stored data' }).click();
    const file = await download;
    const raw = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let data = '';
        stream.on('data', (chunk) => (data += chunk));
        stream.on('end', () => resolve(data));
        stream.on('error', reject);
      });
    });
    expect(JSON.parse(raw)).toEqual({ key: 'local:history', meta: { v: 2 }, value: { posts: [1, 2] } });
    expect(await ext.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({ history: { posts: [1, 2] }, history$: { v: 2 } });
  });

  it('says so when the history comes from a newer Muffin', async () => {
    await seed({ history: { posts: [], more: true }, history$: { v: 7 } });
    const page = await openPopup();
    await page.getByTestId('storage-problem').waitFor();
    expect(await page.getByTestId('storage-problem').textContent()).toContain('saved by a newer version of Muffin (storage version 7');
  });

  it('imports team files into a per-person view, once, and refuses a foreign file', async () => {
    const now = Date.now();
    // Ada's Muffin knows replies (version 2); Bo's file comes from before them (version 1).
    const file = (person: string, posts: PostRecord[], version = 2) => ({
      name: `${person}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'muffin-history', version, exportedAt: new Date(now).toISOString(), person, posts })),
    });
    const page = await openPopup();
    await page.getByRole('tab', { name: 'My weeks' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Team' }).getAttribute('aria-selected')).resolves.toBe('true');
    const input = page.getByTestId('team-import');
    await input.setInputFiles([file('Ada', seededWeekWithReplies(now)), file('Bo', [record(now - 3000, 9, { verdict: 'hard-sell', rules: ['urgency'] })], 1)]);
    await page.getByTestId('team-table').waitFor();
    expect(await text(page, 'team-message')).toBe('Imported 38 posts; 2 in the team.');
    const rows = await page.getByTestId('team-table').locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 6))).toEqual([
      ['Ada', '12', '14', '8 (67%)', '3', 'on target'],
      ['Bo', '1', '0', '0 (0%)', '1', 'too promotional by 1 post'],
    ]);
    expect(await page.locator('.team-sentences li').first().textContent()).toMatch(/Ada answered 14 people this week, up from 6\.$/);
    await input.setInputFiles([file('Ada', seededWeekWithReplies(now))]);
    await page.waitForFunction(() => document.querySelector('[data-testid="team-message"]')?.textContent?.includes('already there'));
    expect(await text(page, 'team-message')).toBe('Imported 0 posts (37 already there); 2 in the team.');
    await input.setInputFiles([{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') }]);
    await page.waitForFunction(() => document.querySelector('[data-testid="team-message"]')?.textContent?.includes('Nothing'));
    expect(await text(page, 'team-message')).toBe('Nothing was imported.notes.json: this is not a Muffin history file (it has no "format": "muffin-history").');
  });

  it('shows this week from 5,000 posts stored as columns (its speed is measured in bench/popup.bench.ts)', async () => {
    const now = Date.now();
    const posts = Array.from({ length: 5000 }, (_, i) => record(now - 60_000 - i * 3 * 3_600_000, i, { verdict: (['conversation', 'broadcast', 'hard-sell', 'none'] as const)[i % 4] })).reverse();
    await seed({ history: { posts: encodePosts(posts) }, history$: { v: HISTORY_STORE_VERSION } });
    const page = await openPopup();
    await page.getByTestId('count-total').waitFor();
    const calendar = createWeekCalendar(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 1);
    const thisWeek = posts.filter((p) => calendar.weekOf(Date.parse(p.publishedAt)) === calendar.weekOf(now)).length;
    expect(await text(page, 'count-total')).toBe(String(thisWeek));
  });

  it('opens on the week named in its address, as the weekly notification does', async () => {
    await seed({ history: { posts: seededWeek(Date.now()) }, history$: { v: 2 } });
    const lastWeek = new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10);
    const page = await openExtensionPage(ext, `popup.html?week=${lastWeek}`);
    pages.push(page);
    await page.getByTestId('count-total').waitFor();
    expect(await text(page, 'count-total')).toBe('5');
    expect(await text(page, 'week-label')).toMatch(/^Last week/);
  });
});
