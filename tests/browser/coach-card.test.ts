import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveAt, type LoadedExtension } from './support/extension';
import { coversPhrase, modelText, phraseRects, underlineRects } from './support/page-helpers';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage, type Dress } from '../fixtures/editors/pages';

// The card and the badge: keyboard, hover, dismiss, the person's pause, and no layout shift.
const DRAFT = DRESSES.x!;
const TEXTAREA = DRESSES.mastodon!;
let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchWithExtension();
  for (const dress of [DRAFT, TEXTAREA]) await serveAt(ext, dress.url, await fixturePage(dress));
});
afterAll(async () => {
  await ext?.close();
});

const editor = (page: Page) => page.locator('textarea[data-editor-mount], [contenteditable="true"]').first();
const badge = (page: Page) => page.locator('muffin-coach .badge');
const card = (page: Page) => page.locator('muffin-coach .card');

async function typeStory(dress: Dress): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(dress.url);
  await editor(page).click();
  await page.keyboard.type(MUFFIN_STORY_RUDE);
  await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
  return { page, errors };
}

/** Whether keyboard focus is inside the coach's card (in its shadow root). */
const focusInCard = (page: Page) =>
  page.evaluate(() => document.activeElement?.tagName === 'MUFFIN-COACH' && !!document.activeElement.shadowRoot?.activeElement?.closest('.card'));

describe.each([
  ['Draft.js', DRAFT],
  ['textarea', TEXTAREA],
] as const)('in a %s box', (_name, dress) => {
  it('Alt+Shift+M moves through the flags in the card; Esc returns to the draft with the caret where it was', async () => {
    const { page, errors } = await typeStory(dress);
    const count = Number(await badge(page).getAttribute('data-count'));
    expect(count).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Alt+Shift+M');
    await expect.poll(() => card(page).locator('.position').textContent()).toMatch(/^1 \/ \d+$/);
    // Focus moves in an effect just after the card renders.
    await expect.poll(() => focusInCard(page)).toBe(true);
    await page.keyboard.press('Alt+Shift+M');
    await expect.poll(() => card(page).locator('.position').textContent()).toMatch(/^2 \/ \d+$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.keyboard.type(' See you!');
    expect(await modelText(page)).toBe(`${MUFFIN_STORY_RUDE} See you!`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the card on hover, and Dismiss takes that flag away', async () => {
    const { page } = await typeStory(dress);
    const before = Number(await badge(page).getAttribute('data-count'));
    const [mark] = await underlineRects(page, 'urgency');
    await page.mouse.move((mark!.left + mark!.right) / 2, (mark!.top + mark!.bottom) / 2);
    await expect.poll(() => card(page).getAttribute('data-rule')).toBe('urgency');
    await expect.poll(() => card(page).locator('h2').textContent()).not.toBe('');
    await card(page).locator('button[data-action="dismiss"]').click();
    await expect.poll(() => underlineRects(page, 'urgency')).toEqual([]);
    expect(Number(await badge(page).getAttribute('data-count'))).toBe(before - 1);
    await page.close();
  });

  it('keeps the underlines on their words through a rewrap and a scroll', async () => {
    const { page } = await typeStory(dress);
    const onWords = async () => coversPhrase(await underlineRects(page, 'urgency'), await phraseRects(page, 'within the next two hours'));
    await expect.poll(onWords).toBe(true);
    await page.setViewportSize({ width: 520, height: 500 });
    await expect.poll(onWords).toBe(true);
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
      window.scrollBy(0, 40);
    });
    await expect.poll(onWords).toBe(true);
    await page.close();
  });

  it('lists every flag from the badge', async () => {
    const { page } = await typeStory(dress);
    await badge(page).click();
    const items = page.locator('muffin-coach .list li button');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(5);
    await items.first().click();
    await expect.poll(() => card(page).count()).toBe(1);
    await page.close();
  });
});

describe('the page around the box', () => {
  it('does not move: the coach causes no layout shift', async () => {
    const page = await ext.context.newPage();
    await page.goto(DRAFT.url);
    const rectOf = () => page.evaluate(() => JSON.stringify(document.querySelector('[data-composer]')!.getBoundingClientRect()));
    const before = await rectOf();
    await editor(page).click();
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(() => badge(page).count(), { timeout: 5_000 }).toBe(1);
    // The page's own text took the same room whether or not the coach drew over it.
    const after = await page.evaluate(() => document.querySelector('[data-composer]')!.getBoundingClientRect().width);
    expect(after).toBe(JSON.parse(before).width);
    expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });

  it('shows nothing while Muffin is paused', async () => {
    await ext.worker.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
      await chromeApi.storage.sync.set({ paused: true, paused$: { v: 1 } });
    });
    const page = await ext.context.newPage();
    await page.goto(DRAFT.url);
    await editor(page).click();
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await page.waitForTimeout(1_000);
    expect(await badge(page).count()).toBe(0);
    expect(await underlineRects(page, 'pushy')).toEqual([]);
    await ext.worker.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { storage: { sync: { remove(key: string): Promise<void> } } } }).chrome;
      await chromeApi.storage.sync.remove('paused');
    });
    // Back on: the next keystroke brings the coach back.
    await page.keyboard.type(' ');
    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await page.close();
  });

  it('"Ignore on this site" hides the rule on this site only, and the options page can bring it back', async () => {
    const { page } = await typeStory(DRAFT);
    const [mark] = await underlineRects(page, 'urgency');
    await page.mouse.click((mark!.left + mark!.right) / 2, (mark!.top + mark!.bottom) / 2);
    await expect.poll(() => card(page).getAttribute('data-rule')).toBe('urgency');
    await card(page).locator('button[data-action="ignore-site"]').click();
    await expect.poll(() => underlineRects(page, 'urgency')).toEqual([]);
    const stored = () =>
      ext.worker.evaluate(async () => {
        const chromeApi = (globalThis as unknown as { chrome: { storage: { sync: { get(keys: string[]): Promise<Record<string, unknown>> } } } }).chrome;
        return (await chromeApi.storage.sync.get(['ignoreRules', 'siteIgnoreRules'])) as { ignoreRules?: string[]; siteIgnoreRules?: Record<string, string[]> };
      });
    await expect.poll(async () => (await stored())?.siteIgnoreRules).toEqual({ [`${new URL(DRAFT.url).origin}/*`]: ['urgency'] });
    expect((await stored())?.ignoreRules ?? []).not.toContain('urgency');
    await page.close();

    // Another site still flags it.
    const other = await typeStory(TEXTAREA);
    await expect.poll(async () => (await underlineRects(other.page, 'urgency')).length).toBeGreaterThan(0);
    await other.page.close();

    // The options page lists it; "Flag it again" removes it.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const row = options.locator('.site-ignores li[data-rule="urgency"]');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button').click();
    await expect.poll(async () => (await stored())?.siteIgnoreRules).toEqual({});
    await options.close();
  });

  it('makes no network request', () => {
    expect(ext.networkRequests).toEqual([]);
  });
});
