import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveAt, type LoadedExtension } from './support/extension';
import { coversPhrase, modelText, phraseRects, underlineRects } from './support/page-helpers';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage, type Dress } from '../fixtures/editors/pages';

// The inline coach in every kind of editor, each served at the real site's URL it stands in for.
const EDITORS: Dress[] = [DRESSES.mastodon!, DRESSES.youtube!, DRESSES.x!, DRESSES.facebook!, DRESSES.linkedin!, DRESSES.bluesky!, DRESSES.reddit!];
const PUSHY = 'You have got to come over';
const PUSHY_FIX = 'If you are nearby, you might like to come over';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchWithExtension();
  for (const dress of EDITORS) await serveAt(ext, dress.url, await fixturePage(dress));
});
afterAll(async () => {
  await ext?.close();
});

async function openEditor(dress: Dress): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(dress.url);
  await page.waitForFunction(() => 'getText' in ((window as unknown as { __muffinFixture?: object }).__muffinFixture ?? {}));
  await editorLocator(page).click();
  return { page, errors };
}

const editorLocator = (page: Page) => page.locator('textarea[data-editor-mount], [contenteditable="true"]').first();
const badge = (page: Page) => page.locator('muffin-coach .badge');

describe.each(EDITORS.map((dress) => [dress.kind, dress] as const))('the coach in a %s editor', (_kind, dress) => {
  it('underlines the right words, gives the verdict, applies a fix through the editor and undoes it', async () => {
    const { page, errors } = await openEditor(dress);
    // LinkedIn's box turns Grammarly away (data-gramm="false"); the site's adapter coaches it all the same.
    const startTag = await editorLocator(page).evaluate((el) => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1));
    if (dress.editorAttributes) expect(startTag).toContain(dress.editorAttributes);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    expect(await modelText(page)).toBe(MUFFIN_STORY_RUDE);

    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await expect.poll(async () => coversPhrase(await underlineRects(page, 'pushy'), await phraseRects(page, PUSHY)), { timeout: 3_000 }).toBe(true);
    expect(coversPhrase(await underlineRects(page, 'urgency'), await phraseRects(page, 'within the next two hours'))).toBe(true);
    const categories = await page.evaluate(() =>
      [...document.querySelector('muffin-coach')!.shadowRoot!.querySelectorAll('.mark')].map((m) => `${m.getAttribute('data-rule')}:${m.getAttribute('data-category')}`),
    );
    expect(categories).toContain('pushy:hard-sell');
    expect(categories).toContain('abrupt-sign-off:broadcast');

    // Quill and Lexical fold edits less than a second apart into one undo step: pause as a reader would.
    await page.waitForTimeout(1_100);
    // Click the underline: the card opens with the rule's name and an Apply button.
    const [mark] = await underlineRects(page, 'pushy');
    await page.mouse.click((mark!.left + mark!.right) / 2, (mark!.top + mark!.bottom) / 2);
    const card = page.locator('muffin-coach .card[data-rule="pushy"]');
    await expect.poll(() => card.count()).toBe(1);
    await card.locator('button[data-action="apply"]').click();
    const fixed = MUFFIN_STORY_RUDE.replace(PUSHY, PUSHY_FIX);
    await expect.poll(() => modelText(page), { timeout: 3_000 }).toBe(fixed);

    await editorLocator(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page), { timeout: 3_000 }).toBe(MUFFIN_STORY_RUDE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves 1,000 typed characters exactly as typed, caret at the end', async () => {
    const { page, errors } = await openEditor(dress);
    const long = `${MUFFIN_STORY_RUDE} `.repeat(5).slice(0, 1_000).trimEnd();
    await page.keyboard.type(long);
    await expect.poll(() => badge(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await modelText(page)).toBe(long);
    await page.keyboard.type('!');
    expect(await modelText(page)).toBe(`${long}!`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records a post as published when the post button empties the box', async () => {
    const { page } = await openEditor(dress);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await ext.worker.evaluate(() => {
      type Runtime = { onMessage: { addListener(listener: (message: { type?: string }) => void): void } };
      const scope = globalThis as unknown as { __published?: unknown[]; chrome: { runtime: Runtime } };
      if (!scope.__published) {
        scope.chrome.runtime.onMessage.addListener((message) => {
          if (message?.type === 'published') scope.__published?.push(message);
        });
      }
      scope.__published = [];
    });
    await page.locator('.post').click();
    const published = () => ext.worker.evaluate(() => (globalThis as unknown as { __published: unknown[] }).__published);
    await expect.poll(published, { timeout: 8_000 }).toHaveLength(1);
    const [record] = (await published()) as Record<string, unknown>[];
    expect(record).toMatchObject({ type: 'published', verdict: 'hard-sell', platform: dress.id, improved: false, chars: MUFFIN_STORY_RUDE.length });
    expect(record!.rules).toEqual(expect.arrayContaining(['pushy', 'urgency', 'abrupt-sign-off']));
    await page.close();
  });

  it('survives the box being removed mid-typing', async () => {
    const { page, errors } = await openEditor(dress);
    await page.keyboard.type(MUFFIN_STORY_RUDE.slice(0, 80));
    await expect.poll(() => page.locator('muffin-coach').count(), { timeout: 5_000 }).toBe(1);
    await page.evaluate(() => document.querySelector('[data-composer]')!.remove());
    await page.keyboard.type(' more text');
    await expect.poll(() => page.locator('muffin-coach').count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no network request', () => {
    expect(ext.networkRequests).toEqual([]);
  });
});
