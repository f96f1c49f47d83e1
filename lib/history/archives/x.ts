import { decodeEntities } from './html-text';
import { archiveProblem, type ArchivePost, type ArchiveResult } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's "Wed Oct 10 20:19:24 +0000 2018" as ISO, or null. */
export function parseXDate(value: string): string | null {
  const match = /^\w{3} (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d) (\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, month, day, hour, minute, second, sign, offsetHours, offsetMinutes, year] = match;
  const monthIndex = MONTHS.indexOf(month!);
  if (monthIndex < 0) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const ms = Date.UTC(Number(year), monthIndex, Number(day), Number(hour), Number(minute), Number(second)) - offset;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Reads `data/tweets.js` from an X (Twitter) account archive: `window.YTD.tweets.part0 = [ { "tweet": {…} } ]`. */
export function parseXArchive(text: string): ArchiveResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  const prefix = /^window\.YTD\.[\w.]+\s*=\s*/.exec(body);
  if (!prefix) return archiveProblem('notX');
  let entries: unknown;
  try {
    entries = JSON.parse(body.slice(prefix[0].length).replace(/;\s*$/, ''));
  } catch {
    return archiveProblem('xNotJson');
  }
  if (!Array.isArray(entries)) return archiveProblem('xNoList');
  const posts: ArchivePost[] = [];
  let skipped = 0;
  for (const [index, entry] of entries.entries()) {
    const tweet = (entry && typeof entry === 'object' && 'tweet' in entry ? (entry as { tweet: unknown }).tweet : entry) as Record<string, unknown> | null;
    const fullText = tweet?.full_text ?? tweet?.text;
    const id = tweet?.id_str ?? tweet?.id;
    const createdAt = typeof tweet?.created_at === 'string' ? parseXDate(tweet.created_at) : null;
    if (typeof fullText !== 'string' || (typeof id !== 'string' && typeof id !== 'number') || !createdAt) {
      return archiveProblem('xPost', { post: index + 1 });
    }
    if (fullText.startsWith('RT @') || fullText.trim() === '') {
      skipped++;
      continue;
    }
    posts.push({ sourceId: String(id), publishedAt: createdAt, text: decodeEntities(fullText) });
  }
  return { ok: true, platform: 'x', posts, skipped };
}
