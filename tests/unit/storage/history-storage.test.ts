import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyHandlers, recordCoachPost } from '../../../lib/background/history-handlers';
import { encodePosts } from '../../../lib/history/compact';
import type { PostRecord } from '../../../lib/history/types';
import { handleMessage } from '../../../lib/messaging/listen';
import { coachHandlers } from '../../../lib/background/coach-handlers';
import { historyItem, readHistory, readRawHistory, readTeam, teamItem } from '../../../lib/storage/history-item';
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
    expect((await local())['history$']).toEqual({ v: 4 });
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
    expect(stored.store.posts[0]).toMatchObject({ platform: 'other', verdict: 'hard-sell', rules: ['urgency'], improved: 1, chars: 90, reply: false });
    expect(stored.store.posts[0]!.id).toMatch(/^other:[0-9a-z]+-[0-9a-f]{8}$/);
  });

  it('carries the coach\'s reply flag from the published message into the stored columns', async () => {
    const published = { type: 'published', verdict: 'conversation', rules: ['thanks'], platform: 'x', improved: false, chars: 40 };
    const handlers = coachHandlers({ recordPublished: recordCoachPost });
    expect(await handleMessage({ ...published, publishedAt: NOW - 2000, reply: true }, handlers, { kind: 'coach', origin: 'https://x.com' })).toEqual({ ok: true, result: null });
    // A coach from before replies sends no flag: a new post.
    expect(await handleMessage({ ...published, publishedAt: NOW - 1000 }, handlers, { kind: 'coach', origin: 'https://x.com' })).toEqual({ ok: true, result: null });
    expect(await handleMessage({ ...published, publishedAt: NOW, reply: 'yes' }, handlers, { kind: 'coach', origin: 'https://x.com' })).toEqual({
      ok: false,
      error: 'Whether the post was a reply is not true or false.',
    });
    expect((await storedPosts()).map((p) => [p.platform, p.reply])).toEqual([
      ['x', true],
      ['x', false],
    ]);
    expect(((await local()).history as { posts: { replies: string } }).posts.replies).toBe('10');
  });
});

describe('archive imports in the background', () => {
  const posts = [
    { sourceId: '1', publishedAt: new Date(NOW - 86_400_000).toISOString(), text: 'Last chance! Sale ends tonight, buy now!', reply: false },
    { sourceId: '2', publishedAt: new Date(NOW - 2 * 86_400_000).toISOString(), text: "What's the one pastry you'd never give up?", reply: true },
  ];

  it('analyzes the posts with the coach settings, reports progress and adds them once', async () => {
    const progress: number[] = [];
    const reply = await ask({ type: 'archive:import', platform: 'x', posts }, (done) => progress.push(done));
    expect(reply).toEqual({ ok: true, result: { added: 2, duplicates: 0, total: 2, analyzed: 2 } });
    expect(progress).toEqual([2]);
    expect((await storedPosts()).map((p) => [p.id, p.verdict, p.reply])).toEqual([
      ['x:2', 'conversation', true],
      ['x:1', 'hard-sell', false],
    ]);
    expect(await ask({ type: 'archive:import', platform: 'x', posts })).toMatchObject({ ok: true, result: { added: 0, duplicates: 2 } });
  });

  it.each([
    ['an unknown platform', 'myspace', posts, 'This is not an archive Muffin can analyse: "platform" is "myspace".'],
    ['posts that are not a list', 'x', 'nope', 'This is not an archive Muffin can analyse: "posts" must be a list.'],
    ['a post without a date', 'x', [posts[0], { sourceId: '3', text: 'Hi' }], 'This is not an archive Muffin can analyse: archive post 2 of 2 has no date.'],
    ['a post without text', 'x', [{ sourceId: '3', publishedAt: posts[0]!.publishedAt }], 'This is not an archive Muffin can analyse: archive post 1 of 1 has no text.'],
    ['a post that does not say whether it is a reply', 'x', [{ ...posts[0], reply: undefined }], 'This is not an archive Muffin can analyse: archive post 1 of 1 does not say whether it is a reply.'],
  ])('refuses %s and stores nothing', async (_, platform, list, error) => {
    expect(await ask({ type: 'archive:import', platform, posts: list })).toEqual({ ok: false, error });
    expect(await local()).toEqual({});
  });
});

/** Two posts, as a history before replies might hold them. */
const records = [post('2026-11-19T10:00:00.000Z', { rules: ['urgency', 'discount'], improved: 2, text: 'Hurry' }), post('2026-11-20T10:00:00.000Z', { platform: 'mastodon', verdict: 'hard-sell', rules: ['discount'] })];

/** Records as Muffin stored them before replies: no `reply` field. */
const beforeReplies = (records: PostRecord[]) => records.map(({ reply: _reply, ...rest }) => rest);

/** Version 3's columns for `records`: today's, without the replies column. */
function v3Columns(records: PostRecord[]) {
  const { replies: _replies, ...columns } = encodePosts(records);
  return columns;
}

