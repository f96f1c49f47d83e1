import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleHistoryMessage, recordCoachPost } from '../../../lib/history/background-handlers';
import { clearHistory, importPosts, importTeamFiles, recordPublished } from '../../../lib/history/record';
import { historyItem, readHistory, readRawHistory, readTeam } from '../../../lib/storage/history-item';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, settingsItem } from '../../../lib/storage';
import { encodePosts } from '../../../lib/history/compact';
import { post } from './fixtures';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const local = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recording published posts', () => {
  it('loses nothing when many tabs publish at once', async () => {
    const posts = Array.from({ length: 25 }, (_, i) => post(`2026-11-2${i % 2}T10:00:${String(i).padStart(2, '0')}.000Z`));
    await Promise.all(posts.map((p) => recordPublished(p, NOW)));
    const stored = await readHistory();
    expect(stored.status).toBe('ok');
    if (stored.status === 'ok') expect(stored.store.posts.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
    expect((await local())['history$']).toEqual({ v: 3 });
  });

  it('adds a post once, keeps text only when asked, and prunes by retention', async () => {
    const text = post('2026-11-21T10:00:00.000Z', { text: 'What do you bake?' });
    expect(await recordPublished(text, NOW)).toEqual({ added: 1, duplicates: 0, total: 1 });
    expect(await recordPublished(text, NOW)).toEqual({ added: 0, duplicates: 1, total: 1 });
    const stored = await readHistory();
    expect(stored.status === 'ok' && 'text' in stored.store.posts[0]!).toBe(false);

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, keepText: true, retentionWeeks: 4 });
    await recordPublished(post('2026-11-20T10:00:00.000Z', { id: 'kept', text: 'Kept' }), NOW);
    await recordPublished(post('2026-09-01T10:00:00.000Z', { id: 'old' }), NOW);
    const after = await readHistory();
    expect(after.status === 'ok' && after.store.posts.map((p) => [p.id, p.text])).toEqual([
      ['kept', 'Kept'],
      [text.id, undefined],
    ]);
  });

  it('refuses a malformed record without writing', async () => {
    await expect(recordPublished({ ...post('2026-11-20T10:00:00.000Z'), verdict: 'nice' as never }, NOW)).rejects.toThrow(
      'Not a post record: "verdict" is "nice"; expected one of conversation, broadcast, hard-sell, none',
    );
    expect(await local()).toEqual({});
  });

  it('imports all or nothing', async () => {
    await expect(importPosts([post('2026-11-20T10:00:00.000Z'), { id: 'x' }], NOW)).rejects.toThrow('Post 2 of 2: "publishedAt" is not a date (undefined)');
    expect(await local()).toEqual({});
    expect(await importPosts([post('2026-11-20T10:00:00.000Z'), post('2026-11-19T10:00:00.000Z')], NOW)).toMatchObject({ added: 2 });
  });

  it('turns the coach\'s report into a record', async () => {
    await recordCoachPost({ verdict: 'hard-sell', rules: ['urgency', 'urgency'], platform: 'generic', improved: true, chars: 90, publishedAt: Date.now() });
    const stored = await readHistory();
    if (stored.status !== 'ok') throw new Error(stored.message);
    expect(stored.store.posts[0]).toMatchObject({ platform: 'other', verdict: 'hard-sell', rules: ['urgency'], improved: 1, chars: 90 });
    expect(stored.store.posts[0]!.id).toMatch(/^other:[0-9a-z]+-[0-9a-f]{8}$/);
  });
});

