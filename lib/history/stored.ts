import { decodePosts, encodePosts, type CompactPosts } from './compact';
import type { HistoryStore, PostRecord } from './types';
import { validateRecords } from './validate';

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

export type StoredHistory =
  | { status: 'ok'; store: HistoryStore }
  | { status: 'newer'; version: number; message: string }
  | { status: 'corrupt'; message: string };

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
      message: `Your history was saved by a newer version of Muffin (storage version ${v}; this one reads up to ${HISTORY_STORE_VERSION}). Update Muffin to see it; nothing has been changed.`,
    };
  }
  if (v < HISTORY_STORE_VERSION) {
    // Either the migration has not run yet, or it failed: read through it without writing anything.
    try {
      if (v < 2) value = migrateHistoryV1ToV2(value);
      value = migrateHistoryV2ToV3(value);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { status: 'corrupt', message: `Your history could not be upgraded from storage version ${v}: ${why}. Nothing has been changed.` };
    }
  }
  const decoded = isObject(value) ? decodePosts(value.posts) : { ok: false as const, problem: 'it holds no posts' };
  if (!decoded.ok) return { status: 'corrupt', message: `Your stored history is damaged: ${decoded.problem}. Nothing has been changed.` };
  return { status: 'ok', store: { posts: decoded.posts } };
}
