// The demo scenes shared by the README screenshots (scripts/screenshots.ts), the store screenshots
// (scripts/store-screenshots.ts) and the playground (scripts/playground.ts): a small bakery's history, the
// sample drafts in each fixture box, and the coach's card opened the way a reader opens it.
import type { Page } from 'playwright-core';
import { encodePosts } from '../../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../../lib/history/stored';
import type { Platform, PostRecord } from '../../lib/history/types';
import { DEFAULT_SETTINGS } from '../../lib/storage/settings-schema';
import { MUFFIN_STORY_FRIENDLY, MUFFIN_STORY_RUDE } from '../../tests/fixtures/editors/pages';
import type { LoadedExtension } from '../../tests/browser/support/extension';

const DAY = 86_400_000;
/** A Thursday afternoon (UTC), so the current week already has posts; the pages see this as "now". */
export const NOW = Date.parse('2026-11-19T15:30:00Z');

const RULES: Record<PostRecord['verdict'], readonly (readonly string[])[]> = {
  conversation: [['question'], ['question', 'thanks'], ['personal-story'], ['invitation', 'question'], ['reply'], ['empathy', 'question']],
  broadcast: [['announcement'], ['announcement', 'link-dump'], ['self-focus', 'no-invitation'], ['hashtag-dump'], ['link-dump']],
  'hard-sell': [['urgency', 'discount'], ['buy-now', 'urgency'], ['scarcity', 'promo-code'], ['discount', 'price', 'buy-now']],
  none: [[]],
};
const PLATFORMS: Platform[] = ['linkedin', 'linkedin', 'x', 'instagram', 'mastodon', 'bluesky'];

/** Ten weeks of posts, deterministic: more conversation and less hard sell as the weeks go by. */
export function bakeryHistory(): PostRecord[] {
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
        reply: false,
      });
    }
    // Replies, evenly spread and without touching the posts' random sequence: the bakery answers more people
    // as the weeks go by (2 a week at first, 12 by the tenth).
    const replies = Math.round(2 + 10 * progress);
    for (let i = 0; i < replies; i++) {
      const time = thisMonday - weeksAgo * 7 * DAY + 9 * 3_600_000 + Math.floor(((i + 0.5) / replies) * (span - 10 * 3_600_000));
      posts.push({
        id: `screenshot:${weeksAgo}-reply-${i}`,
        publishedAt: new Date(Math.floor(time / 1000) * 1000).toISOString(),
        platform: PLATFORMS[i % PLATFORMS.length]!,
        verdict: 'conversation',
        rules: i % 3 === 0 ? ['thanks'] : ['question'],
        chars: 40 + ((i * 37) % 200),
        improved: 0,
        reply: true,
      });
    }
  }
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
}

declare const chrome: { storage: Record<'local' | 'sync', { set(items: Record<string, unknown>): Promise<void> }> };

/** Fixes the pages' clock at NOW and stores the bakery's history and settings in the extension. */
export async function seedBakery(ext: LoadedExtension): Promise<void> {
  await ext.context.clock.setFixedTime(NOW);
  const settings = { ...DEFAULT_SETTINGS, personName: 'Ada Baker', targetRule: 'thirds', weekStart: 1 };
  await ext.worker.evaluate(
    async ({ history, version, settings }) => {
      await chrome.storage.local.set({ history, history$: { v: version } });
      await chrome.storage.sync.set({ settings, settings$: { v: 1 } });
    },
    { history: { posts: encodePosts(bakeryHistory()) }, version: HISTORY_STORE_VERSION, settings },
  );
}

/** Waits for web fonts and a frame or two, so a screenshot shows the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
}

export const SAMPLE_DRAFTS: Record<string, string> = {
  x: MUFFIN_STORY_RUDE,
  facebook: MUFFIN_STORY_RUDE,
  linkedin: 'We are proud to announce our new seasonal menu, available in all stores from Monday. Visit our website for more information.',
  bluesky: 'Flash sale! 20% off every muffin, today only. Use code MUFFIN20 at checkout. Don’t miss out!',
  mastodon: MUFFIN_STORY_FRIENDLY,
  reddit: 'We just opened our second bakery! Click the link in our bio and order now, offer ends Friday.',
  youtube: MUFFIN_STORY_RUDE,
};

export async function showCard(page: Page): Promise<void> {
  await page.locator('textarea[data-editor-mount], [contenteditable="true"]').first().click();
  await page.keyboard.press('End');
  await page.locator('muffin-coach .badge').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  // The first hard-sell flag's card, as a reader would open it by clicking the underline.
  const mark = page.locator('muffin-coach .mark[data-category="hard-sell"]').first();
  if ((await mark.count()) > 0) {
    const box = await mark.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('muffin-coach .card').waitFor({ timeout: 5_000 });
  }
  await page.mouse.move(1, 1);
}
