import { describe, expect, it } from 'vitest';
import {
  addTeamFiles,
  buildExport,
  exportCsv,
  exportFileName,
  exportJson,
  mergePosts,
  parseHistoryFile,
  parseHistoryFiles,
  pruneOlderThan,
  removeTeamMember,
} from '../../../lib/history';
import { post } from './fixtures';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const posts = [
  post('2026-11-20T09:00:00.000Z', { id: 'x:1', text: 'What do you bake on Sundays?', rules: ['question'] }),
  post('2026-11-21T09:00:00.000Z', { id: 'x:2', verdict: 'hard-sell', rules: ['urgency'], improved: 2, text: '=SUM(A1) "sale", ends today' }),
  post('2026-11-21T10:00:00.000Z', { id: 'x:3', rules: ['thanks'], reply: true, text: 'Thank you, Bo!' }),
];

describe('export', () => {
  it('writes the muffin-history format, without text unless the person opted in', () => {
    const file = buildExport(posts, { person: 'Ada', keepText: false, now: NOW });
    expect(file).toMatchObject({ format: 'muffin-history', version: 2, exportedAt: '2026-11-22T12:00:00.000Z', person: 'Ada' });
    expect(file.posts.map((p) => p.reply)).toEqual([false, false, true]);
    expect(file.posts.every((p) => !('text' in p))).toBe(true);
    expect(buildExport(posts, { person: 'Ada', keepText: true, now: NOW }).posts[0]!.text).toBe('What do you bake on Sundays?');
  });

  it('round-trips through JSON, replies included', () => {
    const file = buildExport(posts, { person: 'Ada', keepText: true, now: NOW });
    const json = exportJson(file);
    expect(JSON.parse(json).posts[2]).toMatchObject({ id: 'x:3', reply: true });
    const parsed = parseHistoryFile(json);
    expect(parsed).toEqual({ ok: true, file: { person: 'Ada', exportedAt: file.exportedAt, posts } });
  });

  it('writes CSV with quoting and no live spreadsheet formulas', () => {
    const csv = exportCsv(buildExport(posts, { person: 'Ada', keepText: true, now: NOW }));
    expect(csv.split('\r\n')).toEqual([
      'id,publishedAt,platform,verdict,rules,chars,improved,reply,text',
      'x:1,2026-11-20T09:00:00.000Z,x,conversation,question,120,0,false,What do you bake on Sundays?',
      `x:2,2026-11-21T09:00:00.000Z,x,hard-sell,urgency,120,2,false,"'=SUM(A1) ""sale"", ends today"`,
      'x:3,2026-11-21T10:00:00.000Z,x,conversation,thanks,120,0,true,"Thank you, Bo!"',
      '',
    ]);
  });

  it('names files by person and day', () => {
    expect(exportFileName('Ada Lovelace', NOW, 'json')).toBe('muffin-history-ada-lovelace-2026-11-22.json');
    expect(exportFileName('', NOW, 'csv')).toBe('muffin-history-2026-11-22.csv');
  });
});

