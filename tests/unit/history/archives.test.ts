import { describe, expect, it } from 'vitest';
import { analyzeArchive } from '../../../lib/history/archives/analyze';
import { htmlToText, parseCsv, parseLinkedInShares, parseMastodonOutbox, parseXArchive, parseXDate, readArchive } from '../../../lib/history/archives';
import { mergePosts } from '../../../lib/history';

const tweetsJs = `window.YTD.tweets.part0 = [
  { "tweet": { "id_str": "1001", "created_at": "Wed Oct 14 20:19:24 +0000 2026", "full_text": "Last chance! Sale ends tonight. Use code SAVE20 for 20% off everything &amp; buy now!" } },
  { "tweet": { "id_str": "1002", "created_at": "Thu Oct 15 08:00:00 +0000 2026", "full_text": "What's the one pastry you'd never give up? Tell us below." } },
  { "tweet": { "id_str": "1003", "created_at": "Thu Oct 15 09:00:00 +0000 2026", "full_text": "RT @friend: our new oven is here" } }
]`;

const outbox = JSON.stringify({
  '@context': 'https://www.w3.org/ns/activitystreams',
  type: 'OrderedCollection',
  orderedItems: [
    {
      type: 'Create',
      published: '2026-10-14T10:00:00Z',
      object: { id: 'https://mastodon.social/users/bakery/statuses/1', type: 'Note', published: '2026-10-14T10:00:00Z', content: '<p>Thanks for coming by, &amp; see you soon!</p><p>How was the rye?<br>Tell us.</p>' },
    },
    { type: 'Announce', published: '2026-10-15T10:00:00Z', object: 'https://example.social/statuses/9' },
  ],
});

const shares = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n2026-10-14 14:03:22,https://www.linkedin.com/feed/update/urn:li:share:1,"We are thrilled to announce our new bakery, ""Crumb"".\nBook now!",,,MEMBER_NETWORK\r\n2026-10-15 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,,,,MEMBER_NETWORK\r\n';

