import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayToIso } from '../../../lib/history';
import { checkWeeklySummary, openWeeklySummary, WEEKLY_SUMMARY_ALARM } from '../../../lib/background/weekly-notification';
import { importPosts } from '../../../lib/storage/history-writes';
import { saveSettings } from '../../../lib/storage/settings';
import { announcedWeekItem } from '../../../lib/storage/weekly-summary-item';
import { post } from '../history/fixtures';

const ZONE = 'Europe/Berlin';
const WEDNESDAY = Date.parse('2026-11-18T12:00:00Z');
const MONDAY_AFTER = Date.parse('2026-11-23T06:00:00Z');
const alarmTime = async () => (await fakeBrowser.alarms.get(WEEKLY_SUMMARY_ALARM))?.scheduledTime;
const notifications = () => fakeBrowser.notifications.getAll();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the weekly summary notification', () => {
  it('does nothing while the option is off', async () => {
    await checkWeeklySummary(MONDAY_AFTER, ZONE);
    expect(await alarmTime()).toBeUndefined();
    expect(await notifications()).toEqual({});
  });

  it('sets an alarm for the close of the week when the person opts in, without announcing anything', async () => {
    await saveSettings({ weeklyNotification: true });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    expect(new Date((await alarmTime())!).toISOString()).toBe('2026-11-22T23:00:00.000Z'); // Monday 00:00 in Berlin
    expect(await notifications()).toEqual({});
    expect(dayToIso((await announcedWeekItem.getValue())!)).toBe('2026-11-09');
  });

  it('announces the closed week once, with its summary, and sets the next alarm', async () => {
    await saveSettings({ weeklyNotification: true });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    await importPosts([post('2026-11-18T10:00:00.000Z'), post('2026-11-19T10:00:00.000Z', { verdict: 'hard-sell', rules: ['urgency'] })], WEDNESDAY);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await checkWeeklySummary(MONDAY_AFTER, ZONE);
    expect(create.mock.calls).toEqual([
      [
        'muffin-weekly-summary',
        expect.objectContaining({
          type: 'basic',
          title: 'Your tone summary is ready',
          message: '2 new posts last week, 1 conversation (50%); the habit to work on: countdowns. You answered no one last week.',
        }),
      ],
    ]);
    expect(await notifications()).toEqual({ 'muffin-weekly-summary': true });
    expect(new Date((await alarmTime())!).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    await fakeBrowser.notifications.clear('muffin-weekly-summary');
    await checkWeeklySummary(MONDAY_AFTER + 3_600_000, ZONE);
    expect(await notifications()).toEqual({});
  });

  it('announces a week of replies only', async () => {
    await saveSettings({ weeklyNotification: true });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    await importPosts([post('2026-11-18T10:00:00.000Z', { reply: true })], WEDNESDAY);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await checkWeeklySummary(MONDAY_AFTER, ZONE);
    expect(create.mock.calls[0]?.[1]).toMatchObject({ message: 'No new posts last week. You answered 1 person last week.' });
  });

  it('stays quiet about a week without posts', async () => {
    await saveSettings({ weeklyNotification: true });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    await checkWeeklySummary(MONDAY_AFTER, ZONE);
    expect(await notifications()).toEqual({});
    expect(dayToIso((await announcedWeekItem.getValue())!)).toBe('2026-11-16');
  });

  it('forgets what was announced when the person opts out, so opting in again announces nothing at once', async () => {
    await saveSettings({ weeklyNotification: true });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    await saveSettings({ weeklyNotification: false });
    await checkWeeklySummary(WEDNESDAY, ZONE);
    expect(await alarmTime()).toBeUndefined();
    expect(await announcedWeekItem.getValue()).toBeNull();
  });

  it('opens the announced week in the popup page when the notification is clicked', async () => {
    await announcedWeekItem.setValue(20_408);
    await openWeeklySummary();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContainEqual(expect.stringMatching(/\/popup\.html\?week=2025-11-16$/));
  });
});
