import { fillPlaceholders } from '../../i18n/phrases';
import type { Platform } from '../types';

/** A post read from a platform's own archive, before analysis. */
export interface ArchivePost {
  /** Unique within the platform; the record id is `${platform}:${sourceId}`. */
  sourceId: string;
  publishedAt: string;
  text: string;
  /** True when the archive says the post answered someone else (a reply or comment). */
  reply: boolean;
}

/** Why an archive was refused, in English; generated into locales/en.yml as `archiveProblem.<key>`. */
export const ARCHIVE_PROBLEMS = {
  unknownFile: "{file} is not an archive Muffin reads: choose X's tweets.js, Mastodon's outbox.json or LinkedIn's Shares.csv.",
  notLinkedIn: 'This is not LinkedIn\'s Shares.csv: its first line should name the columns "Date" and "ShareCommentary".',
  linkedInDate: 'Shares.csv, line {line}: "{value}" is not a date like 2023-04-05 14:03:22.',
  mastodonNotJson: "This is not Mastodon's outbox.json: it is not JSON.",
  mastodonNoItems: 'This is not Mastodon\'s outbox.json: it has no "orderedItems" list.',
  mastodonItem: 'outbox.json, item {item}: the post has no "content" or no readable "published" date.',
  notX: 'This is not X\'s tweets.js: it should start with "window.YTD.tweets.part0 =".',
  xNotJson: 'tweets.js is damaged: the list of posts after "window.YTD.tweets.part0 =" is not valid JSON.',
  xNoList: 'tweets.js holds no list of posts.',
  xPost: 'tweets.js, post {post}: it lacks "full_text", "id_str" or a readable "created_at".',
} as const;

export type ArchiveProblemCode = keyof typeof ARCHIVE_PROBLEMS;

export type ArchiveResult =
  | { ok: true; platform: Platform; posts: ArchivePost[]; /** Reposts and empty posts left out. */ skipped: number }
  | { ok: false; error: string; code: ArchiveProblemCode; params: Record<string, string | number> };

/** A refusal: the English sentence, and the code and values a translation is built from. */
export function archiveProblem(code: ArchiveProblemCode, params: Record<string, string | number> = {}): Extract<ArchiveResult, { ok: false }> {
  return { ok: false, error: fillPlaceholders(ARCHIVE_PROBLEMS[code], params), code, params };
}
