import { MS_PER_DAY } from './iso-time';
import type { WeekCalendar } from './weeks';

const HOUR = 3_600_000;

/**
 * The first instant of local day `day` (a day number) in the calendar's zone: usually local midnight,
 * later when a daylight-saving jump skips midnight (as in Chile or Lebanon). Found by bisection on
 * `dayOf`, to the second, within the ±14 hours a zone can be from UTC.
 */
export function startOfDay(calendar: WeekCalendar, day: number): number {
  let low = day * MS_PER_DAY - 15 * HOUR; // always on an earlier day
  let high = day * MS_PER_DAY + 15 * HOUR; // always on `day` or later
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (calendar.dayOf(middle) >= day) high = middle;
    else low = middle;
  }
  return high;
}

/** When the week holding `now` closes: the first instant of the next week, in the calendar's zone. */
export function nextWeekClose(calendar: WeekCalendar, now: number): number {
  return startOfDay(calendar, calendar.weekOf(now) + 7);
}

/**
 * The week whose summary is due at `now`: the last closed week, unless it (or a later one) was announced
 * already. With nothing announced yet there is nothing due: the person has just opted in, and the first
 * summary comes when the current week closes. Only the last closed week is ever due, so a browser left
 * closed for a month brings one notification, not four.
 */
export function weekToAnnounce(calendar: WeekCalendar, now: number, lastAnnounced: number | null): number | null {
  const closed = calendar.weekOf(now) - 7;
  return lastAnnounced !== null && closed > lastAnnounced ? closed : null;
}

/** The last closed week at `now`: what counts as announced when the person opts in. */
export function lastClosedWeek(calendar: WeekCalendar, now: number): number {
  return calendar.weekOf(now) - 7;
}
