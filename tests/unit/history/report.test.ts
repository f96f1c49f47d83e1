import { describe, expect, it } from 'vitest';
import { aggregateHistory, createWeekCalendar, isoToDay, summarySentence, targetRule, targetStatus, topHabits, weeklyReport, type PostRecord } from '../../../lib/history';
import { post } from './fixtures';
import { analyzePost } from '../../../lib/analysis';
import { MUFFIN_STORY_RUDE } from '../../fixtures/editors/pages';
import { browser } from 'wxt/browser';
import { browserWording } from '../../../lib/i18n/browser-wording';

const calendar = createWeekCalendar('Europe/Berlin', 1);
const thisWeek = isoToDay('2026-11-16');
const lastWeek = thisWeek - 7;

/** 12 posts this week (8 conversations, 3 hard sell, 1 broadcast) and 5 last week (2 conversations). */
function seeded(): PostRecord[] {
  const posts: PostRecord[] = [];
  for (let i = 0; i < 8; i++) posts.push(post(`2026-11-1${6 + (i % 4)}T09:00:00Z`, { verdict: 'conversation', rules: ['question'], platform: i < 5 ? 'linkedin' : 'x' }));
  for (let i = 0; i < 3; i++) posts.push(post('2026-11-20T09:00:00Z', { verdict: 'hard-sell', rules: ['urgency', 'discount'], improved: 1, platform: 'x' }));
  posts.push(post('2026-11-22T22:30:00Z', { verdict: 'broadcast', rules: ['link-dump', 'urgency'], improved: 2, platform: 'mastodon' })); // Sunday 23:30 in Berlin
  for (let i = 0; i < 5; i++) posts.push(post('2026-11-10T09:00:00Z', { verdict: i < 2 ? 'conversation' : 'broadcast', rules: ['announcement'] }));
  posts.push(post('not a date'));
  return posts;
}

describe('targets', () => {
  it.each([
    ['thirds', 12, 4, 'on target'],
    ['thirds', 12, 6, 'too promotional by 2 posts'],
    ['80-20', 10, 2, 'on target'],
    ['80-20', 10, 3, 'too promotional by 1 post'],
    ['4-1-1', 12, 2, 'on target'],
    ['4-1-1', 11, 2, 'too promotional by 1 post'],
    ['5-3-2', 9, 0, 'on target'],
    ['5-3-2', 9, 2, 'too promotional by 2 posts'],
    ['custom', 10, 1, 'on target'],
    ['custom', 4, 1, 'too promotional by 1 post'],
  ] as const)('%s with %i posts, %i hard sell: %s', (rule, total, hardSell, label) => {
    expect(targetStatus(total, hardSell, targetRule(rule, 10)).label).toBe(label);
  });

  it('says so when the week is empty, and clamps a custom cap', () => {
    expect(targetStatus(0, 0, targetRule('thirds'))).toEqual({ kind: 'empty', label: 'no posts yet' });
    expect(targetRule('custom', 140).cap).toBe(1);
    expect(targetRule('custom', -5).cap).toBe(0);
  });
});

describe('weekly report', () => {
  const aggregate = aggregateHistory(seeded(), calendar);
  const report = weeklyReport(aggregate, thisWeek, thisWeek, targetRule('thirds'));

  it('counts the week in the person\'s time zone', () => {
    expect(aggregate.skipped).toBe(1);
    expect(report.stats).toMatchObject({ total: 12, conversation: 8, broadcast: 1, hardSell: 3, none: 0, improvedPosts: 4, improvements: 5 });
    expect(report.shares).toEqual({ conversation: 67, broadcast: 8, hardSell: 25, none: 0 });
    expect(report.previousShares).toEqual({ conversation: 40, broadcast: 60, hardSell: 0, none: 0 });
    expect(report.change).toEqual({ posts: 7, conversationPoints: 27, replies: 0 });
    expect(report.status.label).toBe('on target');
  });

  it('writes the sentence a manager pastes into a report', () => {
    expect(report.sentence).toBe('12 new posts this week, 8 conversations (67%), up from 40%; the habit to work on: countdowns. You answered no one this week.');
  });

  it('lists the top three habits (not the conversation rules), the platforms and the improved drafts', () => {
    expect(report.topHabits).toEqual([
      { rule: 'urgency', name: 'Countdown', count: 4 },
      { rule: 'discount', name: 'Discount pitch', count: 3 },
      { rule: 'link-dump', name: 'Link dump', count: 1 },
    ]);
    expect(report.platforms.map((p) => [p.platform, p.total, p.hardSell])).toEqual([
      ['x', 6, 3],
      ['linkedin', 5, 0],
      ['mastodon', 1, 0],
    ]);
    expect(report.improved).toEqual({ posts: 4, cards: 5 });
  });

  it('gives twelve weeks of trend, oldest first, ending with the week shown', () => {
    expect(report.trend).toHaveLength(12);
    expect(report.trend[11]).toMatchObject({ weekIso: '2026-11-16', total: 12 });
    expect(report.trend[10]).toMatchObject({ weekIso: '2026-11-09', total: 5, conversation: 2, broadcast: 3 });
    expect(report.trend[0]!.weekIso).toBe('2026-08-31');
  });

  it('describes earlier weeks by name', () => {
    expect(weeklyReport(aggregate, lastWeek, thisWeek, targetRule('thirds')).sentence).toBe(
      '5 new posts last week, 2 conversations (40%); the habit to work on: press-release openers. You answered no one last week.',
    );
    expect(weeklyReport(aggregate, thisWeek - 14, thisWeek, targetRule('thirds')).sentence).toBe('Nothing published the week of Nov 2.');
    expect(weeklyReport(aggregate, thisWeek + 7, thisWeek, targetRule('thirds')).sentence).toBe('Nothing published the week of Nov 23 (12 new posts the week before).');
  });

  it('handles one post, equal shares and no habits', () => {
    const one = aggregateHistory([post('2026-11-17T10:00:00Z'), post('2026-11-10T10:00:00Z')], calendar);
    const r = weeklyReport(one, thisWeek, thisWeek, targetRule('5-3-2'));
    expect(r.sentence).toBe('1 new post this week, 1 conversation (100%), the same as the week before; no habit to work on. You answered no one this week.');
  });

  it('moves the Sunday-night post to the next week when weeks start on Sunday', () => {
    const sundayWeeks = aggregateHistory(seeded(), createWeekCalendar('Europe/Berlin', 0));
    expect(sundayWeeks.weeks.get(isoToDay('2026-11-22'))?.total).toBe(1);
  });

  it('builds the sentence from its parts', () => {
    const stats = aggregate.weeks.get(thisWeek)!;
    expect(summarySentence('this week', stats, aggregate.weeks.get(thisWeek - 700) ?? { ...stats, total: 0, conversation: 0 }, [])).toBe(
      '12 new posts this week, 8 conversations (67%); no habit to work on. You answered no one this week.',
    );
  });
});

