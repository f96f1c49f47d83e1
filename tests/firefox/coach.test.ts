import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { evaluator, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { coversPhrase, modelText, phraseRects, underlineRects } from '../browser/support/page-helpers';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage, type Dress } from '../fixtures/editors/pages';
import { decodePosts } from '../../lib/history/compact';

// The extension's API in its own pages (the test only hands these functions to one).
declare const browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

// The inline coach in Firefox, in the editors that matter most: Draft.js (X), Lexical (Facebook) and a
// textarea (Mastodon), each served at the real site's URL it stands in for.
const EDITORS: Dress[] = [DRESSES.x!, DRESSES.facebook!, DRESSES.mastodon!];
const PUSHY = 'You have got to come over';
const PUSHY_FIX = 'If you are nearby, you might like to come over';

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  for (const dress of EDITORS) firefox.serveAt(dress.url, await fixturePage(dress));
});
afterAll(async () => {
  await firefox?.close();
});

const EDITOR = 'textarea[data-editor-mount], [contenteditable="true"]';

async function openEditor(dress: Dress) {
  const opened = await firefox.openPage(dress.url);
  await opened.page.waitForFunction(() => 'getText' in ((window as unknown as { __muffinFixture?: object }).__muffinFixture ?? {}));
  await opened.page.click(EDITOR);
  return opened;
}

/** The badge's state, read through the coach's open shadow root. */
const badge = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('muffin-coach')?.shadowRoot?.querySelector('.badge');
    return el ? { verdict: el.getAttribute('data-verdict'), count: Number(el.getAttribute('data-count')) } : null;
  });

/** Clicks, with the mouse, an element inside the coach's shadow root. */
async function clickInCoach(page: Page, selector: string): Promise<void> {
  const box = await page.evaluate((selector) => {
    const r = document.querySelector('muffin-coach')?.shadowRoot?.querySelector(selector)?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, selector);
  if (!box) throw new Error(`No ${selector} in the coach`);
  await page.mouse.click(box.x, box.y);
}

const markCategories = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('muffin-coach')?.shadowRoot?.querySelectorAll('.mark') ?? [])].map((m) => `${m.getAttribute('data-rule')}:${m.getAttribute('data-category')}`),
  );

describe.each(EDITORS.map((dress) => [dress.kind, dress] as const))('the coach in Firefox, in a %s editor', (_kind, dress) => {
  it('underlines the muffin story, gives the verdict, applies a fix through the editor and undoes it', async () => {
    const { page, errors } = await openEditor(dress);
    const helpers = evaluator(page);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    // The editor's own text is exactly what was typed: the coach draws beside it, never in it.
    await expect.poll(() => modelText(helpers)).toBe(MUFFIN_STORY_RUDE);

    await expect.poll(async () => (await badge(page))?.verdict).toBe('hard-sell');
    await expect.poll(async () => coversPhrase(await underlineRects(helpers, 'pushy'), await phraseRects(helpers, PUSHY))).toBe(true);
    await expect.poll(async () => coversPhrase(await underlineRects(helpers, 'urgency'), await phraseRects(helpers, 'within the next two hours'))).toBe(true);
    expect(await markCategories(page)).toEqual(expect.arrayContaining(['pushy:hard-sell', 'urgency:hard-sell', 'abrupt-sign-off:broadcast']));
    expect(await modelText(helpers)).toBe(MUFFIN_STORY_RUDE);

    // Moving the caret, as a reader does before using the card, ends the typing's undo step in every
    // editor without a clock: Lexical merges same-kind edits less than a second apart otherwise.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const [mark] = await underlineRects(helpers, 'pushy');
    await page.mouse.click((mark!.left + mark!.right) / 2, (mark!.top + mark!.bottom) / 2);
    const card = () => page.evaluate(() => document.querySelector('muffin-coach')?.shadowRoot?.querySelector('.card')?.getAttribute('data-rule') ?? null);
    await expect.poll(card).toBe('pushy');
    // A real click: the coach ignores events a page script makes up.
    await clickInCoach(page, '.card button[data-action="apply"]');
    await expect.poll(() => modelText(helpers)).toBe(MUFFIN_STORY_RUDE.replace(PUSHY, PUSHY_FIX));

    await page.focus(EDITOR);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(() => modelText(helpers)).toBe(MUFFIN_STORY_RUDE);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a published post in Firefox', () => {
  it('is recorded: posted from the X-like box, it is in the history and the popup counts it', async () => {
    const { page } = await openEditor(DRESSES.x!);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(async () => (await badge(page))?.verdict).toBe('hard-sell');
    await page.click('.post');
    const stored = async () => {
      const { history } = await firefox.inExtension(() => browser.storage.local.get('history'), undefined);
      const decoded = decodePosts((history as { posts?: unknown } | undefined)?.posts);
      return decoded.ok ? decoded.posts : [];
    };
    await expect.poll(async () => (await stored()).length).toBe(1);
    const [record] = await stored();
    expect(record).toMatchObject({ platform: 'x', verdict: 'hard-sell', chars: MUFFIN_STORY_RUDE.length, improved: 0 });
    expect(record!.rules).toEqual(expect.arrayContaining(['pushy', 'urgency', 'promo-code', 'abrupt-sign-off']));
    expect(record!.text).toBeUndefined();

    const popup = await firefox.openExtensionPage('popup.html');
    const text = (testId: string) => popup.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
    await expect.poll(() => text('count-total')).toBe('1');
    expect(await text('count-hard-sell')).toBe('1');
    // Pressure first: the habit to work on is a hard-sell one, not the abrupt sign-off.
    expect(await text('summary-sentence')).toBe('1 new post this week, 0 conversations (0%); the habit to work on: promo codes. You answered no one this week.');
    await popup.close();
    await page.close();
  });
});

describe('privacy in Firefox', () => {
  it('the pages made no request off the machine', () => {
    expect(firefox.networkRequests).toEqual([]);
  });
});
