import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, openExtensionPage, serveAt, type LoadedExtension } from './support/extension';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage } from '../fixtures/editors/pages';

// The built extension's messages, as Chromium reads them: every name resolves, and the pages use them.
declare const chrome: { i18n: { getMessage(name: string): string } };

const DRAFT = DRESSES.x!;
let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchWithExtension();
  await serveAt(ext, DRAFT.url, await fixturePage(DRAFT));
});
afterAll(async () => {
  await ext?.close();
});

describe('the messages in the build', () => {
  it('all resolve in Chromium, the manifest name among them', async () => {
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const names = Object.keys(messages);
    expect(names.length).toBeGreaterThan(300);
    const empty = await ext.worker.evaluate((names) => names.filter((name) => chrome.i18n.getMessage(name) === ''), names);
    expect(empty).toEqual([]);
    expect(await ext.worker.evaluate(() => chrome.i18n.getMessage('app_name'))).toBe('Muffin: the conversation coach');
  });

  it('title the pages and give them their language', async () => {
    for (const [path, title] of [
      ['popup.html', 'Muffin'],
      ['options.html', 'Muffin options'],
    ]) {
      const page = await openExtensionPage(ext, path!);
      await expect.poll(() => page.title()).toBe(title);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.close();
    }
  });

  it("show the rule's text from the locale in the coach's card", async () => {
    const page = await ext.context.newPage();
    await page.goto(DRAFT.url);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(() => page.locator('muffin-coach .badge').getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await page.keyboard.press('Alt+Shift+M');
    const card = page.locator('muffin-coach .card');
    await card.waitFor();
    const rule = (await card.getAttribute('data-rule'))!;
    const key = rule.replace(/-/g, '_');
    const expected = await ext.worker.evaluate((key) => [chrome.i18n.getMessage(`rule_${key}_name`), chrome.i18n.getMessage(`rule_${key}_message`)], key);
    expect([await card.locator('h2').textContent(), await card.locator('.message').textContent()]).toEqual(expected);
    expect(await page.locator('muffin-coach').evaluate((host) => host.shadowRoot!.querySelector('.layer')!.getAttribute('lang'))).toBe('en');
    await page.close();
  });
});
