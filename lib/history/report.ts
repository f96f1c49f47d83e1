import { emptyWeek, isActiveWeek, weekStats, type HistoryAggregate, type PlatformCounts, type VerdictCounts, type WeekStats } from './aggregate';
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

/** A week of the trend: its new posts by verdict, and its replies. */
export interface TrendWeek extends VerdictCounts {
  week: number;
  weekIso: string;
  replies: number;
}

export interface PlatformShare extends PlatformCounts {
  platform: Platform;
}

export interface WeeklyReport {
  week: number;
  weekIso: string;
  /** 'this week', 'last week' or 'the week of Nov 16'. */
  when: string;
  stats: WeekStats;
  previous: WeekStats;
  /** Whole percentages of the week's new posts (replies are not in the mix). */
  shares: Shares;
  previousShares: Shares | null;
  /** The target, judged on new posts. */
  status: TargetStatus;
  target: TargetRule;
  /** Against the week before: new posts, the conversation share of new posts in points, and replies. */
  change: { posts: number; conversationPoints: number | null; replies: number };
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
  nothing: 'Nothing published {when}.',
  nothingBefore: 'Nothing published {when} ({before} the week before).',
  noPosts: 'No new posts {when}.',
  noPostsBefore: 'No new posts {when} ({before} the week before).',
  posts: { 1: '{count} new post', n: '{count} new posts' },
  replies: { 1: '{count} reply', n: '{count} replies' },
  postsAndReplies: '{posts} and {replies}',
  conversations: { 1: '{count} conversation', n: '{count} conversations' },
  shares: '{posts} {when}, {conversations} ({share}%)',
  sameAsBefore: ', the same as the week before',
  upFrom: ', up from {before}%',
  downFrom: ', down from {before}%',
  habit: '; the habit to work on: {habit}.',
  noHabit: '; no habit to work on.',
  answered: { 0: 'You answered no one {when}{change}.', 1: 'You answered {count} person {when}{change}.', n: 'You answered {count} people {when}{change}.' },
  personAnswered: { 0: '{person} answered no one {when}{change}.', 1: '{person} answered {count} person {when}{change}.', n: '{person} answered {count} people {when}{change}.' },
  answeredSame: ', the same as the week before',
  answeredUpFrom: ', up from {before}',
  answeredUpFromNone: ', up from none',
  answeredDownFrom: ', down from {before}',
  sentences: '{first} {second}',
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

/** What the week before held, for "(… the week before)". */
function weekContents(stats: WeekStats, wording: Wording): string {
  const posts = say(wording, 'posts', {}, stats.total);
  const replies = say(wording, 'replies', {}, stats.replies.total);
  if (stats.replies.total === 0) return posts;
  return stats.total === 0 ? replies : say(wording, 'postsAndReplies', { posts, replies });
}

/** The new posts: how many, the conversation share and its change, and the habit to work on. */
function newPostsSentence(when: string, stats: WeekStats, previous: WeekStats, habits: readonly Habit[], wording: Wording): string {
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
 * "You answered 14 people this week, up from 6." Compared only with a week that had something published:
 * after a blank week (a holiday, the first week) there is nothing to be up from. Each reply counts as one
 * person answered.
 */
function repliesSentence(when: string, stats: WeekStats, previous: WeekStats, wording: Wording, person?: string): string {
  const now = stats.replies.total;
  const before = previous.replies.total;
  let change = '';
  if (isActiveWeek(previous) && (now > 0 || before > 0)) {
    if (now === before) change = say(wording, 'answeredSame');
    else if (now < before) change = say(wording, 'answeredDownFrom', { before });
    else change = before === 0 ? say(wording, 'answeredUpFromNone') : say(wording, 'answeredUpFrom', { before });
  }
  return person === undefined ? say(wording, 'answered', { when, change }, now) : say(wording, 'personAnswered', { person, when, change }, now);
}

/**
 * The lines a manager pastes into a report: the new posts, then the replies. `person` names whose week it is
 * (the team view); without it the sentence speaks to the reader.
 */
export function summarySentence(when: string, stats: WeekStats, previous: WeekStats, habits: readonly Habit[], wording: Wording = ENGLISH, person?: string): string {
  if (!isActiveWeek(stats)) {
    return isActiveWeek(previous) ? say(wording, 'nothingBefore', { when, before: weekContents(previous, wording) }) : say(wording, 'nothing', { when });
  }
  return say(wording, 'sentences', { first: newPostsSentence(when, stats, previous, habits, wording), second: repliesSentence(when, stats, previous, wording, person) });
}

/**
 * Everything the popup shows for one week. `week` is the day number of the week's first day;
 * `currentWeek` is the week that holds "now" (for the wording); `wording` translates it (English by default);
 * `person` names whose week it is, in a team report.
 */
export function weeklyReport(aggregate: HistoryAggregate, week: number, currentWeek: number, target: TargetRule, wording: Wording = ENGLISH, person?: string): WeeklyReport {
  const stats = weekStats(aggregate, week);
  const previous = aggregate.weeks.get(week - 7) ?? emptyWeek(week - 7);
  const habits = topHabits(stats, 3, wording);
  const when = describeWeek(week, currentWeek, wording);
  const trend: TrendWeek[] = [];
  for (let i = TREND_WEEKS - 1; i >= 0; i--) {
    const w = weekStats(aggregate, week - 7 * i);
    trend.push({ week: w.week, weekIso: dayToIso(w.week), total: w.total, conversation: w.conversation, broadcast: w.broadcast, hardSell: w.hardSell, none: w.none, replies: w.replies.total });
  }
  const platforms = [...stats.platforms]
    .map(([platform, counts]) => ({ platform, ...counts }))
    .sort((a, b) => b.total - a.total || b.replies - a.replies || a.platform.localeCompare(b.platform));
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
      replies: stats.replies.total - previous.replies.total,
    },
    topHabits: habits,
    platforms,
    improved: { posts: stats.improvedPosts, cards: stats.improvements },
    trend,
    sentence: summarySentence(when, stats, previous, habits, wording, person),
  };
}
