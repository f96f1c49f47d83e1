import { describe, expect, it } from 'vitest';
import { decodePosts, encodePosts, type CompactPosts } from '../../../lib/history/compact';
import { formatIsoTime } from '../../../lib/history/iso-time';
import { inspectStoredHistory } from '../../../lib/history/stored';
import type { PostRecord } from '../../../lib/history/types';
import { post } from './fixtures';

const EIGHT_RULES = ['urgency', 'discount', 'buy-now', 'link-dump', 'announcement', 'hashtag-dump', 'question', 'thanks'];

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('the stored columns', () => {
  it('give back the same records, text included', () => {
    const records: PostRecord[] = [
      post('1969-07-20T20:17:40.000Z', { id: 'moon', platform: 'other', verdict: 'none' }),
      post('2026-11-20T10:00:00.000Z', { id: 'x:1', rules: ['urgency', 'discount'], improved: 3, chars: 2999 }),
      post('2026-11-21T10:00:00.000Z', { id: 'id, with "quotes"\nand a line', platform: 'youtube', verdict: 'hard-sell', rules: ['discount'], reply: true, text: 'Buy, now.' }),
      post('2026-11-22T10:00:00.000Z', { id: 'x:3', platform: 'linkedin', verdict: 'broadcast', rules: EIGHT_RULES, text: '' }),
    ];
    const columns = encodePosts(records);
    expect(columns).toMatchObject({ count: 4, ruleTable: EIGHT_RULES, platforms: '9081', verdicts: '3021', rules: ',0.1,1,0.1.2.3.4.5.6.7', replies: '0010' });
    expect(decodePosts(JSON.parse(JSON.stringify(columns)))).toEqual({ ok: true, posts: records });
    expect(decodePosts(encodePosts([]))).toEqual({ ok: true, posts: [] });
  });

  it('write times exactly as Date#toISOString does, in any order', () => {
    const times = [0, 999, -1, Date.UTC(2026, 2, 29, 0, 59, 59, 7), Date.UTC(2026, 2, 29, 23, 0, 0), Date.UTC(2024, 1, 29, 12), Date.UTC(1969, 11, 31, 23, 59, 59), Date.UTC(12000, 0, 1), Date.UTC(-5, 0, 1)];
    for (const ms of [...times, ...times.reverse()]) expect(formatIsoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it('keep whole seconds', () => {
    const decoded = decodePosts(encodePosts([post('2026-11-20T10:00:00.999Z')]));
    expect(decoded.ok && decoded.posts[0]!.publishedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('cost well under 200 bytes a post without text, even with 8 rule ids', () => {
    const many = Array.from({ length: 1000 }, (_, i) => post(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(), { id: `x:${1_800_000_000_000_000_000 + i}`, rules: EIGHT_RULES, chars: 2800 }));
    const perPost = (bytes({ posts: encodePosts(many) }) - bytes({ posts: encodePosts([]) })) / many.length;
    expect(perPost).toBeLessThan(100);
  });

  it('cost one byte more a post for the replies', () => {
    const many = Array.from({ length: 1000 }, (_, i) => post(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(), { reply: i % 3 === 0 }));
    const { replies, ...withoutReplies } = encodePosts(many);
    expect(replies).toHaveLength(1000);
    expect(bytes(encodePosts(many)) - bytes(withoutReplies)).toBe(1000 + '"replies":"",'.length);
  });

  const good = () => encodePosts([post('2026-11-20T10:00:00.000Z', { rules: ['urgency'] }), post('2026-11-21T10:00:00.000Z', { reply: true })]);
  it.each<[string, (c: CompactPosts) => unknown, string]>([
    ['no columns', () => [], 'the posts are not stored as columns'],
    ['a bad count', (c) => ({ ...c, count: -1 }), 'the number of posts is missing'],
    ['a bad rule table', (c) => ({ ...c, ruleTable: [1] }), 'the rule table is not a list of rule ids'],
    ['an id missing', (c) => ({ ...c, ids: ['a'] }), 'the ids column does not hold 2 posts'],
    ['an empty id', (c) => ({ ...c, ids: ['a', ''] }), 'the ids column does not hold 2 posts'],
    ['a time that is not a number', (c) => ({ ...c, times: '1,x' }), 'the times column does not hold 2 posts'],
    ['a time out of range', (c) => ({ ...c, times: '1,9999999999999' }), 'the times column does not hold 2 posts'],
    ['an unknown platform', (c) => ({ ...c, platforms: '0z' }), 'the platforms column does not hold 2 posts'],
    ['a verdict too many', (c) => ({ ...c, verdicts: '000' }), 'the verdicts column does not hold 2 posts'],
    ['negative chars', (c) => ({ ...c, chars: '1,-1' }), 'the chars column does not hold 2 posts'],
    ['improved as a list', (c) => ({ ...c, improved: [0, 0] }), 'the improved column does not hold 2 posts'],
    ['no replies column', ({ replies: _replies, ...c }) => c, 'the replies column does not hold 2 posts'],
    ['a reply too few', (c) => ({ ...c, replies: '1' }), 'the replies column does not hold 2 posts'],
    ['a reply that is neither 0 nor 1', (c) => ({ ...c, replies: '02' }), 'the replies column does not hold 2 posts'],
    ['rules of one post only', (c) => ({ ...c, rules: '0' }), 'the rules column does not hold 2 posts'],
    ['a rule outside the table', (c) => ({ ...c, rules: '0,1' }), 'post 2 of 2 refers to a rule that is not in the rule table'],
    ['an empty rule position', (c) => ({ ...c, rules: '0.,' }), 'post 1 of 2 refers to a rule that is not in the rule table'],
    ['texts as a list', (c) => ({ ...c, texts: [] }), 'the texts are not stored by post'],
    ['a text for no post', (c) => ({ ...c, texts: { 2: 'lost' } }), 'the text stored for post "2" belongs to no post'],
  ])('report damage, never repair it: %s', (_, damage, problem) => {
    expect(decodePosts(damage(good()))).toEqual({ ok: false, problem });
    expect(inspectStoredHistory({ posts: damage(good()) }, 4)).toMatchObject({ status: 'corrupt', message: `Your stored history is damaged: ${problem}. Nothing has been changed.` });
  });
});
