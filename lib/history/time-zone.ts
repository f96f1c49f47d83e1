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

const CHUNK = 7 * 24 * HOUR;

interface Chunk {
  before: number;
  after: number;
  /** First instant with the `after` offset; Infinity when the chunk has no switch. */
  switchAt: number;
}

/**
 * Offsets cached per week of UTC time, so aggregating thousands of posts costs about one Intl call per
 * week of history rather than one per post. A week whose two ends differ holds a DST switch, found to
 * the second by bisection (switches are never closer together than a week).
 */
export class OffsetCache {
  private readonly chunks = new Map<number, Chunk>();
  private readonly boundaries = new Map<number, number>();
  constructor(readonly timeZone: string) {
    assertTimeZone(timeZone);
  }

  private atBoundary(index: number): number {
    let offset = this.boundaries.get(index);
    if (offset === undefined) {
      offset = exactOffset(this.timeZone, index * CHUNK);
      this.boundaries.set(index, offset);
    }
    return offset;
  }

  private chunk(index: number): Chunk {
    let chunk = this.chunks.get(index);
    if (chunk) return chunk;
    const before = this.atBoundary(index);
    const after = this.atBoundary(index + 1);
    let switchAt = Number.POSITIVE_INFINITY;
    if (before !== after) {
      // Invariant: offset(low) === before, offset(high) !== before; seconds are the finest tzdb step.
      let low = index * CHUNK;
      let high = low + CHUNK;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (exactOffset(this.timeZone, middle) === before) low = middle;
        else high = middle;
      }
      switchAt = high;
    }
    chunk = { before, after, switchAt };
    this.chunks.set(index, chunk);
    return chunk;
  }

  offsetAt(ms: number): number {
    const chunk = this.chunk(Math.floor(ms / CHUNK));
    return ms < chunk.switchAt ? chunk.before : chunk.after;
  }
}

/** The zone the browser or Node runs in. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
