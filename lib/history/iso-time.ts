/** Milliseconds in a day of UTC (weeks.ts and weekly-summary.ts count days with it too). */
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12), by the era/day-of-era method. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const digits = (s: string, from: number, count: number): number => {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = s.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
};

/**
 * Milliseconds of an ISO time. Stored records use the canonical `2026-11-22T21:54:47.000Z` form, read
 * here with integer arithmetic (Date.parse costs microseconds per call, which adds up over 50,000 posts);
 * any other form goes to Date.parse.
 */
export function parseIsoTime(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */) {
    const month = digits(iso, 5, 2);
    const day = digits(iso, 8, 2);
    const ms =
      daysFromCivil(digits(iso, 0, 4), month, day) * MS_PER_DAY + digits(iso, 11, 2) * 3_600_000 + digits(iso, 14, 2) * 60_000 + digits(iso, 17, 2) * 1000 + digits(iso, 20, 3);
    if (!Number.isNaN(ms) && month >= 1 && month <= 12 && day >= 1 && day <= 31) return ms;
  }
  return Date.parse(iso);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => (n < 10 ? '0' : '') + n);
let cachedDay = Number.NaN;
let cachedDate = '';

/**
 * What Date#toISOString writes, about ten times faster on times in order: the date part is kept from the
 * previous call while the day stays the same (unpacking 50,000 stored posts would otherwise spend
 * ~100 ms in toISOString).
 */
export function formatIsoTime(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  if (day !== cachedDay) {
    const iso = new Date(ms).toISOString();
    cachedDay = day;
    cachedDate = iso.slice(0, iso.indexOf('T') + 1);
  }
  const inDay = ms - day * MS_PER_DAY;
  const seconds = Math.floor(inDay / 1000);
  const milliseconds = inDay - seconds * 1000;
  return (
    cachedDate +
    TWO_DIGITS[Math.floor(seconds / 3600)] +
    ':' +
    TWO_DIGITS[Math.floor(seconds / 60) % 60] +
    ':' +
    TWO_DIGITS[seconds % 60] +
    (milliseconds === 0 ? '.000Z' : `.${String(milliseconds).padStart(3, '0')}Z`)
  );
}
