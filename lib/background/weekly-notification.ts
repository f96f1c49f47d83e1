// The opt-in "Your tone summary is ready" notification, run by the background: an alarm at the moment the
// person's week closes (their week start, their time zone), and a check at start-up for a week that closed
// while the browser was shut.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { aggregateHistory, isActiveWeek } from '../history/aggregate';
import { weeklyReport } from '../history/report';
import { targetRule } from '../history/targets';
import { localTimeZone } from '../history/time-zone';
import { createWeekCalendar, dayToIso, type WeekCalendar } from '../history/weeks';
import { lastClosedWeek, nextWeekClose, weekToAnnounce } from '../history/weekly-summary';
import { browserWording } from '../i18n/browser-wording';
import { readHistory } from '../storage/history-read';
import { loadSettings, watchSettings } from '../storage/settings';
import { announcedWeekItem } from '../storage/weekly-summary-item';

export const WEEKLY_SUMMARY_ALARM = 'muffin-weekly-summary';
export const WEEKLY_SUMMARY_NOTIFICATION = 'muffin-weekly-summary';

let queue: Promise<unknown> = Promise.resolve();
/** One check at a time: the alarm, a settings change and start-up can all ask at once. */
function serialized(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task, task);
  queue = run.catch((error: unknown) => console.error('Muffin weekly summary:', error));
  return run;
}

/** The line the notification shows for `week`, or null when there is nothing to summarise. */
async function summaryOf(week: number, currentWeek: number, calendar: WeekCalendar): Promise<string | null> {
  const [stored, { settings }] = await Promise.all([readHistory(), loadSettings()]);
  if (stored.status !== 'ok') return i18n.t('notification.unreadable');
  const target = targetRule(settings.targetRule, settings.customCap, browserWording);
  const report = weeklyReport(aggregateHistory(stored.store.posts, calendar), week, currentWeek, target, browserWording);
  return isActiveWeek(report.stats) ? report.sentence : null;
}

/**
 * Shows the summary of a week that has just closed (once per week, only when opted in), then sets the
 * alarm for the close of the current week. Turning the option off clears both the alarm and the record of
 * what was announced, so turning it on again never announces a week at once.
 */
export async function checkWeeklySummary(now = Date.now(), timeZone = localTimeZone()): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.weeklyNotification) {
    await browser.alarms.clear(WEEKLY_SUMMARY_ALARM);
    await announcedWeekItem.setValue(null);
    return;
  }
  const calendar = createWeekCalendar(timeZone, settings.weekStart);
  const announced = await announcedWeekItem.getValue();
  const due = weekToAnnounce(calendar, now, announced);
  if (announced === null) await announcedWeekItem.setValue(lastClosedWeek(calendar, now));
  if (due !== null) {
    await announcedWeekItem.setValue(due);
    const message = await summaryOf(due, calendar.weekOf(now), calendar);
    if (message !== null) {
      await browser.notifications.create(WEEKLY_SUMMARY_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: i18n.t('notification.title'),
        message,
      });
    }
  }
  await browser.alarms.create(WEEKLY_SUMMARY_ALARM, { when: nextWeekClose(calendar, now) });
}

/** The popup's view of the week that was announced, in a tab (a notification click cannot open the popup everywhere). */
export async function openWeeklySummary(): Promise<void> {
  await browser.notifications.clear(WEEKLY_SUMMARY_NOTIFICATION);
  const week = await announcedWeekItem.getValue();
  const query = week === null ? '' : `?week=${dayToIso(week)}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) });
}

export function registerWeeklySummary(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WEEKLY_SUMMARY_ALARM) void serialized(() => checkWeeklySummary());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === WEEKLY_SUMMARY_NOTIFICATION) void openWeeklySummary();
  });
  // Opting in or out, or moving the week start, takes effect at once.
  watchSettings(() => void serialized(() => checkWeeklySummary()), ['weeklyNotification', 'weekStart', 'targetRule', 'customCap']);
  void serialized(() => checkWeeklySummary());
}
