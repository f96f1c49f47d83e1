import type { PostRecord } from './types';

const WEEK = 7 * 86_400_000;

/** Keeps the posts published within the last `weeks` weeks; 0 keeps everything. */
export function pruneOlderThan(posts: readonly PostRecord[], weeks: number, now: number): PostRecord[] {
  if (!(weeks > 0)) return [...posts];
  const cutoff = now - weeks * WEEK;
  return posts.filter((post) => Date.parse(post.publishedAt) >= cutoff);
}