describe('the habit to work on', () => {
  const weekOf = (posts: PostRecord[]) => weeklyReport(aggregateHistory(posts, calendar), thisWeek, thisWeek, targetRule('thirds'));

  it('puts pressure first: for the muffin story, its hard-sell habits rank ahead of the abrupt sign-off', () => {
    const analysis = analyzePost(MUFFIN_STORY_RUDE);
    const rules = analysis.findings.map((f) => f.rule);
    // The example: one hard-sell post that also signs off abruptly.
    expect(analysis.verdict).toBe('hard-sell');
    expect(rules).toEqual(expect.arrayContaining(['pushy', 'urgency', 'promo-code', 'abrupt-sign-off']));
    const report = weekOf([post('2026-11-17T10:00:00Z', { verdict: 'hard-sell', rules: [...new Set(rules)] })]);
    // All seen once: the heavier rule first (a promo code weighs 3), then the others by name.
    expect(report.topHabits.map((h) => h.rule)).toEqual(['promo-code', 'discount', 'pushy']);
    expect(report.sentence).toBe('1 new post this week, 0 conversations (0%); the habit to work on: promo codes. You answered no one this week.');
  });

  it('ranks hard sell before broadcast, then by how many posts, then by weight', () => {
    const report = weekOf([
      ...Array.from({ length: 4 }, () => post('2026-11-17T10:00:00Z', { verdict: 'broadcast', rules: ['abrupt-sign-off', 'link-dump'] })),
      post('2026-11-18T10:00:00Z', { verdict: 'hard-sell', rules: ['price', 'pushy'] }),
      post('2026-11-18T11:00:00Z', { verdict: 'hard-sell', rules: ['price'] }),
      post('2026-11-18T12:00:00Z', { verdict: 'conversation', rules: ['question', 'hashtag-dump'] }),
    ]);
    expect(report.topHabits.map((h) => [h.rule, h.count])).toEqual([
      ['price', 2],
      ['pushy', 1],
      ['abrupt-sign-off', 4],
    ]);
    expect(topHabits(report.stats, 10).map((h) => h.rule)).toEqual(['price', 'pushy', 'abrupt-sign-off', 'link-dump', 'hashtag-dump']);
  });
});

