import { describe, expect, it } from 'vitest';
import { createWeekCalendar, dayToIso, isoToDay } from '../../../lib/history';
import { lastClosedWeek, nextWeekClose, startOfDay, weekToAnnounce } from '../../../lib/history/weekly-summary';

const iso = (ms: number) => new Date(ms).toISOString();
const at = Date.parse;

describe('when a week closes', () => {
  it.each([
    ['Europe/Berlin', 1, '2026-03-25T12:00:00Z', '2026-03-29T22:00:00.000Z', 'the Monday after the spring change, at midnight summer time'],
    ['Europe/Berlin', 1, '2026-10-21T12:00:00Z', '2026-10-25T23:00:00.000Z', 'the Monday after the autumn change, at midnight winter time'],
    ['Europe/Berlin', 1, '2026-10-25T21:59:59Z', '2026-10-25T23:00:00.000Z', 'late on Sunday, local time'],
    ['America/New_York', 0, '2026-11-04T12:00:00Z', '2026-11-08T05:00:00.000Z', 'weeks that start on Sunday'],
    ['America/New_York', 0, '2026-11-08T04:59:59Z', '2026-11-08T05:00:00.000Z', 'a second before it closes'],
    ['America/New_York', 0, '2026-11-08T05:00:00Z', '2026-11-15T05:00:00.000Z', 'the instant it closed: the next one'],
    ['Asia/Kathmandu', 1, '2026-01-14T12:00:00Z', '2026-01-18T18:15:00.000Z', 'a zone 5:45 ahead of UTC'],
    ['Pacific/Kiritimati', 6, '2026-01-14T12:00:00Z', '2026-01-16T10:00:00.000Z', 'a zone 14 hours ahead, weeks starting on Saturday'],
    ['UTC', 1, '2026-11-22T12:00:00Z', '2026-11-23T00:00:00.000Z', 'UTC'],
  ] as const)('%s, week start %i, at %s: %s (%s)', (timeZone, weekStart, now, expected, _why) => {
    expect(iso(nextWeekClose(createWeekCalendar(timeZone, weekStart), at(now)))).toBe(expected);
  });

  it('starts a day whose midnight a clock change skips at the first instant that exists (Santiago, 2026-09-06 starts at 01:00)', () => {
    const calendar = createWeekCalendar('America/Santiago', 0);
    expect(iso(startOfDay(calendar, isoToDay('2026-09-06')))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(startOfDay(calendar, isoToDay('2026-09-05')))).toBe('2026-09-05T04:00:00.000Z');
    expect(iso(nextWeekClose(calendar, at('2026-09-01T12:00:00Z')))).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('which summary is due', () => {
  const calendar = createWeekCalendar('Europe/Berlin', 1);
  const optedIn = at('2026-11-18T12:00:00Z'); // a Wednesday
  const baseline = lastClosedWeek(calendar, optedIn);

  it('counts the last closed week as announced when the person opts in', () => {
    expect(dayToIso(baseline)).toBe('2026-11-09');
    expect(weekToAnnounce(calendar, optedIn, null)).toBeNull();
  });

  it('announces a week once, after it closes in local time', () => {
    expect(weekToAnnounce(calendar, at('2026-11-22T22:59:59Z'), baseline)).toBeNull(); // Sunday 23:59:59 in Berlin
    const due = weekToAnnounce(calendar, at('2026-11-22T23:00:00Z'), baseline);
    expect(due === null ? null : dayToIso(due)).toBe('2026-11-16');
    expect(weekToAnnounce(calendar, at('2026-11-25T09:00:00Z'), due)).toBeNull();
  });

  it('announces only the last closed week after a long absence', () => {
    const due = weekToAnnounce(calendar, at('2026-12-16T09:00:00Z'), baseline);
    expect(due === null ? null : dayToIso(due)).toBe('2026-12-07');
  });

  it('stays quiet when the week start moves back past the last announced week', () => {
    const sundays = createWeekCalendar('Europe/Berlin', 0);
    const announcedMonday = isoToDay('2026-11-16');
    expect(weekToAnnounce(sundays, at('2026-11-25T09:00:00Z'), announcedMonday)).toBeNull(); // closed week: Sunday 2026-11-15
    expect(dayToIso(weekToAnnounce(sundays, at('2026-11-29T09:00:00Z'), announcedMonday)!)).toBe('2026-11-22');
  });
});
