import type { Verdict } from '../analysis';

import type { Platform } from './platforms';

export { PLATFORMS, type Platform } from './platforms';

export const VERDICTS: readonly Verdict[] = ['conversation', 'broadcast', 'hard-sell', 'none'];

/** One published post, as the pure logic sees it (storage packs it into columns: see compact.ts). */
export interface PostRecord {
  id: string;
  /** ISO 8601 time of publication, e.g. 2026-11-22T21:54:47.000Z (stored to the second). */
  publishedAt: string;
  platform: Platform;
  verdict: Verdict;
  /** Ids of the rules that fired on the published text, each once. */
  rules: string[];
  chars: number;
  /** How many coach cards the person acted on before publishing. */
  improved: number;
  /** True when the post answered someone (a reply or a comment), false for a new post of one's own. */
  reply: boolean;
  /** The post's text, only when the person chose to keep it. */
  text?: string;
}

/**
 * Which fields a record carries. Records written before Muffin told replies apart (history files of version 1,
 * stored histories before storage version 4) have no `reply`: each of them reads as a new post, whatever
 * else it holds. Every other record must say `reply: true` or `false`.
 */
export type RecordShape = 'current' | 'before-replies';

/** The history as readers get it (stored under `local:history` as columns from version 3 on; see stored.ts). */
export interface HistoryStore {
  posts: PostRecord[];
}

/** Monday = 1 … Sunday = 0, as Date#getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
