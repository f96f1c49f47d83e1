import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, openExtensionPage, serveAt, type LoadedExtension } from './support/extension';
import { scanBuild, scanMarkup, scanScript } from './support/bundle-scan';
import { overlaps, phraseRects, underlineRects } from './support/page-helpers';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage, type Dress } from '../fixtures/editors/pages';
import { decodePosts } from '../../lib/history/compact';
import { SITE_MATCHES } from '../../lib/sites';
import config from '../../wxt.config';

// The extension's global, as the service worker sees it (the test only hands these functions to it).
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null | string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
};

// What a hostile page or post might carry. Typed into compose boxes, stored as post text, used as a name.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const HOSTILE_DRAFT = `We are proud to announce our new muffins. Buy now! Only 3 left. ${IMG}${SCRIPT}`;

const BOXES: [string, Dress][] = [
  ['a textarea', DRESSES.mastodon!],
  ['a contenteditable', DRESSES.youtube!],
  ['a Draft.js editor', DRESSES.x!],
];
const FIXTURE_URLS = new Set(BOXES.map(([, dress]) => dress.url));

let ext: LoadedExtension;
let pages: Page[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  for (const [, dress] of BOXES) await serveAt(ext, dress.url, await fixturePage(dress));
});
afterAll(async () => {
  await ext?.close();
});

async function track(page: Page): Promise<Page> {
  pages.push(page);
  return page;
}
async function closePages(): Promise<void> {
  for (const page of pages) await page.close();
  pages = [];
}

async function openBox(dress: Dress): Promise<Page> {
  const page = await track(await ext.context.newPage());
  await page.goto(dress.url);
  await page.waitForFunction(() => 'getText' in ((window as unknown as { __muffinFixture?: object }).__muffinFixture ?? {}));
  await page.locator('textarea[data-editor-mount], [contenteditable="true"]').first().click();
  return page;
}

const badge = (page: Page) => page.locator('muffin-coach .badge');
const card = (page: Page) => page.locator('muffin-coach .card');
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements that would run or load something, inside the coach's shadow root or an extension page. */
function activeElements(page: Page, inCoach: boolean): Promise<string[]> {
  return page.evaluate((inCoach) => {
    const roots: ParentNode[] = inCoach ? [...document.querySelectorAll('muffin-coach')].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : [])) : [document];
    return roots.flatMap((root) => [
      ...[...root.querySelectorAll('img, script:not([src]), iframe, object, embed, frame, svg script, link[rel="import"]')].map((el) => el.outerHTML.slice(0, 80)),
      ...[...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
    ]);
  }, inCoach);
}

/** Everything Muffin keeps, read through the service worker. */
const storageSnapshot = () => ext.worker.evaluate(async () => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));