describe('replies', () => {
  const week = (posts: PostRecord[], target = targetRule('thirds')) => weeklyReport(aggregateHistory(posts, calendar), thisWeek, thisWeek, target);
  /** `count` replies on a day of the week starting `weekIso` (conversation unless told). */
  const replies = (count: number, day: string, overrides: Partial<PostRecord> = {}) => Array.from({ length: count }, () => post(`${day}T10:00:00Z`, { reply: true, rules: ['thanks'], ...overrides }));

  it('counts replies on their own line, never in the new posts\' mix or the target', () => {
    const report = week([
      post('2026-11-17T09:00:00Z', { verdict: 'conversation', rules: ['question'], platform: 'linkedin' }),
      post('2026-11-17T10:00:00Z', { verdict: 'hard-sell', rules: ['urgency'], platform: 'linkedin' }),
      post('2026-11-18T10:00:00Z', { verdict: 'hard-sell', rules: ['discount'], platform: 'x' }),
      ...replies(9, '2026-11-19', { platform: 'x' }),
      post('2026-11-19T11:00:00Z', { reply: true, verdict: 'hard-sell', rules: ['discount'], platform: 'mastodon', improved: 1 }),
    ]);
    expect(report.stats).toMatchObject({ total: 3, conversation: 1, hardSell: 2, replies: { total: 10, conversation: 9, hardSell: 1 }, improvedPosts: 1 });
    // Counted in, ten friendly replies would make this week "on target" at 3 hard sells in 13.
    expect(report.shares).toEqual({ conversation: 33, broadcast: 0, hardSell: 67, none: 0 });
    expect(report.status).toMatchObject({ kind: 'too-promotional', label: 'too promotional by 1 post' });
    // A pushy reply is still a habit to work on.
    expect(report.topHabits.map((h) => [h.rule, h.count])).toEqual([
      ['discount', 2],
      ['urgency', 1],
    ]);
    expect(report.platforms.map((p) => [p.platform, p.total, p.replies])).toEqual([
      ['linkedin', 2, 0],
      ['x', 1, 9],
      ['mastodon', 0, 1],
    ]);
    expect(report.sentence).toBe('3 new posts this week, 1 conversation (33%); the habit to work on: discount pitches. You answered 10 people this week.');
  });

  it.each([
    [14, 6, 'You answered 14 people this week, up from 6.'],
    [1, 0, 'You answered 1 person this week, up from none.'],
    [0, 6, 'You answered no one this week, down from 6.'],
    [2, 5, 'You answered 2 people this week, down from 5.'],
    [3, 3, 'You answered 3 people this week, the same as the week before.'],
    [0, 0, 'You answered no one this week.'],
  ])('says %i replies against %i the week before: %s', (now, before, said) => {
    const report = week([post('2026-11-10T09:00:00Z'), ...replies(before, '2026-11-11'), post('2026-11-17T09:00:00Z'), ...replies(now, '2026-11-18')]);
    expect(report.sentence).toBe(`1 new post this week, 1 conversation (100%), the same as the week before; no habit to work on. ${said}`);
    expect(report.change.replies).toBe(now - before);
  });

  it('compares with nothing after a blank week, and names the person in a team report', () => {
    const posts = [post('2026-11-17T09:00:00Z'), ...replies(4, '2026-11-18')];
    expect(week(posts).sentence).toMatch(/ You answered 4 people this week\.$/);
    const withBefore = aggregateHistory([...posts, ...replies(6, '2026-11-11')], calendar);
    expect(weeklyReport(withBefore, thisWeek, thisWeek, targetRule('thirds'), undefined, 'Ada').sentence).toMatch(/ Ada answered 4 people this week, down from 6\.$/);
    expect(weeklyReport(aggregateHistory([post('2026-11-17T09:00:00Z')], calendar), thisWeek, thisWeek, targetRule('thirds'), undefined, 'Bo').sentence).toMatch(/ Bo answered no one this week\.$/);
  });

  it('words a week of replies only, and an empty week after replies', () => {
    const posts = [post('2026-11-10T09:00:00Z'), post('2026-11-10T10:00:00Z'), ...replies(3, '2026-11-18')];
    expect(week(posts).sentence).toBe('No new posts this week (2 new posts the week before). You answered 3 people this week, up from none.');
    expect(week(posts).status).toEqual({ kind: 'empty', label: 'no posts yet' });
    const after = (more: PostRecord[]) => weeklyReport(aggregateHistory(more, calendar), thisWeek + 7, thisWeek, targetRule('thirds')).sentence;
    expect(after(replies(1, '2026-11-18'))).toBe('Nothing published the week of Nov 23 (1 reply the week before).');
    expect(after([post('2026-11-17T09:00:00Z'), ...replies(14, '2026-11-18')])).toBe('Nothing published the week of Nov 23 (1 new post and 14 replies the week before).');
  });

  it('puts the replies in the trend beside the new posts', () => {
    const report = week([post('2026-11-10T09:00:00Z'), ...replies(2, '2026-11-11'), ...replies(5, '2026-11-18')]);
    expect(report.trend.slice(-2).map((w) => [w.weekIso, w.total, w.replies])).toEqual([
      ['2026-11-09', 1, 2],
      ['2026-11-16', 0, 5],
    ]);
  });

  it('takes each plural form from the locale, "no one" included', () => {
    expect((browser.i18n.getMessage as (name: string) => string)('report_answered').split(' | ')).toHaveLength(3);
    const said = (count: number) => weeklyReport(aggregateHistory([post('2026-11-17T09:00:00Z'), ...replies(count, '2026-11-18')], calendar), thisWeek, thisWeek, targetRule('thirds'), browserWording).sentence;
    expect([0, 1, 2].map((count) => said(count).split('. ')[1])).toEqual(['You answered no one this week.', 'You answered 1 person this week.', 'You answered 2 people this week.']);
  });
});