describe('archive imports in the background', () => {
  const posts = [
    { sourceId: '1', publishedAt: new Date(NOW - 86_400_000).toISOString(), text: 'Last chance! Sale ends tonight, buy now!' },
    { sourceId: '2', publishedAt: new Date(NOW - 2 * 86_400_000).toISOString(), text: "What's the one pastry you'd never give up?" },
  ];

  it('analyses the posts with the coach settings, reports progress and adds them once', async () => {
    const progress: number[] = [];
    const reply = await handleHistoryMessage({ type: 'archive:import', platform: 'x', posts }, (done) => progress.push(done));
    expect(reply).toEqual({ ok: true, result: { added: 2, duplicates: 0, total: 2, analysed: 2 } });
    expect(progress).toEqual([2]);
    const stored = await readHistory();
    expect(stored.status === 'ok' && stored.store.posts.map((p) => [p.id, p.verdict])).toEqual([
      ['x:2', 'conversation'],
      ['x:1', 'hard-sell'],
    ]);
    expect(await handleHistoryMessage({ type: 'archive:import', platform: 'x', posts })).toMatchObject({ ok: true, result: { added: 0, duplicates: 2 } });
  });

  it.each([
    ['an unknown platform', 'myspace', posts, 'This is not an archive Muffin can analyse: "platform" is "myspace".'],
    ['posts that are not a list', 'x', 'nope', 'This is not an archive Muffin can analyse: "posts" must be a list.'],
    ['a post without a date', 'x', [posts[0], { sourceId: '3', text: 'Hi' }], 'This is not an archive Muffin can analyse: archive post 2 of 2 has no date.'],
    ['a post without text', 'x', [{ sourceId: '3', publishedAt: posts[0]!.publishedAt }], 'This is not an archive Muffin can analyse: archive post 1 of 1 has no text.'],
  ])('refuses %s and stores nothing', async (_, platform, list, error) => {
    expect(await handleHistoryMessage({ type: 'archive:import', platform, posts: list } as never)).toEqual({ ok: false, error });
    expect(await local()).toEqual({});
  });
});

describe('migrations and damaged storage', () => {
  it('migrates v1 (a bare list) and v2 (a list in an object) to columns, and reads them back the same', async () => {
    const records = [post('2026-11-19T10:00:00.000Z', { rules: ['urgency', 'discount'], improved: 2 }), post('2026-11-20T10:00:00.000Z', { platform: 'mastodon', verdict: 'hard-sell', rules: ['discount'] })];
    const olderStores: Record<string, unknown>[] = [{ history: records }, { history: { posts: records }, history$: { v: 2 } }];
    for (const older of olderStores) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(older);
      await historyItem.migrate();
      expect(await local()).toEqual({ history: { posts: encodePosts(records) }, history$: { v: 3 } });
      expect(await readHistory()).toEqual({ status: 'ok', store: { posts: records } });
    }
  });

  it('reads an old store through the migration before the background has run it', async () => {
    const records = [post('2026-11-20T10:00:00.000Z')];
    await fakeBrowser.storage.local.set({ history: { posts: records }, history$: { v: 2 } });
    expect(await readHistory()).toEqual({ status: 'ok', store: { posts: records } });
    expect(await local()).toEqual({ history: { posts: records }, history$: { v: 2 } });
  });

  it('leaves an unreadable v1 store as it is and reports it', async () => {
    await fakeBrowser.storage.local.set({ history: 'garbage' });
    await historyItem.migrate().catch(() => undefined);
    expect(await local()).toEqual({ history: 'garbage' });
    expect(await readHistory()).toMatchObject({
      status: 'corrupt',
      message: 'Your history could not be upgraded from storage version 1: it is not in a shape Muffin knows. Nothing has been changed.',
    });
  });

  it('leaves a v2 store with a bad record as it is, says which record, and refuses writes', async () => {
    const v2 = { history: { posts: [post('2026-11-20T10:00:00.000Z'), { ...post('2026-11-21T10:00:00.000Z'), platform: 'myspace' }] }, history$: { v: 2 } };
    await fakeBrowser.storage.local.set(v2);
    await historyItem.migrate().catch(() => undefined);
    expect(await local()).toEqual(v2);
    const message = 'Your history could not be upgraded from storage version 2: post 2 of 2: "platform" is "myspace"; expected one of x, linkedin, facebook, instagram, threads, mastodon, bluesky, reddit, youtube, other. Nothing has been changed.';
    expect(await readHistory()).toMatchObject({ status: 'corrupt', message });
    await expect(recordPublished(post('2026-11-22T10:00:00.000Z'), NOW)).rejects.toThrow(message);
    expect(await local()).toEqual(v2);
  });

  it('never overwrites a store from a newer Muffin', async () => {
    const newer = { posts: 'future', shape: 'future' };
    await fakeBrowser.storage.local.set({ history: newer, history$: { v: 4 } });
    await historyItem.migrate().catch(() => undefined);
    const state = await readHistory();
    expect(state).toMatchObject({ status: 'newer', version: 4 });
    await expect(recordPublished(post('2026-11-20T10:00:00.000Z'), NOW)).rejects.toThrow('saved by a newer version of Muffin (storage version 4');
    expect(await local()).toEqual({ history: newer, history$: { v: 4 } });
    expect(JSON.parse(await readRawHistory())).toEqual({ key: 'local:history', meta: { v: 4 }, value: newer });
  });

  it('reports a damaged v3 store, refuses writes, and clears only when asked', async () => {
    const columns = encodePosts([post('2026-11-20T10:00:00.000Z'), post('2026-11-21T10:00:00.000Z')]);
    const damaged = { history: { posts: { ...columns, verdicts: '0' } }, history$: { v: 3 } };
    await fakeBrowser.storage.local.set(damaged);
    const message = 'Your stored history is damaged: the verdicts column does not hold 2 posts. Nothing has been changed.';
    expect(await readHistory()).toMatchObject({ status: 'corrupt', message });
    const reply = await handleHistoryMessage({ type: 'history:record', record: post('2026-11-21T10:00:00.000Z') });
    expect(reply).toEqual({ ok: false, error: message });
    expect(await local()).toEqual(damaged);
    await clearHistory();
    expect(await local()).toEqual({});
    expect(await readHistory()).toEqual({ status: 'ok', store: { posts: [] } });
  });

  it('writes the columns and their version together', async () => {
    await recordPublished(post('2026-11-20T10:00:00.500Z', { id: 'a', rules: ['urgency'] }), NOW);
    expect(await local()).toEqual({ history: { posts: encodePosts([post('2026-11-20T10:00:00.000Z', { id: 'a', rules: ['urgency'] })]) }, history$: { v: 3 } });
  });
});

