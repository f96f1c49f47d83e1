import type { Verdict } from '../analysis';
import type { Platform, PostRecord } from './types';
import type { WeekCalendar } from './weeks';
import { parseIsoTime } from './iso-time';

export interface VerdictCounts {
  total: number;
  conversation: number;
  broadcast: number;
  hardSell: number;
  none: number;
}

/** A platform's week: its new posts by verdict, and how many replies. */
export interface PlatformCounts extends VerdictCounts {
  replies: number;
}

/**
 * One week. The verdict counts are the week's new posts only: replies are conversation by nature, so counted
 * in they would flatter the mix the targets judge. Replies have their own counts.
 */
export interface WeekStats extends VerdictCounts {
  /** Day number of the week's first day. */
  week: number;
  /** The week's replies and comments, by verdict. */
  replies: VerdictCounts;
  /** How many of the week's posts, replies included, each rule fired on (a pushy reply is still a habit). */
  rules: Map<string, number>;
  platforms: Map<Platform, PlatformCounts>;
  /** Posts and replies with at least one card acted on before publishing, and the number of cards. */
  improvedPosts: number;
  improvements: number;
}

export interface HistoryAggregate {
  calendar: WeekCalendar;
  weeks: Map<number, WeekStats>;
  /** Records whose publishedAt could not be read (counted, not bucketed). */
  skipped: number;
}

export function emptyCounts(): VerdictCounts {
  return { total: 0, conversation: 0, broadcast: 0, hardSell: 0, none: 0 };
}

export function emptyWeek(week: number): WeekStats {
  return { week, ...emptyCounts(), replies: emptyCounts(), rules: new Map(), platforms: new Map(), improvedPosts: 0, improvements: 0 };
}

/** Whether anything was published in the week: a new post or a reply. */
export const isActiveWeek = (stats: WeekStats): boolean => stats.total + stats.replies.total > 0;

function count(counts: VerdictCounts, verdict: Verdict): void {
  counts.total++;
  if (verdict === 'conversation') counts.conversation++;
  else if (verdict === 'broadcast') counts.broadcast++;
  else if (verdict === 'hard-sell') counts.hardSell++;
  else counts.none++;
}

/** Buckets every post into its local week in one pass (the popup's and the team view's only heavy step). */
export function aggregateHistory(posts: readonly PostRecord[], calendar: WeekCalendar): HistoryAggregate {
  const weeks = new Map<number, WeekStats>();
  let skipped = 0;
  let lastWeek = Number.NaN;
  let lastStats: WeekStats | undefined;
  for (const post of posts) {
    const ms = parseIsoTime(post.publishedAt);
    if (Number.isNaN(ms)) {
      skipped++;
      continue;
    }
    const weekDay = calendar.weekOf(ms);
    // Stored posts are in time order, so consecutive posts mostly share a week.
    let stats = weekDay === lastWeek ? lastStats : weeks.get(weekDay);
    if (!stats) {
      stats = emptyWeek(weekDay);
      weeks.set(weekDay, stats);
    }
    lastWeek = weekDay;
    lastStats = stats;
    let platform = stats.platforms.get(post.platform);
    if (!platform) {
      platform = { ...emptyCounts(), replies: 0 };
      stats.platforms.set(post.platform, platform);
    }
    if (post.reply) {
      count(stats.replies, post.verdict);
      platform.replies++;
    } else {
      count(stats, post.verdict);
      count(platform, post.verdict);
    }
    for (const rule of post.rules) stats.rules.set(rule, (stats.rules.get(rule) ?? 0) + 1);
    if (post.improved > 0) {
      stats.improvedPosts++;
      stats.improvements += post.improved;
    }
  }
  return { calendar, weeks, skipped };
}

export function weekStats(aggregate: HistoryAggregate, week: number): WeekStats {
  return aggregate.weeks.get(week) ?? emptyWeek(week);
}