describe('migrations and damaged storage', () => {

  it('migrates v1 (a bare list), v2 (a list in an object) and v3 (columns) to v4, every old post a new post, and reads them back the same', async () => {
    const olderStores: Record<string, unknown>[] = [
      { history: beforeReplies(records) },
      { history: { posts: beforeReplies(records) }, history$: { v: 2 } },
      { history: { posts: v3Columns(records) }, history$: { v: 3 } },
    ];
    for (const older of olderStores) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(older);
      await historyItem.migrate();
      expect(await local()).toEqual({ history: { posts: encodePosts(records) }, history$: { v: 4 } });
      expect((await local()).history).toMatchObject({ posts: { replies: '00' } });
      expect(await readHistory()).toEqual({ status: 'ok', store: { posts: records } });
    }
  });

  it('keeps every v3 column exactly as it was, adding only the replies', async () => {
    const columns = v3Columns([post('2026-11-18T10:00:00.000Z', { rules: ['question'], text: 'Hi?' }), ...records]);
    await fakeBrowser.storage.local.set({ history: { posts: columns }, history$: { v: 3 } });
    await historyItem.migrate();
    expect(await local()).toEqual({ history: { posts: { ...columns, replies: '000' } }, history$: { v: 4 } });
  });

  it('reads an old store through the migration before the background has run it', async () => {
    for (const [value, v] of [[{ posts: beforeReplies(records) }, 2], [{ posts: v3Columns(records) }, 3]] as const) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ history: value, history$: { v } });
      expect(await readHistory()).toEqual({ status: 'ok', store: { posts: records } });
      expect(await local()).toEqual({ history: value, history$: { v } });
    }
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

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a v2 store with a bad record: which record',
      { history: { posts: [post('2026-11-20T10:00:00.000Z'), { ...post('2026-11-21T10:00:00.000Z'), platform: 'myspace' }] }, history$: { v: 2 } },
      'Your history could not be upgraded from storage version 2: post 2 of 2: "platform" is "myspace"; expected one of x, linkedin, facebook, instagram, threads, mastodon, bluesky, reddit, youtube, other. Nothing has been changed.',
    ],
    [
      'a v3 store with a damaged column: which column',
      { history: { posts: { ...v3Columns(records), chars: '1' } }, history$: { v: 3 } },
      'Your stored history is damaged: the chars column does not hold 2 posts. Nothing has been changed.',
    ],
  ])('leaves %s as it is, says what is wrong, and refuses writes', async (_, stored, message) => {
    await fakeBrowser.storage.local.set(stored);
    await historyItem.migrate().catch(() => undefined);
    expect(await local()).toEqual(stored);
    expect(await readHistory()).toMatchObject({ status: 'corrupt', message });
    await expect(recordPublished(post('2026-11-22T10:00:00.000Z'), NOW)).rejects.toThrow(message);
    expect(await local()).toEqual(stored);
  });

  it('never overwrites a store from a newer Muffin', async () => {
    const newer = { posts: 'future', shape: 'future' };
    await fakeBrowser.storage.local.set({ history: newer, history$: { v: 5 } });
    await historyItem.migrate().catch(() => undefined);
    const state = await readHistory();
    expect(state).toMatchObject({ status: 'newer', version: 5 });
    await expect(recordPublished(post('2026-11-20T10:00:00.000Z'), NOW)).rejects.toThrow('saved by a newer version of Muffin (storage version 5');
    expect(await local()).toEqual({ history: newer, history$: { v: 5 } });
    expect(JSON.parse(await readRawHistory())).toEqual({ key: 'local:history', meta: { v: 5 }, value: newer });
  });

  it('reports a damaged v4 store, refuses writes, and clears only when asked', async () => {
    const columns = encodePosts([post('2026-11-20T10:00:00.000Z'), post('2026-11-21T10:00:00.000Z')]);
    const damaged = { history: { posts: { ...columns, verdicts: '0' } }, history$: { v: 4 } };
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
    expect(await local()).toEqual({ history: { posts: encodePosts([post('2026-11-20T10:00:00.000Z', { id: 'a', rules: ['urgency'] })]) }, history$: { v: 4 } });
  });
});

describe('team', () => {
  it('stores team files per person, once, replies and version with them', async () => {
    const file = { person: 'Ada', exportedAt: '', posts: [post('2026-11-20T10:00:00.000Z', { text: 'secret' }), post('2026-11-20T11:00:00.000Z', { reply: true })] };
    expect(await importTeamFiles([file], NOW)).toEqual({ added: 2, duplicates: 0, people: 1 });
    expect(await importTeamFiles([file], NOW)).toEqual({ added: 0, duplicates: 2, people: 1 });
    const team = await readTeam();
    expect(team.members[0]!.posts[0]!.text).toBeUndefined();
    expect(team.members[0]!.posts.map((p) => p.reply)).toEqual([false, true]);
    expect((await local())['team$']).toEqual({ v: 2 });
  });

  it('reads and migrates a team imported before replies: each of its posts a new post, nothing else changed', async () => {
    const member = { person: 'Bo', importedAt: '2026-11-01T00:00:00.000Z', posts: beforeReplies(records).map(({ text: _text, ...rest }) => rest) };
    for (const meta of [{}, { team$: { v: 1 } }] as Record<string, unknown>[]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ team: { members: [member] }, ...meta });
      const expected = { members: [{ ...member, posts: member.posts.map((p) => ({ ...p, reply: false })) }] };
      expect(await readTeam()).toEqual(expected);
      await teamItem.migrate();
      expect(await local()).toEqual({ team: expected, team$: { v: 2 } });
      expect(await readTeam()).toEqual(expected);
    }
    // A new import on top keeps the old posts and adds the new one with its flag.
    await importTeamFiles([{ person: 'Bo', exportedAt: '', posts: [post('2026-11-21T10:00:00.000Z', { id: 'bo-reply', reply: true })] }], NOW);
    expect((await readTeam()).members[0]!.posts.map((p) => [p.id, p.reply])).toEqual([...records.map((r) => [r.id, false]), ['bo-reply', true]]);
  });
});
