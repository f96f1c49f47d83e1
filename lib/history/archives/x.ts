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

/** X handles are letters, digits and "_", up to 15 of them. */
const LEADING_MENTION = /^@\w{1,15}\b/;

const REPLY_FIELDS = ['in_reply_to_status_id_str', 'in_reply_to_status_id'] as const;

/**
 * The id of the post a tweet answers, from whichever field this archive wrote it in; null when the archive
 * says it answers none; undefined when the archive has no such field.
 */
function answeredId(tweet: Record<string, unknown>): string | null | undefined {
  if (!REPLY_FIELDS.some((field) => field in tweet)) return undefined;
  const id = tweet.in_reply_to_status_id_str ?? tweet.in_reply_to_status_id;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : null;
}

/**
 * Reads `data/tweets.js` from an X (Twitter) account archive: `window.YTD.tweets.part0 = [ { "tweet": {…} } ]`.
 * A tweet is a reply when it answers another post (`in_reply_to_status_id`), or, in archives without that
 * field, when it starts with an @mention, as X writes replies. A tweet that answers one of the person's own
 * tweets in the archive continues their thread: that is a new post, not an answer to someone.
 */
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
  const tweets: { id: string; publishedAt: string; text: string; answers: string | null | undefined }[] = [];
  let skipped = 0;
  for (const [index, entry] of entries.entries()) {
    const tweet = (entry && typeof entry === 'object' && 'tweet' in entry ? (entry as { tweet: unknown }).tweet : entry) as Record<string, unknown> | null;
    const fullText = tweet?.full_text ?? tweet?.text;
    const id = tweet?.id_str ?? tweet?.id;
    const createdAt = typeof tweet?.created_at === 'string' ? parseXDate(tweet.created_at) : null;
    if (!tweet || typeof fullText !== 'string' || (typeof id !== 'string' && typeof id !== 'number') || !createdAt) {
      return archiveProblem('xPost', { post: index + 1 });
    }
    if (fullText.startsWith('RT @') || fullText.trim() === '') {
      skipped++;
      continue;
    }
    tweets.push({ id: String(id), publishedAt: createdAt, text: fullText, answers: answeredId(tweet) });
  }
  const own = new Set(tweets.map((tweet) => tweet.id));
  const posts: ArchivePost[] = tweets.map(({ id, publishedAt, text, answers }) => ({
    sourceId: id,
    publishedAt,
    text: decodeEntities(text),
    reply: answers === undefined ? LEADING_MENTION.test(text) : answers !== null && !own.has(answers),
  }));
  return { ok: true, platform: 'x', posts, skipped };
}