describe('platform archives', () => {
  it('reads X dates with their offset', () => {
    expect(parseXDate('Wed Oct 14 20:19:24 +0000 2026')).toBe('2026-10-14T20:19:24.000Z');
    expect(parseXDate('Wed Oct 14 20:19:24 +0200 2026')).toBe('2026-10-14T18:19:24.000Z');
    expect(parseXDate('yesterday')).toBeNull();
  });

  it("reads X's tweets.js, leaving out reposts and decoding entities", () => {
    const result = parseXArchive(tweetsJs);
    expect(result).toMatchObject({ ok: true, platform: 'x', skipped: 1 });
    if (!result.ok) return;
    expect(result.posts[0]).toEqual({ sourceId: '1001', publishedAt: '2026-10-14T20:19:24.000Z', text: 'Last chance! Sale ends tonight. Use code SAVE20 for 20% off everything & buy now!', reply: false });
    expect(result.posts).toHaveLength(2);
  });

  it("tells X's replies from new posts: an answer to someone else's post, or a leading @mention where the archive has no reply field", () => {
    const tweet = (id: string, fullText: string, extra: Record<string, unknown> = {}) => ({ tweet: { id_str: id, created_at: 'Thu Oct 15 08:00:00 +0000 2026', full_text: fullText, ...extra } });
    const archive = `window.YTD.tweets.part0 = ${JSON.stringify([
      tweet('1', 'Our new oven is here. What should we bake first?', { in_reply_to_status_id_str: null, in_reply_to_status_id: null }),
      tweet('2', '@bo_bakes Thank you, Bo! Come by on Sunday.', { in_reply_to_status_id_str: '900', in_reply_to_status_id: '900', in_reply_to_screen_name: 'bo_bakes' }),
      tweet('3', 'It takes rye, spelt and a lot of patience.', { in_reply_to_status_id: 901 }), // old archives wrote the id as a number
      tweet('4', 'And it fits twelve trays at once.', { in_reply_to_status_id_str: '1' }), // the person's own thread
      tweet('5', '@ada Loved your sourdough post!'), // an archive without reply fields
      tweet('6', 'Ask @ada about her sourdough.'),
      tweet('7', '@ada and I are baking together next week.', { in_reply_to_status_id_str: null }), // the archive says it answers nothing
    ])}`;
    const result = parseXArchive(archive);
    if (!result.ok) throw new Error(result.error);
    expect(result.posts.map((p) => [p.sourceId, p.reply])).toEqual([
      ['1', false],
      ['2', true],
      ['3', true],
      ['4', false],
      ['5', true],
      ['6', false],
      ['7', false],
    ]);
  });

  it("reads Mastodon's outbox.json as text without a DOM", () => {
    const result = parseMastodonOutbox(outbox);
    expect(result).toMatchObject({ ok: true, platform: 'mastodon', skipped: 1 });
    if (result.ok) expect(result.posts[0]!.text).toBe('Thanks for coming by, & see you soon!\n\nHow was the rye?\nTell us.');
  });

  it("tells Mastodon's replies from new posts by inReplyTo, a post continuing the person's own thread being a new post", () => {
    const me = 'https://mastodon.social/users/bakery';
    const note = (id: number, content: string, inReplyTo: unknown) => ({
      type: 'Create',
      actor: me,
      published: '2026-10-14T10:00:00Z',
      object: { id: `${me}/statuses/${id}`, type: 'Note', attributedTo: me, published: '2026-10-14T10:00:00Z', content: `<p>${content}</p>`, inReplyTo },
    });
    const result = parseMastodonOutbox(
      JSON.stringify({
        orderedItems: [
          note(1, 'Fresh rye today. What do you put on yours?', null),
          note(2, 'Thank you, Bo!', 'https://example.social/users/bo/statuses/77'),
          note(3, 'And there is spelt too.', `${me}/statuses/1`),
          note(4, 'Part two of the oven story.', `${me}/statuses/999`), // a post of the person's deleted since
          note(5, 'Glad you liked it!', { id: 'https://example.social/users/ada/statuses/5', type: 'Note' }),
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.posts.map((p) => [p.text, p.reply])).toEqual([
      ['Fresh rye today. What do you put on yours?', false],
      ['Thank you, Bo!', true],
      ['And there is spelt too.', false],
      ['Part two of the oven story.', false],
      ['Glad you liked it!', true],
    ]);
  });

  it("reads LinkedIn's Shares.csv with quoted, multi-line commentary, none of it a reply (comments are in another file)", () => {
    const result = parseLinkedInShares(shares);
    expect(result).toMatchObject({ ok: true, platform: 'linkedin', skipped: 1 });
    if (result.ok) expect(result.posts[0]).toMatchObject({ publishedAt: '2026-10-14T14:03:22.000Z', text: 'We are thrilled to announce our new bakery, "Crumb".\nBook now!', reply: false });
  });

  it.each([
    ['tweets.js', 'var x = 1', 'This is not X\'s tweets.js: it should start with "window.YTD.tweets.part0 =".'],
    ['tweets.js', 'window.YTD.tweets.part0 = [ {', 'tweets.js is damaged: the list of posts after "window.YTD.tweets.part0 =" is not valid JSON.'],
    ['tweets.js', 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1"}}]', 'tweets.js, post 1: it lacks "full_text", "id_str" or a readable "created_at".'],
    ['outbox.json', '{"type":"OrderedCollection"}', 'This is not Mastodon\'s outbox.json: it has no "orderedItems" list.'],
    ['Shares.csv', 'Name,Text\r\nA,B', 'This is not LinkedIn\'s Shares.csv: its first line should name the columns "Date" and "ShareCommentary".'],
    ['Shares.csv', 'Date,ShareCommentary\r\nsoon,Hello', 'Shares.csv, line 2: "soon" is not a date like 2023-04-05 14:03:22.'],
    ['notes.txt', 'hello', 'notes.txt is not an archive Muffin reads: choose X\'s tweets.js, Mastodon\'s outbox.json or LinkedIn\'s Shares.csv.'],
  ])('refuses %s holding %j', (name, text, error) => {
    expect(readArchive(name, text)).toMatchObject({ ok: false, error });
  });

  it('analyses every post into records with real dates, and re-importing adds nothing', async () => {
    const archive = readArchive('tweets.js', tweetsJs);
    if (!archive.ok) throw new Error(archive.error);
    const progress: number[] = [];
    const records = await analyzeArchive(archive, { keepText: false, chunkSize: 1, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2]);
    expect(records[0]).toMatchObject({ id: 'x:1001', publishedAt: '2026-10-14T20:19:24.000Z', platform: 'x', verdict: 'hard-sell', improved: 0 });
    expect(records[0]!.rules).toContain('urgency');
    expect(records[1]).toMatchObject({ id: 'x:1002', verdict: 'conversation', reply: false });
    expect(records.every((r) => r.text === undefined)).toBe(true);
    const again = await analyzeArchive(archive, { keepText: true });
    expect(mergePosts(records, again)).toMatchObject({ added: 0, duplicates: 2 });
    expect(again[1]!.text).toContain('pastry');
    const replies = await analyzeArchive({ ok: true, platform: 'x', skipped: 0, posts: [{ sourceId: '9', publishedAt: '2026-10-15T08:00:00.000Z', text: '@bo Thank you!', reply: true }] }, { keepText: false });
    expect(replies[0]).toMatchObject({ id: 'x:9', reply: true });
  });

  it('gives Mastodon and LinkedIn posts stable short ids', async () => {
    const a = parseMastodonOutbox(outbox);
    const b = parseMastodonOutbox(outbox);
    if (!a.ok || !b.ok) throw new Error('unreadable');
    expect(a.posts[0]!.sourceId).toBe(b.posts[0]!.sourceId);
    expect(a.posts[0]!.sourceId).toMatch(/^[0-9a-z]{14}$/);
  });
});

describe('text helpers', () => {
  it('parses CSV edge cases', () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e"""\nf,,\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['f', '', ''],
    ]);
  });

  it('turns HTML into text', () => {
    expect(htmlToText('<p>Hi <a href="x"><span class="invisible">https://</span>bake.example</a> &#8212; &#x1F9C1; &lt;3</p>')).toBe('Hi https://bake.example — 🧁 <3');
  });
});
