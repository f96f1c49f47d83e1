const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at `ms`, in milliseconds (Berlin in summer: +7,200,000). One Intl call. */
export function exactOffset(timeZone: string, ms: number): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields[part.type] = part.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, Number(fields.month) - 1, Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return wall - wholeSeconds;
}

/** Throws a RangeError with a readable message when the zone is not one Intl knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
}

/**
 * Offsets cached per UTC hour, so aggregating thousands of posts costs a few Intl calls rather than one
 * per post. An hour in which the offset changes (a DST switch that is not on a UTC hour boundary, as in
 * Adelaide) is marked and computed exactly for each post in it.
 */
export class OffsetCache {
  private readonly hours = new Map<number, number>();
  constructor(readonly timeZone: string) {
    assertTimeZone(timeZone);
  }

  offsetAt(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let offset = this.hours.get(hour);
    if (offset === undefined) {
      const start = exactOffset(this.timeZone, hour * HOUR);
      const end = exactOffset(this.timeZone, hour * HOUR + HOUR - 1);
      offset = start === end ? start : Number.NaN;
      this.hours.set(hour, offset);
    }
    return Number.isNaN(offset) ? exactOffset(this.timeZone, ms) : offset;
  }
}

/** The zone the browser or Node runs in. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