describe('team', () => {
  it('stores team files per person, once', async () => {
    const file = { person: 'Ada', exportedAt: '', posts: [post('2026-11-20T10:00:00.000Z', { text: 'secret' })] };
    expect(await importTeamFiles([file], NOW)).toEqual({ added: 1, duplicates: 0, people: 1 });
    expect(await importTeamFiles([file], NOW)).toEqual({ added: 0, duplicates: 1, people: 1 });
    const team = await readTeam();
    expect(team.members[0]!.posts[0]!.text).toBeUndefined();
  });
});

describe('settings', () => {
  it('starts from the defaults and checks each stored field', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
    expect(normalizeSettings({ targetRule: 'nonsense', customCap: 40, weekStart: 9, sites: { 'https://x.com/*': false, bad: 'yes' } })).toEqual({
      ...DEFAULT_SETTINGS,
      customCap: 40,
      sites: { 'https://x.com/*': false },
    });
    expect(await saveSettings({ weekStart: 0, personName: 'Ada' })).toMatchObject({ weekStart: 0, personName: 'Ada' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ weekStart: 0, personName: 'Ada' });
  });

  it('keeps every change when several are saved at once', async () => {
    await Promise.all([saveSettings({ weekStart: 0 }), saveSettings({ personName: 'Ada' }), saveSettings({ targetRule: '80-20' })]);
    expect((await loadSettings()).settings).toMatchObject({ weekStart: 0, personName: 'Ada', targetRule: '80-20' });
  });

  it('refuses to save over settings from a newer Muffin', async () => {
    await fakeBrowser.storage.sync.set({ settings: { weekStart: 3 }, settings$: { v: 2 } });
    const loaded = await loadSettings();
    expect(loaded.settings.weekStart).toBe(3);
    expect(loaded.problem).toMatch(/newer version of Muffin \(version 2\)/);
    await expect(saveSettings({ weekStart: 1 })).rejects.toThrow('newer version');
  });
});
