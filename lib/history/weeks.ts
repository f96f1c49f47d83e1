import { MS_PER_DAY } from './iso-time';
import { OffsetCache } from './time-zone';
import type { Weekday } from './types';

/**
 * Days are counted as whole local days since 1970-01-01 ("day numbers"): once a post's time is turned
 * into its local day, weeks are plain integer arithmetic and daylight-saving changes cannot shift them.
 */
export interface WeekCalendar {
  readonly timeZone: string;
  readonly weekStart: Weekday;
  /** The local day number of the instant `ms`. */
  dayOf(ms: number): number;
  /** The day number of the first day of the week that holds `ms`. */
  weekOf(ms: number): number;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): Weekday {
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function weekOfDay(day: number, weekStart: Weekday): number {
  return day - ((weekdayOfDay(day) - weekStart + 7) % 7);
}

/** 'YYYY-MM-DD' for a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number for 'YYYY-MM-DD'. */
export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function createWeekCalendar(timeZone: string, weekStart: Weekday = 1): WeekCalendar {
  const offsets = new OffsetCache(timeZone);
  const dayOf = (ms: number) => Math.floor((ms + offsets.offsetAt(ms)) / MS_PER_DAY);
  return {
    timeZone,
    weekStart,
    dayOf,
    weekOf: (ms) => weekOfDay(dayOf(ms), weekStart),
  };
}
