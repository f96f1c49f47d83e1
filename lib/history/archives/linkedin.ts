import { parseCsv } from './csv';
import { shortHash } from './source-id';
import { archiveProblem, type ArchivePost, type ArchiveResult } from './types';

/** LinkedIn's "2023-04-05 14:03:22" (UTC) as ISO, or null. */
export function parseLinkedInDate(value: string): string | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * Reads `Shares.csv` from a LinkedIn data export: columns Date and ShareCommentary (ShareLink when present).
 * It holds the person's own posts only (their comments are in another file), so none is a reply.
 */
export function parseLinkedInShares(text: string): ArchiveResult {
  const rows = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  const header = rows[0]?.map((cell) => cell.trim());
  const dateColumn = header?.indexOf('Date') ?? -1;
  const textColumn = header?.indexOf('ShareCommentary') ?? -1;
  if (!header || dateColumn < 0 || textColumn < 0) {
    return archiveProblem('notLinkedIn');
  }
  const linkColumn = header.indexOf('ShareLink');
  const posts: ArchivePost[] = [];
  let skipped = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const publishedAt = parseLinkedInDate(row[dateColumn] ?? '');
    if (!publishedAt) return archiveProblem('linkedInDate', { line: i + 1, value: row[dateColumn] ?? '' });
    const commentary = (row[textColumn] ?? '').trim();
    if (commentary === '') {
      skipped++;
      continue;
    }
    const link = linkColumn >= 0 ? (row[linkColumn] ?? '') : '';
    posts.push({ sourceId: shortHash(link || `${publishedAt}|${commentary}`), publishedAt, text: commentary, reply: false });
  }
  return { ok: true, platform: 'linkedin', posts, skipped };
}
