import { emptyWeek, weekStats, type HistoryAggregate, type VerdictCounts, type WeekStats } from './aggregate';
import { habitName, habitPhrase, isHabit } from './habits';
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

export function topHabits(stats: WeekStats, limit = 3): Habit[] {
  return [...stats.rules]
    .filter(([rule]) => isHabit(rule))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([rule, count]) => ({ rule, name: habitName(rule), count }));
}

const weekLabel = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function describeWeek(week: number, currentWeek: number): string {
  if (week === currentWeek) return 'this week';
  if (week === currentWeek - 7) return 'last week';
  return `the week of ${weekLabel.format(week * 86_400_000)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The line a manager pastes into a report. */
export function summarySentence(when: string, stats: WeekStats, previous: WeekStats, habits: readonly Habit[]): string {
  if (stats.total === 0) {
    const before = previous.total > 0 ? ` (${plural(previous.total, 'post', 'posts')} the week before)` : '';
    return `No posts ${when}${before}.`;
  }
  const share = percent(stats.conversation, stats.total);
  let sentence = `${plural(stats.total, 'post', 'posts')} ${when}, ${plural(stats.conversation, 'conversation', 'conversations')} (${share}%)`;
  if (previous.total > 0) {
    const before = percent(previous.conversation, previous.total);
    sentence += before === share ? `, the same as the week before` : `, ${share > before ? 'up' : 'down'} from ${before}%`;
  }
  const habit = habits[0];
  sentence += habit ? `; the habit to work on: ${habitPhrase(habit.rule)}` : '; no habit to work on';
  return sentence;
}

/**
 * Everything the popup shows for one week. `week` is the day number of the week's first day;
 * `currentWeek` is the week that holds "now" (for the wording).
 */
export function weeklyReport(aggregate: HistoryAggregate, week: number, currentWeek: number, target: TargetRule): WeeklyReport {
  const stats = weekStats(aggregate, week);
  const previous = aggregate.weeks.get(week - 7) ?? emptyWeek(week - 7);
  const habits = topHabits(stats);
  const when = describeWeek(week, currentWeek);
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
    status: targetStatus(stats.total, stats.hardSell, target),
    target,
    change: {
      posts: stats.total - previous.total,
      conversationPoints: stats.total > 0 && previous.total > 0 ? percent(stats.conversation, stats.total) - percent(previous.conversation, previous.total) : null,
    },
    topHabits: habits,
    platforms,
    improved: { posts: stats.improvedPosts, cards: stats.improvements },
    trend,
    sentence: summarySentence(when, stats, previous, habits),
  };
}
