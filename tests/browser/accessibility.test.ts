import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { launchWithExtension, serveAt, type LoadedExtension } from './support/extension';
import { DRESSES, MUFFIN_STORY_RUDE, fixturePage } from '../fixtures/editors/pages';
import { encodePosts } from '../../lib/history/compact';
import { HISTORY_STORE_VERSION } from '../../lib/history/stored';
import type { PostRecord } from '../../lib/history/types';

// axe-core on every page a person sees, in light and dark, and the keyboard paths through them.
declare const chrome: {
  storage: Record<'local' | 'sync', { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
};

const DAY = 86_400_000;
const DRAFT = DRESSES.x!;
let ext: LoadedExtension;
let pages: Page[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  await serveAt(ext, DRAFT.url, await fixturePage(DRAFT));
});
afterAll(async () => {
  await ext?.close();
});
beforeEach(async () => {
  for (const page of pages) await page.close();
  pages = [];
  await ext.worker.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
});

type Scheme = 'light' | 'dark';

async function open(path: string, scheme: Scheme = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  pages.push(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

function post(ms: number, i: number, overrides: Partial<PostRecord>): PostRecord {
  return { id: `a${i}`, publishedAt: new Date(ms).toISOString(), platform: 'linkedin', verdict: 'conversation', rules: ['question'], chars: 200, improved: 0, reply: false, ...overrides };
}

/** A week with every kind of post and reply, and one the week before, so every part of the popup shows. */
async function seedHistory(): Promise<void> {
  const now = Date.now();
  const posts = [
    post(now - 7 * DAY, 1, { verdict: 'broadcast', rules: ['announcement'] }),
    post(now - 9000, 2, {}),
    post(now - 8000, 3, { verdict: 'hard-sell', rules: ['urgency', 'discount'], platform: 'x', improved: 1 }),
    post(now - 7000, 4, { verdict: 'broadcast', rules: ['link-dump'], platform: 'mastodon' }),
    post(now - 6000, 5, { verdict: 'none', rules: [] }),
    post(now - 5000, 6, { reply: true, rules: ['thanks'] }),
    post(now - 4000, 7, { reply: true, verdict: 'hard-sell', rules: ['discount'], platform: 'x' }),
  ];
  await ext.worker.evaluate((items) => chrome.storage.local.set(items), { history: { posts: encodePosts(posts) }, history$: { v: HISTORY_STORE_VERSION } });
}

async function expectNoViolations(page: Page, context?: Parameters<typeof axeViolations>[1]): Promise<void> {
  const violations = await axeViolations(page, context);
  expect(violations, `axe found:\n${describeViolations(violations)}`).toEqual([]);
}

describe.each(['light', 'dark'] as const)('axe, %s', (scheme) => {
  it('the popup before the first post', async () => {
    const page = await open('popup.html', scheme);
    await page.getByTestId('empty-state').waitFor();
    await expectNoViolations(page);
  });

  it('the popup with a week of history, and its team tab', async () => {
    await seedHistory();
    const page = await open('popup.html', scheme);
    await page.getByTestId('summary-sentence').waitFor();
    await expectNoViolations(page);
    await page.getByRole('tab', { name: 'Team' }).click();
    await page.getByTestId('team-import').waitFor({ state: 'attached' });
    await expectNoViolations(page);
  });

  it('the popup when the stored history cannot be read', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ history: 'garbage' }));
    const page = await open('popup.html', scheme);
    await page.getByTestId('storage-problem').waitFor();
    await expectNoViolations(page);
  });

  it('the options page, with the delete confirmation open', async () => {
    const page = await open('options.html', scheme);
    await page.locator('#rules').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Clear all history…' }).click();
    await page.getByRole('group', { name: 'Confirm deleting the history' }).waitFor();
    await expectNoViolations(page);
  });

  it('the coach: badge, card and list on a compose box', async () => {
    const page = await ext.context.newPage();
    pages.push(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(DRAFT.url);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    const badge = page.locator('muffin-coach .badge');
    await expect.poll(() => badge.getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    const coach = { include: [{ fromShadowDom: ['muffin-coach', '.layer'] }] };
    await page.keyboard.press('Alt+Shift+M');
    await page.locator('muffin-coach .card').waitFor();
    await page.locator('muffin-coach .card button[data-action="why"]').click();
    await page.locator('muffin-coach .card .why').waitFor();
    await expectNoViolations(page, coach);
    await page.keyboard.press('Escape');
    await badge.click();
    await page.locator('muffin-coach .list').waitFor();
    await expectNoViolations(page, coach);
  });
});

