import { describe, expect, it } from 'vitest';
import { aggregateHistory, createWeekCalendar, isoToDay, summarySentence, targetRule, targetStatus, topHabits, weeklyReport, type PostRecord } from '../../../lib/history';
import { post } from './fixtures';
import { analyzePost } from '../../../lib/analysis';
import { MUFFIN_STORY_RUDE } from '../../fixtures/editors/pages';

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
    expect(report.change).toEqual({ posts: 7, conversationPoints: 27 });
    expect(report.status.label).toBe('on target');
  });

  it('writes the sentence a manager pastes into a report', () => {
    expect(report.sentence).toBe('12 posts this week, 8 conversations (67%), up from 40%; the habit to work on: countdowns');
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
      '5 posts last week, 2 conversations (40%); the habit to work on: press-release openers',
    );
    expect(weeklyReport(aggregate, thisWeek - 14, thisWeek, targetRule('thirds')).sentence).toBe('No posts the week of Nov 2.');
    expect(weeklyReport(aggregate, thisWeek + 7, thisWeek, targetRule('thirds')).sentence).toBe('No posts the week of Nov 23 (12 posts the week before).');
  });

  it('handles one post, equal shares and no habits', () => {
    const one = aggregateHistory([post('2026-11-17T10:00:00Z'), post('2026-11-10T10:00:00Z')], calendar);
    const r = weeklyReport(one, thisWeek, thisWeek, targetRule('5-3-2'));
    expect(r.sentence).toBe('1 post this week, 1 conversation (100%), the same as the week before; no habit to work on');
  });

  it('moves the Sunday-night post to the next week when weeks start on Sunday', () => {
    const sundayWeeks = aggregateHistory(seeded(), createWeekCalendar('Europe/Berlin', 0));
    expect(sundayWeeks.weeks.get(isoToDay('2026-11-22'))?.total).toBe(1);
  });

  it('builds the sentence from its parts', () => {
    const stats = aggregate.weeks.get(thisWeek)!;
    expect(summarySentence('this week', stats, aggregate.weeks.get(thisWeek - 700) ?? { ...stats, total: 0, conversation: 0 }, [])).toBe(
      '12 posts this week, 8 conversations (67%); no habit to work on',
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
    expect(report.sentence).toBe('1 post this week, 0 conversations (0%); the habit to work on: promo codes');
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