async function openCardFor(page: Page, rule: string): Promise<void> {
  const box = await page.locator(`muffin-coach .mark[data-rule="${rule}"]`).first().boundingBox();
  if (!box) throw new Error(`No underline for ${rule}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => card(page).getAttribute('data-rule')).toBe(rule);
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  const stream = await (await download).createReadStream();
  let data = '';
  for await (const chunk of stream) data += chunk;
  return data;
}

describe.each(BOXES)('HTML typed into %s', (_name, dress) => {
  it('stays text: nothing runs, the coach draws no element from it, the card shows it as characters', async () => {
    const page = await openBox(dress);
    await page.keyboard.type(HOSTILE_DRAFT);
    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    // The verdict comes with "Buy now!": wait until the flag's underline reaches the end of the typed markup.
    const tail = async () => {
      const [marks, end] = [await underlineRects(page, 'no-invitation'), await phraseRects(page, '</script>')];
      return end.length > 0 && end.every((r) => marks.some((m) => overlaps(m, r)));
    };
    await expect.poll(tail, { timeout: 5_000 }).toBe(true);
    // The no-invitation flag covers the last sentence, and its suggestion quotes it: the markup goes into the card.
    await openCardFor(page, 'no-invitation');
    expect(await card(page).locator('.replacement').textContent()).toContain(`${IMG}${SCRIPT} What`);
    await page.waitForTimeout(300); // long enough for an injected <img src=x> to have failed and fired onerror
    expect(await activeElements(page, true)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    await closePages();
  });
});

describe('post text and names with HTML in the extension pages', () => {
  it('are shown as text in the options page and the popup, and exported as data', async () => {
    await ext.worker.evaluate(() => chrome.storage.sync.set({ keepText: true, personName: '<b>Ada</b>' }));
    // An X archive escapes markup as entities; the history keeps the decoded text, markup and all.
    const tweets = `window.YTD.tweets.part0 = [
      { "tweet": { "id_str": "7", "created_at": "Wed Oct 14 20:19:24 +0000 2026", "full_text": "Sale ends tonight &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; buy now!" } }
    ]`;
    const options = await track(await openExtensionPage(ext, 'options.html'));
    await options.getByTestId('archive-import').setInputFiles({ name: 'tweets.js', mimeType: 'text/javascript', buffer: Buffer.from(tweets) });
    await options.getByTestId('archive-message').waitFor();
    const stored = (await storageSnapshot()).local as { history: { posts: unknown } };
    const decoded = decodePosts(stored.history.posts);
    expect(decoded.ok && decoded.posts.map((p) => p.text)).toEqual(['Sale ends tonight <img src=x onerror="window.__pwned=1"> buy now!']);

    const popup = await track(await openExtensionPage(ext, 'popup.html'));
    await popup.getByRole('button', { name: 'Export JSON' }).waitFor();
    const exported = JSON.parse(await downloadedText(popup, () => popup.getByRole('button', { name: 'Export JSON' }).click())) as { person: string; posts: { text?: string }[] };
    expect(exported.person).toBe('<b>Ada</b>');
    expect(exported.posts[0]!.text).toContain(IMG);
    expect(await downloadedText(popup, () => popup.getByRole('button', { name: 'Export CSV' }).click())).toContain('<img src=x');

    // A colleague's file whose name is markup: the team table shows the characters.
    const hostileName = `<img src=x onerror="window.__pwned=3">${SCRIPT}`;
    await popup.getByRole('tab', { name: 'Team' }).click();
    const teamFile = { format: 'muffin-history', version: 1, exportedAt: new Date().toISOString(), person: hostileName, posts: [{ id: 'x:9', publishedAt: new Date(Date.now() - 60_000).toISOString(), platform: 'x', verdict: 'hard-sell', rules: ['urgency'], chars: 40, improved: 0, text: SCRIPT }] };
    await popup.getByTestId('team-import').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(teamFile)) });
    await popup.getByTestId('team-table').waitFor();
    expect(await popup.getByTestId('team-table').locator('tbody tr th, tbody tr td').first().textContent()).toBe(hostileName);

    await popup.waitForTimeout(300);
    for (const page of [options, popup]) {
      expect(await activeElements(page, false)).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
    }
    await closePages();
    await ext.worker.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.sync.clear();
    });
  });
});

describe('a page imitating Muffin', () => {
  it('changes nothing with look-alike messages, events, attributes or synthetic clicks', async () => {
    const page = await openBox(DRESSES.x!);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await openCardFor(page, 'pushy');
    await expect.poll(async () => (await storageSnapshot()).local).toEqual({});
    const before = await storageSnapshot();
    const tabs = ext.context.pages().length;

    const attempts = await page.evaluate((extensionIds) => {
      const now = Date.now();
      const record = { id: 'x:forged', publishedAt: new Date(now).toISOString(), platform: 'x', verdict: 'conversation', rules: [], chars: 10, improved: 0 };
      const messages: unknown[] = [
        { type: 'published', verdict: 'conversation', rules: [], platform: 'x', improved: true, chars: 12, publishedAt: now },
        { type: 'ignore-rule', rule: 'urgency' },
        { type: 'open-rule-help', rule: 'urgency' },
        { type: 'analyze', text: 'Buy now!', platform: 'x', ignoreRules: [] },
        { type: 'history:record', record },
        { type: 'history:import', posts: [record] },
        { type: 'history:clear' },
        { type: 'team:clear' },
        { id: 1, message: { type: 'history:import', posts: [record] } },
        { id: 2, message: { type: 'history:clear' } },
      ];
      const results: string[] = [];
      const host = document.querySelector('muffin-coach')!;
      for (const message of messages) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
        const type = (message as { type?: string }).type ?? 'message';
        for (const name of [type, `muffin:${type}`, `muffin-${type}`, 'muffin', 'message']) {
          for (const target of [window, document, host]) target.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true, composed: true }));
        }
        // Web pages get no runtime to talk to without externally_connectable; try anyway.
        const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
        for (const id of extensionIds) {
          try {
            void runtime?.sendMessage?.(id, message)?.catch?.(() => undefined);
            results.push(runtime?.sendMessage ? 'sendMessage exists' : 'no runtime');
          } catch (error) {
            results.push(String(error).slice(0, 60));
          }
        }
      }
      // Clicks a script makes on the card's buttons are not the person's clicks.
      for (const action of ['ignore', 'why', 'apply', 'dismiss']) (host.shadowRoot?.querySelector(`[data-action="${action}"]`) as HTMLElement | null)?.click();
      (host.shadowRoot?.querySelector('[data-action="help"]') as HTMLElement | null)?.click();
      // Attributes like the ones the coach writes, forged on its host element.
      for (const [name, value] of [['data-verdict', 'conversation'], ['data-rule', 'urgency'], ['data-action', 'ignore'], ['data-muffin', '{"type":"ignore-rule","rule":"urgency"}'], ['hidden', '']]) {
        host.setAttribute(name!, value!);
      }
      return results;
    }, [ext.extensionId]);
    expect(attempts.every((result) => result === 'no runtime' || /Error/.test(result))).toBe(true);

    await page.waitForTimeout(1_500);
    expect(await storageSnapshot()).toEqual(before);
    expect(ext.context.pages().length).toBe(tabs);
    // The forged clicks did nothing: the card is still there, on the same flag, and the text unchanged.
    expect(await card(page).getAttribute('data-rule')).toBe('pushy');
    expect(await page.evaluate(() => (window as unknown as { __muffinFixture: { getText(): string } }).__muffinFixture.getText())).toBe(MUFFIN_STORY_RUDE);
    await closePages();
  });
});

describe('the network', () => {
  it('is never used while coaching, recording a post, exporting and importing', async () => {
    // Coaching and recording: a post through the textarea box goes into the history.
    const page = await openBox(DRESSES.mastodon!);
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    await expect.poll(() => badge(page).getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    await openCardFor(page, 'pushy');
    await page.locator('.post').click();
    await expect.poll(async () => {
      const { local } = await storageSnapshot();
      const decoded = decodePosts((local.history as { posts?: unknown } | undefined)?.posts);
      return decoded.ok ? decoded.posts.length : 0;
    }, { timeout: 8_000 }).toBe(1);

    // Exporting and importing, in the popup and the options page.
    const popup = await track(await openExtensionPage(ext, 'popup.html'));
    const json = await downloadedText(popup, () => popup.getByRole('button', { name: 'Export JSON' }).click());
    await downloadedText(popup, () => popup.getByRole('button', { name: 'Export CSV' }).click());
    await popup.getByRole('tab', { name: 'Team' }).click();
    await popup.getByTestId('team-import').setInputFiles({ name: 'me.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await popup.getByTestId('team-table').waitFor();
    const options = await track(await openExtensionPage(ext, 'options.html'));
    const archive = 'window.YTD.tweets.part0 = [{ "tweet": { "id_str": "1", "created_at": "Wed Oct 14 20:19:24 +0000 2026", "full_text": "What is your favourite muffin?" } }]';
    await options.getByTestId('archive-import').setInputFiles({ name: 'tweets.js', mimeType: 'text/javascript', buffer: Buffer.from(archive) });
    await options.getByTestId('archive-message').waitFor();
    await closePages();

    // Every http(s) request in this whole file: the fixture pages the tests opened, and nothing else,
    // from the tabs, the extension's pages or its service worker.
    const offMachine = ext.requests.filter((r) => !(r.navigation && r.resourceType === 'document' && !r.fromServiceWorker && FIXTURE_URLS.has(r.url)));
    expect(offMachine).toEqual([]);
    expect(ext.requests.length).toBeGreaterThan(0);
    expect(ext.networkRequests).toEqual([]);
  });

  it('would be seen: a request from the service worker or an extension page is recorded', async () => {
    const seen = ext.requests.length;
    await ext.worker.evaluate(() => fetch('https://muffin-probe.invalid/worker').catch(() => undefined));
    const popup = await track(await openExtensionPage(ext, 'popup.html'));
    await popup.evaluate(() => fetch('https://muffin-probe.invalid/page').catch(() => undefined));
    await expect.poll(() => ext.requests.slice(seen).map((r) => [r.url, r.fromServiceWorker])).toEqual([
      ['https://muffin-probe.invalid/worker', true],
      ['https://muffin-probe.invalid/page', false],
    ]);
    await closePages();
  });
});

describe('the built extension', () => {
  const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('has no eval, no Function constructor, no network API, no HTML sink and no URL it could load', () => {
    const { files, problems } = scanBuild(EXTENSION_DIR);
    expect(files).toEqual(expect.arrayContaining(['background.js', 'content-scripts/content.js', 'popup.html', 'options.html']));
    expect(problems).toEqual([]);
  });

  it('has a scanner that finds what it looks for', () => {
    const kinds = (code: string) => scanScript('planted.js', code).map((p) => p.kind);
    expect(kinds('a=eval("1+1")')).toEqual(['eval']);
    expect(kinds('f=new Function("return 1")')).toEqual(['Function constructor']);
    expect(kinds('fetch(u).then(r=>r.json())')).toEqual(['fetch']);
    expect(kinds('x=new XMLHttpRequest')).toEqual(['XMLHttpRequest']);
    expect(kinds('s=new WebSocket(w)')).toEqual(['WebSocket']);
    expect(kinds('importScripts(u)')).toEqual(['importScripts']);
    expect(kinds('e.innerHTML=t.__html')).toEqual(['HTML assignment']);
    expect(kinds('e.innerHTML=``;e.textContent=t')).toEqual([]);
    expect(kinds('i.src="https://cdn.example.net/pixel.gif"')).toEqual(['URL https://cdn.example.net/pixel.gif']);
    expect(kinds('n="http://www.w3.org/2000/svg";p=`https://x.com/*`')).toEqual([]);
    expect(scanMarkup('page.html', '<script src="https://cdn.example.net/a.js"></script>').map((p) => p.kind)).toEqual(['remote resource']);
    expect(scanMarkup('page.html', '<script>alert(1)</script>').map((p) => p.kind)).toEqual(['inline script']);
    expect(scanMarkup('a.css', '.a{background:url(//cdn.example.net/a.png)}').map((p) => p.kind)).toEqual(['remote resource']);
    expect(scanMarkup('page.html', '<script type="module" src="/chunks/popup.js"></script><link href="/assets/a.css">')).toEqual([]);
  });

  it('has an MV3 manifest with the default CSP, no broad host access, and only the permissions it uses', () => {
    const built = manifest();
    const text = JSON.stringify(built);
    expect(built.manifest_version).toBe(3);
    expect(built).not.toHaveProperty('content_security_policy');
    expect(built).not.toHaveProperty('externally_connectable');
    expect(built).not.toHaveProperty('web_accessible_resources');
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toContain('*://');
    expect(text).not.toContain('http://');
    expect([...(built.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(built.host_permissions).toEqual(SITE_MATCHES);
    expect(built.optional_host_permissions).toEqual(['https://*/*']);
    const scripts = built.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((s) => s.matches).every((match) => SITE_MATCHES.includes(match))).toBe(true);
  });

  it('asks Firefox for the same, declares that it collects no data, and keeps the default CSP', async () => {
    expect(config.manifestVersion).toBe(3);
    const manifestFor = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
    const firefox = await manifestFor({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
    expect(firefox).not.toHaveProperty('content_security_policy');
    expect(firefox.permissions).toEqual(manifest().permissions);
    expect(firefox.host_permissions).toEqual(SITE_MATCHES);
    expect(firefox.optional_host_permissions).toEqual(['https://*/*']);
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
    const built = join(EXTENSION_DIR, '../firefox-mv3/manifest.json');
    if (existsSync(built)) expect(JSON.parse(readFileSync(built, 'utf8'))).not.toHaveProperty('content_security_policy');
  });
});
