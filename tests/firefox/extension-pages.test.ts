import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { buildExport, exportJson } from '../../lib/history/export';
import type { PostRecord } from '../../lib/history/types';
import { post as recordAt } from '../unit/history/fixtures';
import { SITE_MATCHES } from '../../lib/sites';

// The popup and the options page, as Firefox renders them from the installed add-on.
declare const browser: {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  storage: Record<'local' | 'sync', { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
};

let firefox: FirefoxWithExtension;
let pages: Page[] = [];
const files = mkdtempSync(join(tmpdir(), 'muffin-firefox-files-'));

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  rmSync(files, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const page of pages) await page.close();
  pages = [];
  await firefox.inExtension(() => Promise.all([browser.storage.local.clear(), browser.storage.sync.clear()]), undefined);
});

async function open(path: string): Promise<Page> {
  const page = await firefox.openExtensionPage(path);
  pages.push(page);
  return page;
}

const textOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const testId = (id: string) => `[data-testid="${id}"]`;

const now = Date.now();
/** The i-th post of the last minute. */
const post = (i: number, overrides: Partial<PostRecord>) => recordAt(new Date(now - 60_000 + i * 1000).toISOString(), { platform: 'linkedin', rules: ['question'], ...overrides });

describe('the popup in Firefox', () => {
  it('starts with every built-in site granted, as Firefox grants MV3 host permissions at install', async () => {
    const { origins = [] } = await firefox.inExtension(() => browser.permissions.getAll(), undefined);
    expect(origins).toEqual(expect.arrayContaining(SITE_MATCHES));
  });

  it('explains what will appear when there is no history yet', async () => {
    const page = await open('popup.html');
    await expect.poll(() => textOf(page, testId('empty-state'))).toContain('Your week will show here');
    expect(await page.evaluate(() => [...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent))).toEqual(['My weeks', 'Team']);
  });

  it('shows the week of a stored history: counts, summary, chart and its legend', async () => {
    const posts = [post(0, {}), post(1, {}), post(2, { verdict: 'hard-sell', rules: ['urgency', 'discount'], platform: 'x' }), post(3, { verdict: 'none', rules: [] })];
    await firefox.inExtension((items) => browser.storage.local.set(items), { history: { posts }, history$: { v: 2 } });
    const page = await open('popup.html');
    await expect.poll(() => textOf(page, testId('count-total'))).toBe('4');
    expect(await textOf(page, testId('count-conversation'))).toBe('2');
    expect(await textOf(page, testId('count-hard-sell'))).toBe('1');
    expect(await textOf(page, testId('summary-sentence'))).toBe('4 new posts this week, 2 conversations (50%); the habit to work on: discount pitches. You answered no one this week.');
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="trend-bars"] g').length)).toBe(12);
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-testid="trend-legend"] li')].map((li) => li.textContent!.trim()))).toEqual([
      'conversation',
      'broadcast',
      'hard sell',
      'no clear tone (not in English)',
      'replies',
    ]);
  });
});

describe('the options page in Firefox', () => {
  it('explains the principle and every rule, and saves a setting to sync storage', async () => {
    const page = await open('options.html#rule-urgency');
    await expect.poll(() => textOf(page, 'h1')).toBe('Muffin options');
    expect(await textOf(page, '#principle h2')).toBe('The muffin principle');
    expect(await textOf(page, '#rule-urgency h3')).toContain('Countdown');
    expect(await page.evaluate(() => document.querySelectorAll('[id^="rule-"] h3').length)).toBeGreaterThan(15);

    await page.select('#week-start', '0');
    await expect.poll(() => textOf(page, testId('settings-status'))).toBe('Saved.');
    // One sync item per setting (lib/storage/settings.ts).
    await expect.poll(async () => (await firefox.inExtension(() => browser.storage.sync.get('weekStart'), undefined)).weekStart).toBe(0);
  });

  it('says a cut-off export is cut off, and restores nothing from it', async () => {
    const page = await open('options.html#data');
    await expect.poll(() => textOf(page, 'h1')).toBe('Muffin options');
    const whole = exportJson(buildExport([post(0, {})], { person: 'Ada', keepText: false, now }));
    const file = join(files, 'muffin-history-ada.json');
    writeFileSync(file, whole.slice(0, Math.floor(whole.length / 2)));
    const input = (await page.$(testId('restore-import'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await expect.poll(() => textOf(page, testId('data-message'))).toContain('the file is cut off');
    expect(await textOf(page, testId('data-message'))).toBe(
      'Nothing was imported. muffin-history-ada.json: the file is cut off: it stops in the middle of the history, as an interrupted download or copy does. Export or copy it again.',
    );
    expect(await firefox.inExtension(() => browser.storage.local.get(null), undefined)).toEqual({});
  });
});
