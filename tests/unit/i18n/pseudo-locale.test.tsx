// @vitest-environment jsdom
// Renders the pages under a pseudo-locale, where every message is wrapped in ⟦ ⟧: any word left outside
// the brackets reached the page without passing through browser.i18n (a literal in a component, or
// English from a module the static scan cannot see).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Card } from '../../../components/coach/Card';
import { CoachOverlay } from '../../../components/coach/CoachOverlay';
import type { CoachActions } from '../../../components/coach/types';
import { Options } from '../../../components/options/Options';
import { MyHistory } from '../../../components/popup/MyHistory';
import { TeamView } from '../../../components/popup/TeamView';
import type { PostRecord } from '../../../lib/history/types';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';
import { getMessageFrom, loadEnMessages, type ChromeMessages } from '../support/en-messages';

const en = await loadEnMessages();
const pseudo: ChromeMessages = Object.fromEntries(
  Object.entries(en).map(([name, { message }]) => [name, { message: name === 'lang' ? 'en' : message.split(' | ').map((form) => `⟦${form}⟧`).join(' | ') }]),
);
const englishI18n = (fakeBrowser as unknown as { i18n: unknown }).i18n;
beforeAll(() => {
  Object.assign(fakeBrowser, { i18n: { getMessage: (name: string, subs?: string | string[]) => getMessageFrom(pseudo, name, subs), getUILanguage: () => 'en' } });
});
afterAll(() => {
  Object.assign(fakeBrowser, { i18n: englishI18n });
});

/** Words outside ⟦ ⟧, less what is data rather than wording: dates, names the test chose, brand names. */
function untranslated(root: Element, allowed: RegExp): string[] {
  // Text node by text node (table cells have no space between them), and the attributes people hear.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: string[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode.textContent ?? '');
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  return [nodes.join('\u0001'), ...attributes].flatMap((text) => {
    // Messages nest (a week's name inside a heading): peel them from the inside out.
    for (let peeled = text.replace(/⟦[^⟦⟧]*⟧/g, ' '); peeled !== text; peeled = text.replace(/⟦[^⟦⟧]*⟧/g, ' ')) text = peeled;
    return text.replace(allowed, ' ').match(/\p{L}{2,}/gu) ?? [];
  });
}

const DATES = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;
const now = Date.now();
const post = (i: number, overrides: Partial<PostRecord>): PostRecord => ({
  id: `p${i}`,
  publishedAt: new Date(now - 60_000 + i * 1000).toISOString(),
  platform: 'linkedin',
  verdict: 'conversation',
  rules: ['question'],
  chars: 100,
  improved: 0,
  reply: false,
  ...overrides,
});
const posts = [
  post(0, { publishedAt: new Date(now - 7 * 86_400_000).toISOString(), verdict: 'broadcast', rules: ['announcement'] }),
  post(1, {}),
  post(2, { verdict: 'hard-sell', rules: ['urgency', 'discount'], platform: 'x', improved: 1 }),
  post(3, { verdict: 'hard-sell', rules: ['urgency'], platform: 'mastodon' }),
  post(4, { verdict: 'none', rules: [] }),
  post(5, { reply: true, verdict: 'hard-sell', rules: ['discount'], platform: 'x' }),
  post(6, { publishedAt: new Date(now - 7 * 86_400_000 + 1000).toISOString(), reply: true }),
];

async function rendered(node: preact.ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return root;
}

describe('under a pseudo-locale, every word comes from the locale', () => {
  it('the popup: a week with history, and the team view', async () => {
    const mine = await rendered(<MyHistory posts={posts} settings={DEFAULT_SETTINGS} />);
    expect(untranslated(mine, new RegExp(`${DATES.source}|\\b(?:LinkedIn|Mastodon|JSON|CSV)\\b`, 'g'))).toEqual([]);
    const team = await rendered(<TeamView team={{ members: [{ person: 'Ada', importedAt: new Date(now).toISOString(), posts }] }} settings={DEFAULT_SETTINGS} />);
    expect(untranslated(team, new RegExp(`${DATES.source}|\\bAda\\b`, 'g'))).toEqual([]);
  });

  it('the options page', async () => {
    const options = await rendered(<Options />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(options.querySelector('#principle')).not.toBeNull();
    // Site names and addresses, file names, and the days of the week (from Intl, in the locale's language).
    const data = /\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b|\b(?:X|LinkedIn|Facebook|Instagram|Threads|Mastodon|Bluesky|Reddit|YouTube|tweets|js|outbox|json|Shares|csv|data|JSON|CSV)\b|\b\w+day\b/g;
    expect(untranslated(options, data)).toEqual([]);
  });

  it("the coach's badge, list and card", async () => {
    const finding = { rule: 'urgency', name: 'Countdown', category: 'hard-sell' as const, start: 0, end: 5, message: 'Deadlines push.', suggestion: { replacement: 'soon', advice: 'Say when.' } };
    const actions = new Proxy({}, { get: () => () => undefined }) as CoachActions;
    const box = { left: 10, top: 10, width: 300, height: 100 };
    const view = { findings: [finding], verdict: 'hard-sell' as const, underlines: [], editor: box, card: null, listOpen: true, whyOpen: false };
    const overlay = await rendered(<CoachOverlay view={view} actions={actions} />);
    // The finding's own text is translated by the background (lib/messaging/handlers.ts), so it is data here.
    const findingText = /\b(?:Countdown|Deadlines|push|Say|when|soon|Alt|Shift)\b|\bM\b/g;
    expect(untranslated(overlay, findingText)).toEqual([]);
    const card = await rendered(<Card finding={finding} index={0} total={1} anchor={box} focus={false} whyOpen={true} actions={actions} />);
    expect(untranslated(card, findingText)).toEqual([]);
  });
});
