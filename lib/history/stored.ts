import { decodePosts, encodePosts, type CompactPosts } from './compact';
import type { HistoryStore, PostRecord } from './types';
import { fillPlaceholders } from '../i18n/phrases';
import { validateRecords } from './validate';
import { isObject } from '../guards';

/** Version of the `local:history` storage item this Muffin writes. */
export const HISTORY_STORE_VERSION = 3;

/** What `local:history` holds from version 3 on (readers get a HistoryStore of plain records). */
export interface StoredHistoryValue {
  posts: CompactPosts;
}

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
export function migrateHistoryV2ToV3(value: unknown): StoredHistoryValue {
  if (!isRecordList(value)) throw new Error('it holds no list of posts');
  const checked = validateRecords(value.posts);
  if (!checked.ok) throw new Error(checked.problem.charAt(0).toLowerCase() + checked.problem.slice(1));
  return { posts: encodePosts(checked.records) };
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
  if (v < HISTORY_STORE_VERSION) {
    // Either the migration has not run yet, or it failed: read through it without writing anything.
    try {
      if (v < 2) value = migrateHistoryV1ToV2(value);
      value = migrateHistoryV2ToV3(value);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { status: 'corrupt', ...problem('upgradeFailed', { version: v, why }) };
    }
  }
  const decoded = isObject(value) ? decodePosts(value.posts) : { ok: false as const, problem: 'it holds no posts' };
  if (!decoded.ok) return { status: 'corrupt', ...problem('damaged', { problem: decoded.problem }) };
  return { status: 'ok', store: { posts: decoded.posts } };
}
