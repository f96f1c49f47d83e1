import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage } from '../fixtures/editors/pages';
import { SITE_MATCHES } from '../../lib/sites';

// Firefox with extensions.originControls.grantByDefault off: the add-on starts without its host
// permissions, the state a person reaches by withdrawing them. The popup must say so and ask again.
declare const browser: {
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(p: { origins: string[] }): Promise<boolean> };
};

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ grantHostPermissions: false });
  firefox.serveAt(DRESSES.x!.url, await fixturePage(DRESSES.x!));
});
afterAll(async () => {
  await firefox?.close();
});

const grantedOrigins = async () => (await firefox.inExtension(() => browser.permissions.getAll(), undefined)).origins ?? [];

/** The notice's state: which sites it reports missing, its text and its button, or null when it shows nothing. */
const notice = (popup: Page) =>
  popup.evaluate(() => {
    const section = document.querySelector('[data-testid="site-access"]');
    return section ? { missing: section.getAttribute('data-missing'), text: section.querySelector('p')?.textContent, button: section.querySelector('button')?.textContent } : null;
  });

describe('host permissions withheld, in Firefox', () => {
  it('the popup says Muffin cannot reach the sites, asks again from its button, and the coach then works', async () => {
    expect((await grantedOrigins()).filter((origin) => SITE_MATCHES.includes(origin))).toEqual([]);

    const popup = await firefox.openExtensionPage('popup.html');
    await expect.poll(() => notice(popup)).toEqual({
      missing: 'all',
      text: 'The browser does not allow Muffin on the social sites, so it cannot coach your posts there.',
      button: 'Allow Muffin on these sites',
    });
    expect(await popup.evaluate(() => document.querySelector('#site-access-heading')?.textContent)).toBe('Muffin cannot reach your compose boxes');

    // A real click: Firefox only lets permissions.request() run from a user's input.
    await popup.click('[data-testid="site-access"] button');
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="site-access-note"]')?.textContent ?? null)).toBe(
      "Allowed. Reload the sites' open tabs to see the coach.",
    );
    expect(await notice(popup)).toBeNull();
    expect(await grantedOrigins()).toEqual(expect.arrayContaining(SITE_MATCHES));

    const { page, errors } = await firefox.openPage(DRESSES.x!.url);
    await page.waitForFunction(() => 'getText' in ((window as unknown as { __muffinFixture?: object }).__muffinFixture ?? {}));
    await page.click('[contenteditable="true"]');
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('muffin-coach')?.shadowRoot?.querySelector('.badge')?.getAttribute('data-verdict') ?? null))
      .toBe('hard-sell');
    expect(errors).toEqual([]);
    await page.close();

    // Withdrawn for one site while the popup is open: it names that site.
    await firefox.inExtension((origins) => browser.permissions.remove({ origins }), ['https://www.linkedin.com/*']);
    await expect.poll(() => notice(popup)).toEqual({
      missing: 'some',
      text: 'The browser does not allow Muffin on linkedin.com, so it cannot coach your posts there.',
      button: 'Allow Muffin on these sites',
    });
    await popup.close();
  });
});