describe('import', () => {
  const good = (posts: unknown, version = 2) => JSON.stringify({ format: 'muffin-history', version, exportedAt: '2026-11-22T12:00:00Z', person: 'Bo', posts });
  const valid = { id: 'a', publishedAt: '2026-11-20T10:00:00+01:00', platform: 'linkedin', verdict: 'broadcast', rules: ['link-dump', 'link-dump'], chars: 80, improved: 0, reply: true, extra: true };
  const normalised = { id: 'a', publishedAt: '2026-11-20T09:00:00.000Z', platform: 'linkedin', verdict: 'broadcast', rules: ['link-dump'], chars: 80, improved: 0 };

  it('normalises what it accepts', () => {
    const result = parseHistoryFile(good([valid]));
    expect(result).toEqual({ ok: true, file: { person: 'Bo', exportedAt: '2026-11-22T12:00:00Z', posts: [{ ...normalised, reply: true }] } });
  });

  it('still imports files from before replies (version 1): every post in them is a new post', () => {
    const { reply: _reply, ...before } = valid;
    expect(parseHistoryFile(good([before], 1))).toEqual({ ok: true, file: { person: 'Bo', exportedAt: '2026-11-22T12:00:00Z', posts: [{ ...normalised, reply: false }] } });
    // Version 1 had no such field: a stray one is dropped like any unknown field, never trusted.
    expect(parseHistoryFile(good([valid], 1))).toMatchObject({ ok: true, file: { posts: [{ reply: false }] } });
  });

  it.each([
    ['', 'the file is empty.'],
    ['hello', 'this is not a Muffin history file (it is not JSON).'],
    ['window.YTD.tweets.part0 = []', 'this is a platform archive, not a Muffin history file. Import it from the options page, under "Audit the past".'],
    ['[1,2]', 'this is not a Muffin history file (it holds no "format").'],
    ['{"posts":[]}', 'this is not a Muffin history file (it has no "format": "muffin-history").'],
    ['{"format":"other-app","posts":[]}', 'this is not a Muffin history file ("format" is "other-app", expected "muffin-history").'],
    ['{"@context":"https://www.w3.org/ns/activitystreams","orderedItems":[]}', 'this looks like a Mastodon archive, not a Muffin history file. Import it from the options page, under "Audit the past".'],
    ['{"format":"muffin-history","version":3,"posts":[]}', 'this file comes from a newer Muffin (history format version 3; this Muffin reads versions up to 2). Update Muffin to import it.'],
    ['{"format":"muffin-history","version":0,"posts":[]}', '"version" must be a whole number from 1 up, not 0.'],
    ['{"format":"muffin-history","version":"1","posts":[]}', '"version" must be a whole number from 1 up, not "1".'],
    ['{"format":"muffin-history","version":1,"person":7,"posts":[]}', '"person" must be a name.'],
    ['{"format":"muffin-history","version":1,"posts":{}}', '"posts" must be a list of posts.'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseHistoryFile(text)).toMatchObject({ ok: false, error });
  });

  it.each([
    [[valid, { ...valid, id: 'b', publishedAt: 'yesterday' }], 'Post 2 of 2: "publishedAt" is not a date ("yesterday").'],
    [[{ ...valid, platform: 'myspace' }], 'Post 1 of 1: "platform" is "myspace"; expected one of x, linkedin, facebook, instagram, threads, mastodon, bluesky, reddit, youtube, other.'],
    [[{ ...valid, verdict: 'great' }], 'Post 1 of 1: "verdict" is "great"; expected one of conversation, broadcast, hard-sell, none.'],
    [[{ ...valid, id: '' }, { ...valid, chars: -1 }, 3], 'Post 1 of 3: "id" is missing or empty (and 2 more posts with problems).'],
    [[{ ...valid, chars: 1.5 }], 'Post 1 of 1: "chars" must be a whole number, not 1.5.'],
    [[{ ...valid, improved: true }], 'Post 1 of 1: "improved" must be a whole number, not true.'],
    [[{ ...valid, rules: 'question' }], 'Post 1 of 1: "rules" must be a list of rule ids.'],
    [[null], 'Post 1 of 1: it is null, not a post.'],
    [[valid, { ...valid, id: 'b', reply: undefined }], 'Post 2 of 2: "reply" is missing (true for a reply or comment, false for a new post).'],
    [[{ ...valid, reply: 'yes' }], 'Post 1 of 1: "reply" must be true or false, not "yes".'],
    [[{ ...valid, reply: 1 }], 'Post 1 of 1: "reply" must be true or false, not 1.'],
  ])('refuses a file with a bad post: %s', (list, error) => {
    expect(parseHistoryFile(good(list))).toMatchObject({ ok: false, error });
  });

  it('says a file cut off anywhere is cut off, not "not JSON"', () => {
    const full = exportJson(buildExport(posts, { person: 'Ada', keepText: true, now: NOW })).trimEnd();
    const codes = new Set<string>();
    for (let end = 1; end < full.length; end++) {
      const result = parseHistoryFile(full.slice(0, end), 'ada.json');
      codes.add(result.ok ? 'ok' : result.code);
    }
    expect([...codes]).toEqual(['cutOff']);
    expect(parseHistoryFile(full.slice(0, 120), 'ada.json')).toMatchObject({
      ok: false,
      error: 'ada.json: the file is cut off: it stops in the middle of the history, as an interrupted download or copy does. Export or copy it again.',
    });
    // Broken in the middle is not cut off.
    expect(parseHistoryFile(full.replace('"posts"', '"posts" "'))).toMatchObject({ ok: false, code: 'notJson' });
  });

  it('refuses a whole batch when one file is bad, naming the file', () => {
    const result = parseHistoryFiles([
      { name: 'ada.json', text: good([valid]) },
      { name: 'notes.txt', text: 'hi' },
    ]);
    expect(result).toMatchObject({ ok: false, errors: ['notes.txt: this is not a Muffin history file (it is not JSON).'] });
  });
});

describe('merge, retention and team', () => {
  it('adds nothing twice when the same posts come again', () => {
    const first = mergePosts([], posts);
    expect(first).toMatchObject({ added: 3, duplicates: 0 });
    const again = mergePosts(first.posts, posts);
    expect(again).toMatchObject({ added: 0, duplicates: 3 });
    expect(again.posts).toEqual(first.posts);
  });

  it('keeps posts sorted by time', () => {
    const merged = mergePosts([posts[1]!], [posts[0]!]);
    expect(merged.posts.map((p) => p.id)).toEqual(['x:1', 'x:2']);
  });

  it('prunes posts older than the retention', () => {
    const old = post('2025-11-01T00:00:00Z');
    const recent = post('2026-11-01T00:00:00Z');
    expect(pruneOlderThan([old, recent], 52, NOW)).toEqual([recent]);
    expect(pruneOlderThan([old, recent], 0, NOW)).toEqual([old, recent]);
  });

  it('collects team files per person and re-importing adds nothing', () => {
    const ada = { person: 'Ada', exportedAt: '', posts };
    const bo = { person: 'Bo', exportedAt: '', posts: [post('2026-11-20T10:00:00Z', { id: 'bo-1' })] };
    const once = addTeamFiles({ members: [] }, [bo, ada], NOW);
    expect(once).toMatchObject({ added: 4, duplicates: 0 });
    expect(once.store.members.map((m) => [m.person, m.posts.length])).toEqual([
      ['Ada', 3],
      ['Bo', 1],
    ]);
    expect(once.store.members[0]!.posts.some((p) => 'text' in p)).toBe(false);
    const twice = addTeamFiles(once.store, [{ ...ada, person: ' ada ' }], NOW);
    expect(twice).toMatchObject({ added: 0, duplicates: 3 });
    expect(twice.store.members).toHaveLength(2);
    expect(removeTeamMember(twice.store, 'ADA').members.map((m) => m.person)).toEqual(['Bo']);
  });
});
