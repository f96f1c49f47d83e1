import type { Platform } from '../types';

/** A post read from a platform's own archive, before analysis. */
export interface ArchivePost {
  /** Unique within the platform; the record id is `${platform}:${sourceId}`. */
  sourceId: string;
  publishedAt: string;
  text: string;
}

export type ArchiveResult =
  | { ok: true; platform: Platform; posts: ArchivePost[]; /** Reposts and empty posts left out. */ skipped: number }
  | { ok: false; error: string };
