import { describe, expect, it } from 'vitest';
import { OffsetCache, createWeekCalendar, dayToIso, exactOffset, isoToDay, parseIsoTime, weekdayOfDay } from '../../../lib/history';

const weekIso = (timeZone: string, weekStart: 0 | 1 | 6, iso: string) => dayToIso(createWeekCalendar(timeZone, weekStart).weekOf(Date.parse(iso)));
const dayIso = (timeZone: string, iso: string) => dayToIso(createWeekCalendar(timeZone).dayOf(Date.parse(iso)));

describe('day numbers', () => {
  it('round-trips ISO dates and knows the weekday', () => {
    expect(dayToIso(isoToDay('2026-03-08'))).toBe('2026-03-08');
    expect(weekdayOfDay(isoToDay('2026-03-08'))).toBe(0); // a Sunday
    expect(weekdayOfDay(isoToDay('1970-01-01'))).toBe(4);
    expect(weekdayOfDay(isoToDay('1969-12-28'))).toBe(0);
  });
});

describe('offsets', () => {
  it('reads the zone offset from Intl', () => {
    expect(exactOffset('Europe/Berlin', Date.parse('2026-07-01T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(exactOffset('America/New_York', Date.parse('2026-01-15T12:00:00Z'))).toBe(-5 * 3_600_000);
    expect(exactOffset('Asia/Kathmandu', Date.parse('2026-01-15T12:00:00Z'))).toBe((5 * 60 + 45) * 60_000);
  });

  it('is exact inside an hour where the offset changes off a UTC hour boundary (Adelaide, 16:30 UTC)', () => {
    const cache = new OffsetCache('Australia/Adelaide');
    expect(cache.offsetAt(Date.parse('2026-10-03T16:15:00Z'))).toBe(9.5 * 3_600_000);
    expect(cache.offsetAt(Date.parse('2026-10-03T16:45:00Z'))).toBe(10.5 * 3_600_000);
  });

  it('refuses an unknown zone with its name', () => {
    expect(() => createWeekCalendar('Mars/Olympus')).toThrow('Unknown time zone "Mars/Olympus"');
  });
});

describe('week bucketing', () => {
  it.each([
    // New York springs forward on Sunday 2026-03-08 at 07:00 UTC; Monday starts at 04:00 UTC in EDT, not 05:00.
    ['America/New_York', 1, '2026-03-09T03:59:00Z', '2026-03-02'],
    ['America/New_York', 1, '2026-03-09T04:00:00Z', '2026-03-09'],
    // New York falls back on 2026-11-01; the Monday after starts at 05:00 UTC (EST).
    ['America/New_York', 1, '2026-11-02T04:59:00Z', '2026-10-26'],
    ['America/New_York', 1, '2026-11-02T05:00:00Z', '2026-11-02'],
    // The repeated hour on fall-back night is still Sunday 2026-11-01.
    ['America/New_York', 0, '2026-11-01T05:30:00Z', '2026-11-01'],
    ['America/New_York', 0, '2026-11-01T06:30:00Z', '2026-11-01'],
    // Berlin springs forward on 2026-03-29 (01:00 UTC): Monday 30 March begins at 22:00 UTC on the 29th.
    ['Europe/Berlin', 1, '2026-03-29T21:59:59Z', '2026-03-23'],
    ['Europe/Berlin', 1, '2026-03-29T22:00:00Z', '2026-03-30'],
    // Berlin falls back on 2026-10-25: Monday 26 October begins at 23:00 UTC.
    ['Europe/Berlin', 1, '2026-10-25T22:59:59Z', '2026-10-19'],
    ['Europe/Berlin', 1, '2026-10-25T23:00:00Z', '2026-10-26'],
    // Week start day.
    ['Europe/Berlin', 0, '2026-03-29T10:00:00Z', '2026-03-29'],
    ['Europe/Berlin', 1, '2026-03-29T10:00:00Z', '2026-03-23'],
    ['Europe/Berlin', 6, '2026-03-29T10:00:00Z', '2026-03-28'],
    // The same instant is in different weeks on either side of the date line.
    ['Pacific/Auckland', 1, '2026-06-07T13:00:00Z', '2026-06-08'],
    ['America/Los_Angeles', 1, '2026-06-07T13:00:00Z', '2026-06-01'],
    ['UTC', 1, '2026-01-01T00:00:00Z', '2025-12-29'],
  ] as const)('%s, week starting day %i: %s is in the week of %s', (timeZone, weekStart, instant, expected) => {
    expect(weekIso(timeZone, weekStart, instant)).toBe(expected);
  });

  it('puts every hour of a DST day on that local day', () => {
    // 2026-03-08 in New York has 23 hours: 05:00Z to 04:00Z next day.
    expect(dayIso('America/New_York', '2026-03-08T05:00:00Z')).toBe('2026-03-08');
    expect(dayIso('America/New_York', '2026-03-09T03:59:59Z')).toBe('2026-03-08');
    expect(dayIso('America/New_York', '2026-03-09T04:00:00Z')).toBe('2026-03-09');
    // 2026-11-01 has 25 hours: 04:00Z to 05:00Z next day.
    expect(dayIso('America/New_York', '2026-11-01T04:00:00Z')).toBe('2026-11-01');
    expect(dayIso('America/New_York', '2026-11-02T04:59:59Z')).toBe('2026-11-01');
  });
});

describe('ISO times', () => {
  it.each(['2026-11-22T21:54:47.123Z', '1969-12-31T23:59:59.999Z', '2024-02-29T00:00:00.000Z', '2000-03-01T12:00:00.000Z', '2026-11-22T21:54:47+01:00', 'nonsense'])(
    'reads %s as Date.parse does',
    (iso) => {
      expect(parseIsoTime(iso)).toEqual(Date.parse(iso));
    },
  );
});
