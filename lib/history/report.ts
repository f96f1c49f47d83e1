import { emptyWeek, weekStats, type HistoryAggregate, type VerdictCounts, type WeekStats } from './aggregate';
import { ENGLISH, type Wording } from '../i18n/phrases';
import { compareHabits, habitName, habitPhrase, isHabit } from './habits';
import { targetStatus, type TargetRule, type TargetStatus } from './targets';
import type { Platform } from './types';
import { dayToIso } from './weeks';

export const TREND_WEEKS = 12;

export interface Shares {
  conversation: number;
  broadcast: number;
  hardSell: number;
  none: number;
}

export interface Habit {
  rule: string;
  name: string;
  /** Posts of the week it fired on. */
  count: number;
}

export interface TrendWeek extends VerdictCounts {
  week: number;
  weekIso: string;
}

export interface PlatformShare extends VerdictCounts {
  platform: Platform;
}

export interface WeeklyReport {
  week: number;
  weekIso: string;
  /** 'this week', 'last week' or 'the week of Nov 16'. */
  when: string;
  stats: WeekStats;
  previous: WeekStats;
  /** Whole percentages of the week's posts. */
  shares: Shares;
  previousShares: Shares | null;
  status: TargetStatus;
  target: TargetRule;
  change: { posts: number; conversationPoints: number | null };
  topHabits: Habit[];
  platforms: PlatformShare[];
  improved: { posts: number; cards: number };
  trend: TrendWeek[];
  sentence: string;
}

export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

export function sharesOf(counts: VerdictCounts): Shares {
  return {
    conversation: percent(counts.conversation, counts.total),
    broadcast: percent(counts.broadcast, counts.total),
    hardSell: percent(counts.hardSell, counts.total),
    none: percent(counts.none, counts.total),
  };
}

/** The week's habits worth working on, pressure first (see compareHabits). */
export function topHabits(stats: WeekStats, limit = 3, wording: Wording = ENGLISH): Habit[] {
  return [...stats.rules]
    .filter(([rule]) => isHabit(rule))
    .sort(compareHabits)
    .slice(0, limit)
    .map(([rule, count]) => ({ rule, name: habitName(rule, wording), count }));
}

/** The report's wording; generated into locales/en.yml as `report.<key>`. */
export const REPORT_PHRASES = {
  thisWeek: 'this week',
  lastWeek: 'last week',
  weekOf: 'the week of {date}',
  noPosts: 'No posts {when}.',
  noPostsBefore: 'No posts {when} ({before} the week before).',
  posts: { 1: '{count} post', n: '{count} posts' },
  conversations: { 1: '{count} conversation', n: '{count} conversations' },
  shares: '{posts} {when}, {conversations} ({share}%)',
  sameAsBefore: ', the same as the week before',
  upFrom: ', up from {before}%',
  downFrom: ', down from {before}%',
  habit: '; the habit to work on: {habit}',
  noHabit: '; no habit to work on',
} as const;

type ReportPhrase = keyof typeof REPORT_PHRASES;

const say = (wording: Wording, key: ReportPhrase, params?: Record<string, string | number>, count?: number) =>
  wording.translate(`report.${key}`, REPORT_PHRASES[key], params, count);

export function describeWeek(week: number, currentWeek: number, wording: Wording = ENGLISH): string {
  if (week === currentWeek) return say(wording, 'thisWeek');
  if (week === currentWeek - 7) return say(wording, 'lastWeek');
  const date = new Intl.DateTimeFormat(wording.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(week * 86_400_000);
  return say(wording, 'weekOf', { date });
}

/** The line a manager pastes into a report. */
export function summarySentence(when: string, stats: WeekStats, previous: WeekStats, habits: readonly Habit[], wording: Wording = ENGLISH): string {
  if (stats.total === 0) {
    return previous.total > 0 ? say(wording, 'noPostsBefore', { when, before: say(wording, 'posts', {}, previous.total) }) : say(wording, 'noPosts', { when });
  }
  const share = percent(stats.conversation, stats.total);
  let sentence = say(wording, 'shares', {
    posts: say(wording, 'posts', {}, stats.total),
    when,
    conversations: say(wording, 'conversations', {}, stats.conversation),
    share,
  });
  if (previous.total > 0) {
    const before = percent(previous.conversation, previous.total);
    sentence += before === share ? say(wording, 'sameAsBefore') : say(wording, share > before ? 'upFrom' : 'downFrom', { before });
  }
  const habit = habits[0];
  sentence += habit ? say(wording, 'habit', { habit: habitPhrase(habit.rule, wording) }) : say(wording, 'noHabit');
  return sentence;
}

/**
 * Everything the popup shows for one week. `week` is the day number of the week's first day;
 * `currentWeek` is the week that holds "now" (for the wording); `wording` translates it (English by default).
 */
export function weeklyReport(aggregate: HistoryAggregate, week: number, currentWeek: number, target: TargetRule, wording: Wording = ENGLISH): WeeklyReport {
  const stats = weekStats(aggregate, week);
  const previous = aggregate.weeks.get(week - 7) ?? emptyWeek(week - 7);
  const habits = topHabits(stats, 3, wording);
  const when = describeWeek(week, currentWeek, wording);
  const trend: TrendWeek[] = [];
  for (let i = TREND_WEEKS - 1; i >= 0; i--) {
    const w = weekStats(aggregate, week - 7 * i);
    trend.push({ week: w.week, weekIso: dayToIso(w.week), total: w.total, conversation: w.conversation, broadcast: w.broadcast, hardSell: w.hardSell, none: w.none });
  }
  const platforms = [...stats.platforms]
    .map(([platform, counts]) => ({ platform, ...counts }))
    .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform));
  return {
    week,
    weekIso: dayToIso(week),
    when,
    stats,
    previous,
    shares: sharesOf(stats),
    previousShares: previous.total > 0 ? sharesOf(previous) : null,
    status: targetStatus(stats.total, stats.hardSell, target, wording),
    target,
    change: {
      posts: stats.total - previous.total,
      conversationPoints: stats.total > 0 && previous.total > 0 ? percent(stats.conversation, stats.total) - percent(previous.conversation, previous.total) : null,
    },
    topHabits: habits,
    platforms,
    improved: { posts: stats.improvedPosts, cards: stats.improvements },
    trend,
    sentence: summarySentence(when, stats, previous, habits, wording),
  };
}
