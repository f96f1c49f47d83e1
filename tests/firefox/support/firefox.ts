// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the production Firefox build
// (`npx wxt build -b firefox`) installed as a temporary add-on. Fixture pages are served at the real
// sites' https URLs by request interception, so the manifest's own content-script matches are tested.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { EvaluatesInPage } from '../../browser/support/page-helpers';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');

export interface FirefoxOptions {
  /**
   * Firefox grants an MV3 add-on's host permissions at install. False starts it with none granted, the
   * state a person reaches by withdrawing them (extensions.originControls.grantByDefault).
   */
  grantHostPermissions?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors of the page's own scripts. */
  errors: string[];
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>, fixed before install through extensions.webextensions.uuids. */
  extensionOrigin: string;
  /** http(s) requests from the opened pages to anywhere not served by the test: refused and recorded. */
  networkRequests: string[];
  /** Serves `html` at `url` (its exact path; anything else on that origin is a 404). */
  serveAt(url: string, html: string): void;
  /** A tab with the served pages reachable, already at `url`. */
  openPage(url: string): Promise<OpenedPage>;
  /** An extension page (popup.html, options.html…), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser.*` is the extension's own API (storage, permissions). */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Puppeteer's page as the shared page helpers (tests/browser/support/page-helpers.ts) take it. */
export const evaluator = (page: Page): EvaluatesInPage => ({
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
});

const addonId = (): string => (JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;

/**
 * Resolves once `check` returns a value other than undefined, asking again while it throws (a page
 * between documents) or returns undefined. State, not time: the limit only turns a hang into a message.
 */
export async function pollUntil<T>(what: string, check: () => Promise<T | undefined>, limitMs = 30_000): Promise<T> {
  const end = Date.now() + limitMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function launchFirefoxWithExtension({ grantHostPermissions = true }: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  const uuid = randomUUID();
  const id = addonId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // moz-extension:// pages load over BiDi only with this.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    timeout: 90_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.originControls.grantByDefault': grantHostPermissions,
      // permissions.request() is answered yes without a door-hanger the test cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  const routes = new Map<string, string>();
  const networkRequests: string[] = [];
  let extensionPage: Page | null = null;

  const route = (request: HTTPRequest) => {
    const url = request.url();
    if (!/^(?:https?|wss?):/.test(url)) return request.continue();
    const { origin, pathname } = new URL(url);
    const html = routes.get(`${origin}${pathname}`);
    if (html !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if ([...routes.keys()].some((served) => served.startsWith(`${origin}/`))) return request.respond({ status: 404, body: '' });
    networkRequests.push(url);
    return request.abort();
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${path}`;
    // page.goto never resolves for moz-extension:// pages (a NavigationManager error): start it, watch the document.
    void page.goto(url).catch(() => undefined);
    await pollUntil(`${url} to load`, () => page.evaluate((href) => (location.href === href && document.readyState === 'complete' ? true : undefined), url));
    return page;
  };

  return {
    browser,
    extensionOrigin,
    networkRequests,
    serveAt(url, html) {
      const { origin, pathname } = new URL(url);
      routes.set(`${origin}${pathname}`, html);
    },
    async openPage(url) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.setRequestInterception(true);
      // A request still in flight when its page closes cannot be answered any more: nothing to report.
      page.on('request', (request) => void route(request).catch(() => undefined));
      await page.goto(url);
      return { page, errors };
    },
    openExtensionPage,
    async inExtension(fn, arg) {
      extensionPage ??= await openExtensionPage('popup.html');
      return extensionPage.evaluate(fn as never, arg as never) as never;
    },
    async close() {
      await browser.close();
    },
  };
}
