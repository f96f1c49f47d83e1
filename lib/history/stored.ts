import { decodePosts, encodePosts, type CompactPosts } from './compact';
import type { HistoryStore, PostRecord } from './types';
import { fillPlaceholders } from '../i18n/phrases';
import { validateRecords } from './validate';
import { isObject } from '../guards';

/**
 * Version of the `local:history` storage item this Muffin writes: 1 a bare list of records, 2 the list in an
 * object, 3 columns, 4 columns with a replies column (which posts answered someone).
 */
export const HISTORY_STORE_VERSION = 4;

/** What `local:history` holds from version 4 on (readers get a HistoryStore of plain records). */
export interface StoredHistoryValue {
  posts: CompactPosts;
}

/** Version 3's columns: the same, without replies (every post in them is a new post). */
type CompactPostsV3 = Omit<CompactPosts, 'replies'>;

/** The value to store for these records (already validated). */
export function toStoredHistory(store: HistoryStore): StoredHistoryValue {
  return { posts: encodePosts(store.posts) };
}

function isRecordList(value: unknown): value is { posts: unknown[] } {
  return isObject(value) && Array.isArray(value.posts);
}

/**
 * v1 stored the bare list of records; v2 wraps it in an object so the store can grow fields without
 * another migration of every record. Anything else is left alone (the migration throws, so WXT keeps
 * the data and its version as they were, and the health check below reports it).
 */
export function migrateHistoryV1ToV2(value: unknown): HistoryStore {
  if (Array.isArray(value)) return { posts: value as PostRecord[] };
  if (isRecordList(value)) return value as HistoryStore;
  throw new Error('it is not in a shape Muffin knows');
}

/** v3 stores the posts as columns (see compact.ts). Every record is checked first: one bad record stops the migration. */
export function migrateHistoryV2ToV3(value: unknown): { posts: CompactPostsV3 } {
  if (!isRecordList(value)) throw new Error('it holds no list of posts');
  const checked = validateRecords(value.posts, 'before-replies');
  if (!checked.ok) throw new Error(checked.problem.charAt(0).toLowerCase() + checked.problem.slice(1));
  const { replies: _replies, ...columns } = encodePosts(checked.records);
  return { posts: columns };
}

/**
 * v4 adds the replies column. Nothing stored before it knew a reply from a new post, so every post so far is
 * a new post ("0"); every other column is kept exactly as it was. Columns that do not read back whole stop
 * the migration, and the data stays as it was.
 */
export function migrateHistoryV3ToV4(value: unknown): StoredHistoryValue {
  if (!isObject(value)) throw new Error('it holds no posts');
  const decoded = decodePosts(value.posts, 'before-replies');
  if (!decoded.ok) throw new Error(decoded.problem);
  return { ...value, posts: { ...(value.posts as CompactPostsV3), replies: '0'.repeat(decoded.posts.length) } };
}

/** Why the stored history cannot be read, in English; generated into locales/en.yml as `storedProblem.<key>`. */
export const STORED_PROBLEMS = {
  newer: 'Your history was saved by a newer version of Muffin (storage version {version}; this one reads up to {supported}). Update Muffin to see it; nothing has been changed.',
  upgradeFailed: 'Your history could not be upgraded from storage version {version}: {why}. Nothing has been changed.',
  damaged: 'Your stored history is damaged: {problem}. Nothing has been changed.',
} as const;

/** The English sentence, and the code and values the pages translate it from. */
export interface StoredProblem {
  message: string;
  code: keyof typeof STORED_PROBLEMS;
  params: Record<string, string | number>;
}

export type StoredHistory =
  | { status: 'ok'; store: HistoryStore }
  | ({ status: 'newer'; version: number } & StoredProblem)
  | ({ status: 'corrupt' } & StoredProblem);

const problem = (code: keyof typeof STORED_PROBLEMS, params: Record<string, string | number>): StoredProblem => ({
  message: fillPlaceholders(STORED_PROBLEMS[code], params),
  code,
  params,
});

/**
 * What the stored value and its version say. Nothing here repairs or replaces data: a store that is
 * not healthy is reported, and writes are refused until the person has downloaded it and cleared it.
 */
export function inspectStoredHistory(value: unknown, version: unknown): StoredHistory {
  if (value === null || value === undefined) return { status: 'ok', store: { posts: [] } };
  const v = typeof version === 'number' ? version : 1;
  if (v > HISTORY_STORE_VERSION) {
    return {
      status: 'newer',
      version: v,
      ...problem('newer', { version: v, supported: HISTORY_STORE_VERSION }),
    };
  }
  if (v < 3) {
    // Either the migration has not run yet, or it failed: read through it without writing anything.
    try {
      if (v < 2) value = migrateHistoryV1ToV2(value);
      value = migrateHistoryV2ToV3(value);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { status: 'corrupt', ...problem('upgradeFailed', { version: v, why }) };
    }
  }
  // Columns from before version 4 read with every post a new post, exactly as the v4 migration writes them.
  const decoded = isObject(value) ? decodePosts(value.posts, v < 4 ? 'before-replies' : 'current') : { ok: false as const, problem: 'it holds no posts' };
  if (!decoded.ok) return { status: 'corrupt', ...problem('damaged', { problem: decoded.problem }) };
  return { status: 'ok', store: { posts: decoded.posts } };
}
