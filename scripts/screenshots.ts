// Screenshots for the README: the production build in Chromium with a realistic history (ten weeks of a
// small bakery's posts on several platforms, drifting from broadcast to conversation), saved as
// docs/screenshots/popup.png, popup-dark.png and options.png. Run: npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encodePosts } from '../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../lib/history/stored';
import type { Platform, PostRecord } from '../lib/history/types';
import { DEFAULT_SETTINGS } from '../lib/storage/settings';
import { launchWithExtension, openExtensionPage } from '../tests/browser/support/extension';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const DAY = 86_400_000;
/** A Thursday afternoon (UTC), so the current week already has posts; the pages see this as "now". */
const NOW = Date.parse('2026-11-19T15:30:00Z');

const RULES: Record<PostRecord['verdict'], readonly (readonly string[])[]> = {
  conversation: [['question'], ['question', 'thanks'], ['personal-story'], ['invitation', 'question'], ['reply'], ['empathy', 'question']],
  broadcast: [['announcement'], ['announcement', 'link-dump'], ['self-focus', 'no-invitation'], ['hashtag-dump'], ['link-dump']],
  'hard-sell': [['urgency', 'discount'], ['buy-now', 'urgency'], ['scarcity', 'promo-code'], ['discount', 'price', 'buy-now']],
  none: [[]],
};
const PLATFORMS: Platform[] = ['linkedin', 'linkedin', 'x', 'instagram', 'mastodon', 'bluesky'];

/** Ten weeks of posts, deterministic: more conversation and less hard sell as the weeks go by. */
function bakeryHistory(): PostRecord[] {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const posts: PostRecord[] = [];
  const thisMonday = Date.parse('2026-11-16T00:00:00Z');
  for (let weeksAgo = 9; weeksAgo >= 0; weeksAgo--) {
    const progress = (9 - weeksAgo) / 9; // 0 in the oldest week, 1 this week
    const count = weeksAgo === 0 ? 8 : 9 + Math.floor(next() * 6);
    const span = weeksAgo === 0 ? NOW - thisMonday : 7 * DAY;
    for (let i = 0; i < count; i++) {
      const time = thisMonday - weeksAgo * 7 * DAY + 8 * 3_600_000 + Math.floor(next() * (span - 10 * 3_600_000));
      const roll = next();
      const verdict = roll < 0.2 + 0.5 * progress ? 'conversation' : roll < 0.75 + 0.15 * progress ? 'broadcast' : roll < 0.98 ? 'hard-sell' : 'none';
      posts.push({
        id: `screenshot:${weeksAgo}-${i}`,
        publishedAt: new Date(Math.floor(time / 1000) * 1000).toISOString(),
        platform: pick(PLATFORMS),
        verdict,
        rules: [...pick(RULES[verdict])],
        chars: 80 + Math.floor(next() * 900),
        improved: next() < 0.2 + 0.3 * progress ? 1 + Math.floor(next() * 2) : 0,
      });
    }
  }
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
}

declare const chrome: { storage: Record<'local' | 'sync', { set(items: Record<string, unknown>): Promise<void> }> };

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
}

execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const ext = await launchWithExtension();
try {
  await ext.context.clock.setFixedTime(NOW);
  const settings = { ...DEFAULT_SETTINGS, personName: 'Ada Baker', targetRule: 'thirds', weekStart: 1 };
  await ext.worker.evaluate(
    async ({ history, version, settings }) => {
      await chrome.storage.local.set({ history, history$: { v: version } });
      await chrome.storage.sync.set({ settings, settings$: { v: 1 } });
    },
    { history: { posts: encodePosts(bakeryHistory()) }, version: HISTORY_STORE_VERSION, settings },
  );

  for (const scheme of ['light', 'dark'] as const) {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByTestId('count-total').waitFor();
    await settle(page);
    await page.screenshot({ path: join(OUT, scheme === 'light' ? 'popup.png' : 'popup-dark.png'), fullPage: true });
    await page.close();
  }

  const options = await openExtensionPage(ext, 'options.html');
  await options.emulateMedia({ colorScheme: 'light' });
  await options.setViewportSize({ width: 900, height: 1560 });
  await options.getByRole('heading', { name: 'Muffin options' }).waitFor();
  await settle(options);
  await options.screenshot({ path: join(OUT, 'options.png') });
  await options.close();
  console.log(`Saved popup.png, popup-dark.png and options.png in ${OUT}`);
} finally {
  await ext.close();
}
