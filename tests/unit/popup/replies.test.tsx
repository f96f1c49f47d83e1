// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TeamView } from '../../../components/popup/TeamView';
import { WeekOverview } from '../../../components/popup/WeekOverview';
import { aggregateHistory, createWeekCalendar, isoToDay, targetRule, weeklyReport, type PostRecord } from '../../../lib/history';
import { browserWording } from '../../../lib/i18n/browser-wording';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';
import { post } from '../history/fixtures';

const calendar = createWeekCalendar('UTC', 1);
const thisWeek = isoToDay('2026-11-16');

const replies = (count: number, day: string, overrides: Partial<PostRecord> = {}) => Array.from({ length: count }, () => post(`${day}T10:00:00Z`, { reply: true, ...overrides }));

/** The week view for posts in the week of 2026-11-16 (and the week before), as the popup renders it. */
function shown(posts: PostRecord[]): HTMLElement {
  const root = document.createElement('div');
  render(<WeekOverview report={weeklyReport(aggregateHistory(posts, calendar), thisWeek, thisWeek, targetRule('thirds'), browserWording)} />, root);
  return root;
}

const text = (root: Element, testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('the week view', () => {
  it('gives replies their own line, with the change since the week before, apart from the new posts', () => {
    const root = shown([post('2026-11-09T09:00:00Z'), ...replies(6, '2026-11-10'), post('2026-11-17T09:00:00Z'), post('2026-11-17T10:00:00Z', { verdict: 'hard-sell' }), ...replies(14, '2026-11-18')]);
    expect(text(root, 'replies')).toBe('14 replies · +8 vs the week before');
    expect(text(root, 'count-total')).toBe('2');
    expect(root.querySelector('.total')!.textContent).toMatch(/^2 new posts · /);
    expect(text(root, 'count-conversation')).toBe('1');
    expect(text(root, 'share-conversation')).toBe('50%');
    expect(text(root, 'summary-sentence')).toBe(
      '2 new posts this week, 1 conversation (50%), down from 100%; no habit to work on. You answered 14 people this week, up from 6.',
    );
  });

  it('says one reply, a fall, and the hard sell among the replies', () => {
    const root = shown([post('2026-11-09T09:00:00Z'), ...replies(3, '2026-11-10'), post('2026-11-17T09:00:00Z', { reply: true, verdict: 'hard-sell', rules: ['discount'] })]);
    expect(text(root, 'replies')).toBe('1 reply (1 hard sell) · −2 vs the week before');
    expect(text(root, 'count-total')).toBe('0');
  });

  it('shows no replies, and no change after a blank week', () => {
    const root = shown([post('2026-11-17T09:00:00Z')]);
    expect(text(root, 'replies')).toBe('0 replies');
    expect(root.querySelector('[data-testid="replies-change"]')).toBeNull();
    expect(text(root, 'summary-sentence')).toMatch(/ You answered no one this week\.$/);
  });

  it('lists replies per platform beside the new posts', () => {
    const root = shown([post('2026-11-17T09:00:00Z', { platform: 'linkedin' }), ...replies(3, '2026-11-18', { platform: 'mastodon' })]);
    const rows = [...root.querySelectorAll('[data-testid="platforms"] tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['LinkedIn', '1', '0', '1', '0'],
      ['Mastodon', '0', '3', '0', '0'],
    ]);
    expect([...root.querySelectorAll('[data-testid="platforms"] thead th')].map((th) => th.textContent)).toEqual(['Platform', 'New posts', 'Replies', 'Conversations', 'Hard sell']);
  });
});

describe('the team view', () => {
  it('carries each person’s replies, and names them in their sentence', async () => {
    // "This week" for the team view is the week of a Wednesday; Tuesday noon (UTC) is in it in every time zone.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-18T12:00:00Z'));
    const tuesday = (overrides: Partial<PostRecord> = {}) => post('2026-11-17T12:00:00Z', overrides);
    const team = {
      members: [
        { person: 'Ada', importedAt: '2026-11-18T12:00:00.000Z', posts: [tuesday(), tuesday({ reply: true }), tuesday({ reply: true })] },
        { person: 'Bo', importedAt: '2026-11-18T12:00:00.000Z', posts: [tuesday({ verdict: 'broadcast' })] },
      ],
    };
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<TeamView team={team} settings={DEFAULT_SETTINGS} />, root));
    vi.useRealTimers();
    const headings = [...root.querySelectorAll('[data-testid="team-table"] thead th')].map((th) => th.textContent);
    expect(headings.slice(0, 4)).toEqual(['Person', 'New posts', 'Replies', 'Conversations']);
    const rows = [...root.querySelectorAll('[data-testid="team-table"] tbody tr')].map((tr) => [...tr.children].slice(0, 4).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Ada', '1', '2', '1 (100%)'],
      ['Bo', '1', '0', '0 (0%)'],
    ]);
    const sentences = [...root.querySelectorAll('.team-sentences li')].map((li) => li.textContent);
    expect(sentences[0]).toMatch(/^Ada: .* Ada answered 2 people this week\.$/);
    expect(sentences[1]).toMatch(/^Bo: .* Bo answered no one this week\.$/);
    root.remove();
  });
});
