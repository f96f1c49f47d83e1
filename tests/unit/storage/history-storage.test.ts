import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyHandlers, recordCoachPost } from '../../../lib/background/history-handlers';
import { encodePosts } from '../../../lib/history/compact';
import type { PostRecord } from '../../../lib/history/types';
import { handleMessage } from '../../../lib/messaging/listen';
import { historyItem, readHistory, readRawHistory, readTeam } from '../../../lib/storage/history-item';
import { clearHistory, importPosts, importTeamFiles, recordPublished } from '../../../lib/storage/history-writes';
import { saveSettings } from '../../../lib/storage/settings';
import { post } from '../history/fixtures';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const local = () => fakeBrowser.storage.local.get(null);

/** The stored posts; fails the test when the history cannot be read. */
async function storedPosts(): Promise<PostRecord[]> {
  const stored = await readHistory();
  if (stored.status !== 'ok') throw new Error(`history not readable: ${stored.message}`);
  return stored.store.posts;
}

/** A history request from one of Muffin's pages, through the boundary check, as the background answers it. */
const ask = (message: unknown, onProgress?: (done: number, total: number) => void) => handleMessage(message, historyHandlers, { kind: 'extension-page', progress: onProgress });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recording published posts', () => {
  it('loses nothing when many tabs publish at once', async () => {
    const posts = Array.from({ length: 25 }, (_, i) => post(`2026-11-2${i % 2}T10:00:${String(i).padStart(2, '0')}.000Z`));
    await Promise.all(posts.map((p) => recordPublished(p, NOW)));
    expect((await storedPosts()).map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
    expect((await local())['history$']).toEqual({ v: 3 });
  });

  it('adds a post once, keeps text only when asked, and prunes by retention', async () => {
    const text = post('2026-11-21T10:00:00.000Z', { text: 'What do you bake?' });
    expect(await recordPublished(text, NOW)).toEqual({ added: 1, duplicates: 0, total: 1 });
    expect(await recordPublished(text, NOW)).toEqual({ added: 0, duplicates: 1, total: 1 });
    const [stored] = await storedPosts();
    expect(stored).toMatchObject({ id: text.id });
    expect(stored).not.toHaveProperty('text');

    await saveSettings({ keepText: true, retentionWeeks: 4 });
    await recordPublished(post('2026-11-20T10:00:00.000Z', { id: 'kept', text: 'Kept' }), NOW);
    await recordPublished(post('2026-09-01T10:00:00.000Z', { id: 'old' }), NOW);
    expect((await storedPosts()).map((p) => [p.id, p.text])).toEqual([
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

  it('analyzes the posts with the coach settings, reports progress and adds them once', async () => {
    const progress: number[] = [];
    const reply = await ask({ type: 'archive:import', platform: 'x', posts }, (done) => progress.push(done));
    expect(reply).toEqual({ ok: true, result: { added: 2, duplicates: 0, total: 2, analyzed: 2 } });
    expect(progress).toEqual([2]);
    expect((await storedPosts()).map((p) => [p.id, p.verdict])).toEqual([
      ['x:2', 'conversation'],
      ['x:1', 'hard-sell'],
    ]);
    expect(await ask({ type: 'archive:import', platform: 'x', posts })).toMatchObject({ ok: true, result: { added: 0, duplicates: 2 } });
  });

  it.each([
    ['an unknown platform', 'myspace', posts, 'This is not an archive Muffin can analyse: "platform" is "myspace".'],
    ['posts that are not a list', 'x', 'nope', 'This is not an archive Muffin can analyse: "posts" must be a list.'],
    ['a post without a date', 'x', [posts[0], { sourceId: '3', text: 'Hi' }], 'This is not an archive Muffin can analyse: archive post 2 of 2 has no date.'],
    ['a post without text', 'x', [{ sourceId: '3', publishedAt: posts[0]!.publishedAt }], 'This is not an archive Muffin can analyse: archive post 1 of 1 has no text.'],
  ])('refuses %s and stores nothing', async (_, platform, list, error) => {
    expect(await ask({ type: 'archive:import', platform, posts: list })).toEqual({ ok: false, error });
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
    const reply = await ask({ type: 'history:record', record: post('2026-11-21T10:00:00.000Z') });
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
