import { useEffect, useMemo, useState } from 'preact/hooks';
import { aggregateHistory } from '@/lib/history/aggregate';
import { weeklyReport } from '@/lib/history/report';
import { targetRule } from '@/lib/history/targets';
import { localTimeZone } from '@/lib/history/time-zone';
import type { PostRecord } from '@/lib/history/types';
import { createWeekCalendar, isoToDay, weekOfDay } from '@/lib/history/weeks';
import { browserWording } from '@/lib/i18n/browser-wording';
import type { Settings } from '@/lib/storage/settings';
import { EmptyState } from './EmptyState';
import { ExportButtons } from './ExportButtons';
import { TrendBars } from './TrendBars';
import { WeekNavigator } from './WeekNavigator';
import { WeekOverview } from './WeekOverview';

/** The person's own weeks. */
export function MyHistory({ posts, settings, initialWeek }: { posts: PostRecord[]; settings: Settings; /** 'YYYY-MM-DD', a day of the week to show first. */ initialWeek?: string }) {
  const calendar = useMemo(() => createWeekCalendar(localTimeZone(), settings.weekStart), [settings.weekStart]);
  const aggregate = useMemo(() => aggregateHistory(posts, calendar), [posts, calendar]);
  const currentWeek = calendar.weekOf(Date.now());
  const [week, setWeek] = useState(() => {
    const day = initialWeek && /^\d{4}-\d{2}-\d{2}$/.test(initialWeek) ? isoToDay(initialWeek) : Number.NaN;
    return Number.isNaN(day) ? currentWeek : weekOfDay(day, settings.weekStart);
  });
  const shown = Math.min(week, currentWeek);
  const report = useMemo(
    () => weeklyReport(aggregate, shown, currentWeek, targetRule(settings.targetRule, settings.customCap, browserWording), browserWording),
    [aggregate, shown, currentWeek, settings.targetRule, settings.customCap],
  );
  useEffect(() => {
    // For the popup benchmark: time from opening the popup to its first view with numbers.
    if (performance.getEntriesByName('muffin:first-view').length === 0) performance.mark('muffin:first-view');
  }, []);
  if (posts.length === 0) return <EmptyState />;
  return (
    <>
      <WeekNavigator week={shown} currentWeek={currentWeek} onChange={setWeek} />
      <WeekOverview report={report} />
      <TrendBars trend={report.trend} selected={shown} />
      <ExportButtons posts={posts} settings={settings} />
    </>
  );
}
