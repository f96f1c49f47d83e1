// The local playground: the fixture compose boxes (real Draft.js, Lexical, Quill, TipTap, textarea), dressed
// like X, Facebook, LinkedIn, Bluesky, Mastodon and YouTube, served at those sites' real URLs inside a
// Chromium that has the production build loaded. With a display it opens a window to play in; without one
// it says so, runs headless, opens a card in each box and saves screenshots to .output/playground/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DRESSES, fixturePage, type Dress } from '../tests/fixtures/editors/pages';
import { CHROMIUM, chromiumArgs } from '../tests/browser/support/chromium';
import { chromiumPid, removeDirectory, removeProfileAfterExit } from './support/browser-profile';
import { SAMPLE_DRAFTS, showCard } from './support/demo';

const ROOT = resolve(import.meta.dirname, '..');
const SCREENSHOTS = join(ROOT, '.output/playground');
const INDEX_URL = 'https://playground.muffin.invalid/';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

function indexPage(dresses: Dress[]): string {
  const items = dresses
    .map((d) => `<li><a href="${d.url}">${d.title}</a> <small>${d.url}</small></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Muffin playground</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:640px;margin:40px auto;padding:0 16px}small{color:#666}</style></head>
<body><h1>Muffin playground</h1><p>Each box below is a real editor library dressed like a social site and served at that
site's address, so the extension runs exactly as it would there. Type, hover the underlines, press Alt+Shift+M to move
through the flags, click the badge for the list.</p><ul>${items}</ul></body></html>`;
}

async function serve(context: BrowserContext, dresses: Dress[]): Promise<void> {
  await context.route(INDEX_URL, (route) => route.fulfill({ body: indexPage(dresses), contentType: 'text/html; charset=utf-8' }));
  for (const dress of dresses) {
    const html = await fixturePage(dress, SAMPLE_DRAFTS[dress.id] ?? '');
    const { origin, pathname } = new URL(dress.url);
    await context.route(`${origin}/**`, (route) =>
      new URL(route.request().url()).pathname === pathname ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 404, body: '' }),
    );
  }
  // Nothing else leaves the machine.
  await context.route(/^https?:\/\/(?!playground\.muffin\.invalid)/, (route) => route.fallback());
}

/** Screenshots, one per box, when there is no display to open a window on. */
async function takeScreenshots(context: BrowserContext, dresses: Dress[]): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const dress of dresses) {
    const page = await context.newPage();
    await page.goto(dress.url);
    try {
      await showCard(page);
    } catch (error) {
      console.warn(`  ${dress.id}: the coach did not show (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    }
    const file = join(SCREENSHOTS, `${dress.id}.png`);
    await page.screenshot({ path: file });
    const verdict = await page.locator('muffin-coach .badge').getAttribute('data-verdict').catch(() => null);
    console.log(`  ${dress.title.padEnd(38)} verdict ${verdict ?? '—'}  →  ${file}`);
    await page.close();
  }
  console.log(`Screenshots are in ${SCREENSHOTS}`);
}

async function main(): Promise<number> {
  if (headless) {
    console.log(
      `No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n` +
        `Instead, Chromium runs headless, opens a card in each box and saves one screenshot per box to ${SCREENSHOTS}/.\n` +
        `To play in the boxes, run \`npm start\` from a desktop session.`,
    );
  }
  console.log('Building the extension…');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) return built.status ?? 1;

  const dresses = Object.values(DRESSES);
  const profile = mkdtempSync(join(tmpdir(), 'muffin-playground-'));
  // Ctrl+C is ours to handle: Playwright's own handler would kill Chromium and leave the profile behind.
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless,
      handleSIGINT: false,
      handleSIGTERM: false,
      viewport: headless ? { width: 1100, height: 760 } : null,
      args: chromiumArgs({ headless }),
    })
    .catch(async (error: unknown) => {
      await removeDirectory(profile);
      throw error;
    });
  const pid = chromiumPid(profile);
  let browserClosed = false;
  const closed = new Promise<void>((done) =>
    context.on('close', () => {
      browserClosed = true;
      done();
    }),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nClosing the playground…');
    void context.close().catch(() => undefined);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  let status = 0;
  try {
    await serve(context, dresses);
    if (headless) await takeScreenshots(context, dresses);
    else {
      const index = context.pages()[0] ?? (await context.newPage());
      await index.goto(INDEX_URL);
      for (const dress of dresses) await (await context.newPage()).goto(dress.url);
      await index.bringToFront();
      console.log(`Playground open: ${INDEX_URL} and one tab per editor. Close the browser (or press Ctrl+C) to stop.`);
      await closed;
    }
  } catch (error) {
    // Closing the window while pages were still opening ends here too: not a failure of the playground.
    if (!stopping && !browserClosed) {
      console.error(error instanceof Error ? error.message : error);
      status = 1;
    }
  } finally {
    await context.close().catch(() => undefined);
    const removal = await removeProfileAfterExit(profile, pid);
    if (!removal.removed) console.warn(`Could not remove the playground's temporary browser profile ${profile}: ${removal.reason}. You can delete it.`);
  }
  return stopping ? 130 : status;
}

process.exitCode = await main();
