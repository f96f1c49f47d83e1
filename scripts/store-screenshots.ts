// Screenshots for the store listings, 1280×800 as the Chrome Web Store and addons.mozilla.org take them: the
// coach with a card open in the X-like and Facebook-like fixture boxes, the popup over the bakery's history,
// and the options page. The production build, the playground's drafts and card, the README screenshots'
// history. Saved in docs/store/. Run: npm run store:screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DRESSES, fixturePage } from '../tests/fixtures/editors/pages';
import { launchWithExtension, openExtensionPage, serveAt, type LoadedExtension } from '../tests/browser/support/extension';
import { SAMPLE_DRAFTS, seedBakery, settle, showCard } from './support/demo';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };
/** Two kinds of hard sell: the muffin story's sidewalk pitch on X, a flash sale on Facebook. */
const DRAFTS = { x: SAMPLE_DRAFTS.x!, facebook: SAMPLE_DRAFTS.bluesky! };

async function coachShot(ext: LoadedExtension, id: 'x' | 'facebook', file: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(DRESSES[id]!.url);
  await showCard(page);
  await settle(page);
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
}

/** The popup is 380 pixels wide: shown at its real size on a 1280×800 stage, with a line about what it is. */
async function popupShot(ext: LoadedExtension, file: string): Promise<void> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 380, height: 740 });
  await popup.getByTestId('count-total').waitFor();
  await settle(popup);
  const image = (await popup.screenshot()).toString('base64');
  await popup.close();

  const stage: Page = await ext.context.newPage();
  await stage.setViewportSize(SIZE);
  await stage.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { margin: 0; height: 100vh; display: flex; align-items: center; justify-content: center; gap: 72px;
      font: 18px/1.5 system-ui, sans-serif; color: #3b2a1a; background: linear-gradient(135deg, #fdf3e7, #f3e2cc); }
    .text { max-width: 420px; }
    h1 { font-size: 34px; line-height: 1.2; margin: 0 0 16px; }
    img { width: 380px; border-radius: 12px; box-shadow: 0 12px 40px #5a3a1a40; }
  </style></head><body>
    <div class="text"><h1>Your week at a glance</h1>
      <p>How many posts were conversations, broadcasts or hard sells, against the target you chose; the habit to work
      on; and how many drafts you improved before posting. Kept on your computer, never sent anywhere.</p></div>
    <img alt="" src="data:image/png;base64,${image}">
  </body></html>`);
  await settle(stage);
  await stage.screenshot({ path: join(OUT, file) });
  await stage.close();
}

async function optionsShot(ext: LoadedExtension, file: string): Promise<void> {
  const page = await openExtensionPage(ext, 'options.html');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(SIZE);
  await page.getByRole('heading', { name: 'Muffin options' }).waitFor();
  await settle(page);
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
}

execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const ext = await launchWithExtension();
try {
  for (const id of ['x', 'facebook'] as const) await serveAt(ext, DRESSES[id]!.url, await fixturePage(DRESSES[id]!, DRAFTS[id]));
  await seedBakery(ext);
  await coachShot(ext, 'x', 'screenshot-1-coach-x.png');
  await coachShot(ext, 'facebook', 'screenshot-2-coach-facebook.png');
  await popupShot(ext, 'screenshot-3-popup.png');
  await optionsShot(ext, 'screenshot-4-options.png');
  if (ext.networkRequests.length > 0) throw new Error(`Unexpected network requests: ${ext.networkRequests.join(', ')}`);
  console.log(`Saved four 1280×800 store screenshots in ${OUT}`);
} finally {
  await ext.close();
}
