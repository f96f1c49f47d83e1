// The popup's first view with 5,000 stored posts, in real Chromium with the production build (goal ≤ 150 ms
// from navigation start to the first view with numbers). Builds the extension first; needs Debian's Chromium.
// Run alone: npx tsx bench/popup.bench.ts
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { encodePosts } from '../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../lib/history/stored';
import { CHROMIUM, launchWithExtension, openExtensionPage, type LoadedExtension } from '../tests/browser/support/extension';
import { syntheticPosts } from './history.bench';
import { ms } from './stats';

const ROOT = join(import.meta.dirname, '..');
const POSTS = 5000;
const ROUNDS = 15;

declare const chrome: { storage: { local: { get(key: string): Promise<unknown>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

interface Marks {
  loaded: number;
  dataRead: number;
  firstView: number;
}

/** Opens the popup once and reads its marks (ms after navigation start). */
async function openPopupOnce(ext: LoadedExtension): Promise<Marks> {
  const page = await openExtensionPage(ext, 'popup.html');
  await page.getByTestId('count-total').waitFor();
  const marks = await page.evaluate(() => ({
    loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? Number.NaN,
    dataRead: performance.getEntriesByName('muffin:data-loaded')[0]?.startTime ?? Number.NaN,
    firstView: performance.getEntriesByName('muffin:first-view')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return marks;
}

/** Time to read one storage key from an extension page, median of `rounds`. */
async function storageReadTime(ext: LoadedExtension, key: string, rounds = 15): Promise<number> {
  const page = await openExtensionPage(ext, 'popup.html');
  const times = await page.evaluate(
    async ({ key, rounds }) => {
      const out: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        await chrome.storage.local.get(key);
        out.push(performance.now() - start);
      }
      return out;
    },
    { key, rounds },
  );
  await page.close();
  return quantile(times, 0.5);
}

export default async function benchPopup(): Promise<{ markdown: string; goals: [string, boolean][] }> {
  if (!existsSync(CHROMIUM)) return { markdown: `## Popup in Chromium\n\nSkipped: needs Chromium at ${CHROMIUM}.`, goals: [] };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const ext = await launchWithExtension();
  try {
    const records = syntheticPosts(POSTS, Date.now());
    const columns = { posts: encodePosts(records) };
    // The same posts as storage version 2 kept them (one object each), to compare reads.
    await ext.worker.evaluate(
      ({ columns, records, version }) => chrome.storage.local.set({ history: columns, history$: { v: version }, objectsV2: { posts: records } }),
      { columns, records, version: HISTORY_STORE_VERSION },
    );
    const runs: Marks[] = [];
    for (let round = 0; round < ROUNDS + 1; round++) {
      const marks = await openPopupOnce(ext);
      if (round > 0) runs.push(marks); // the first opening also warms the extension's process
    }
    const readColumns = await storageReadTime(ext, 'history');
    const readObjects = await storageReadTime(ext, 'objectsV2');
    // The floor: the same popup over the last 10 posts only, to tell the history's cost from the page's own.
    await ext.worker.evaluate(({ history, version }) => chrome.storage.local.set({ history, history$: { v: version } }), {
      history: { posts: encodePosts(records.slice(-10)) },
      version: HISTORY_STORE_VERSION,
    });
    const small: number[] = [];
    for (let round = 0; round < ROUNDS; round++) small.push((await openPopupOnce(ext)).firstView);
    const median = (key: keyof Marks) => quantile(runs.map((r) => r[key]), 0.5);
    const firstView = median('firstView');
    const p95 = quantile(runs.map((r) => r.firstView), 0.95);
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
    const markdown = [
      '## Popup in Chromium',
      '',
      `${POSTS.toLocaleString('en')} stored posts over two years, popup opened ${ROUNDS} times (after one warm-up), ms after navigation start:`,
      '',
      '| page script loaded | history read | first view (median) | first view (p95) |',
      '|---|---|---|---|',
      `| ${ms(median('loaded'))} | ${ms(median('dataRead'))} | ${ms(firstView)} | ${ms(p95)} |`,
      '',
      `The same popup over 10 posts: first view ${ms(quantile(small, 0.5))} ms (median), so the 5,000 posts cost ${ms(firstView - quantile(small, 0.5))} ms of it.`,
      '',
      `Reading the stored value alone (chrome.storage.local.get, median of 15): columns (storage v3, ${(bytes(columns) / 1024).toFixed(0)} kB) ${ms(readColumns)} ms; ` +
        `the same posts as objects (v2, ${(bytes({ posts: records }) / 1024).toFixed(0)} kB) ${ms(readObjects)} ms.`,
    ].join('\n');
    return { markdown, goals: [[`popup first view with 5,000 posts ≤ 150 ms in Chromium (median ${ms(firstView)} ms)`, firstView <= 150]] };
  } finally {
    await ext.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, goals } = await benchPopup();
  console.log(markdown);
  for (const [goal, met] of goals) console.log(`- ${met ? 'met' : 'NOT met'}: ${goal}`);
}