/**
 * Presses Tab until focus comes back round, and says which of the page's controls it never reached.
 * Radios count once per group (arrow keys move inside a group), and an inactive tab is reached with
 * the arrow keys from the active one, as the ARIA tabs pattern has it.
 */
async function unreachedByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert], [hidden]'),
    );
    const seenRadios = new Set<string>();
    let n = 0;
    for (const el of controls) {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
      if (radio !== null && seenRadios.has(radio)) continue;
      if (radio !== null) seenRadios.add(radio);
      el.dataset.tabTarget = String(n++);
    }
    return n;
  });
  const reached = new Set<string>();
  for (let i = 0; i < total * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        return document.querySelector<HTMLElement>(`input[type="radio"][name="${el.name}"][data-tab-target]`)?.dataset.tabTarget ?? null;
      }
      return el?.dataset.tabTarget ?? null;
    });
    if (target !== null) reached.add(target);
    if (reached.size === total) break;
  }
  return page.evaluate(
    (reached) =>
      [...document.querySelectorAll<HTMLElement>('[data-tab-target]')]
        .filter((el) => !reached.includes(el.dataset.tabTarget!))
        .map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`),
    [...reached],
  );
}

describe('keyboard', () => {
  it('reaches every control of the popup with Tab, and the other tab with the arrow keys', async () => {
    await seedHistory();
    const page = await open('popup.html');
    await page.getByTestId('summary-sentence').waitFor();
    expect(await unreachedByTab(page)).toEqual([]);
    await page.getByRole('tab', { name: 'My weeks' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Team');
    expect(await page.getByRole('tab', { name: 'Team' }).getAttribute('aria-selected')).toBe('true');
    expect(await unreachedByTab(page)).toEqual([]);
  });

  it('reaches every control of the options page with Tab', async () => {
    const page = await open('options.html');
    await page.locator('#rules').waitFor();
    expect(await unreachedByTab(page)).toEqual([]);
  });

  it("works the card's buttons from the keyboard, and Escape returns to the draft", async () => {
    const page = await ext.context.newPage();
    pages.push(page);
    await page.goto(DRAFT.url);
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.type(MUFFIN_STORY_RUDE);
    const badge = page.locator('muffin-coach .badge');
    await expect.poll(() => badge.getAttribute('data-verdict'), { timeout: 5_000 }).toBe('hard-sell');
    const before = Number(await badge.getAttribute('data-count'));
    const card = page.locator('muffin-coach .card');
    const focusedAction = () => page.evaluate(() => (document.querySelector('muffin-coach')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.action ?? null);

    await page.keyboard.press('Alt+Shift+M');
    await expect.poll(focusedAction).not.toBeNull();
    // Tab walks the card's buttons; Enter and Space press them.
    const actions: (string | null)[] = [await focusedAction()];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      actions.push(await focusedAction());
    }
    expect(actions).toEqual(expect.arrayContaining(['dismiss', 'ignore', 'why']));
    while ((await focusedAction()) !== 'why') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('button[data-action="why"]').getAttribute('aria-expanded')).toBe('true');
    while ((await focusedAction()) !== 'dismiss') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(async () => Number(await badge.getAttribute('data-count'))).toBe(before - 1);

    // The badge is a button too: Enter opens the list, whose entries open their card.
    await badge.focus();
    await page.keyboard.press('Enter');
    await page.locator('muffin-coach .list').waitFor();
    await page.locator('muffin-coach .list li button').first().focus();
    await page.keyboard.press('Enter');
    await card.waitFor();

    // Escape closes the card and puts the caret back in the draft.
    await page.keyboard.press('Alt+Shift+M');
    await expect.poll(focusedAction).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
  });
});
