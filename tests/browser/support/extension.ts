import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM, EXTENSION_DIR, chromiumArgs } from './chromium';

export { CHROMIUM, EXTENSION_DIR } from './chromium';

/** One http(s)/ws(s) request, from a tab, an extension page or the service worker. */
export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** True for a page load (a tab going to a URL), false for anything a script or the page asked for. */
  navigation: boolean;
  fromServiceWorker: boolean;
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser tried to send off the machine while the test ran. */
  networkRequests: string[];
  /** Every http(s)/ws(s) request, routed fixture pages included (context 'request' also sees the service worker's). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the production build loaded unpacked (build it first: `npm run build`).
 * Requests to the network are recorded and refused, so a test can assert the extension makes none.
 */
export async function launchWithExtension(): Promise<LoadedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'muffin-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(),
  });
  const networkRequests: string[] = [];
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(?:https?|wss?):/.test(url)) return;
    if (!routed.has(new URL(url).origin)) networkRequests.push(url);
    requests.push({ url, resourceType: request.resourceType(), navigation: request.isNavigationRequest(), fromServiceWorker: request.serviceWorker() !== null });
  });
  const routed = new Set<string>();
  (context as BrowserContext & { __muffinRouted?: Set<string> }).__muffinRouted = routed;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    networkRequests,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves `html` at a real site's URL (e.g. https://x.com/compose/post) so the production manifest's
 * content-script matches are what is tested. Requests to that origin count as local, not network.
 */
export async function serveAt(ext: LoadedExtension, url: string, html: string, assets: Record<string, { body: string | Buffer; type: string }> = {}): Promise<void> {
  const origin = new URL(url).origin;
  (ext.context as BrowserContext & { __muffinRouted?: Set<string> }).__muffinRouted?.add(origin);
  await ext.context.route(`${origin}/**`, (route) => {
    const requested = new URL(route.request().url());
    const asset = assets[requested.pathname];
    if (asset) return route.fulfill({ body: asset.body, contentType: asset.type });
    if (requested.pathname === new URL(url).pathname) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: '' });
  });
}

export async function openExtensionPage(ext: LoadedExtension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}
