import type { PostRecord } from './types';

export interface MergeResult {
  posts: PostRecord[];
  added: number;
  duplicates: number;
}

/**
 * Adds the incoming posts whose id is not there yet (the stored copy wins, so importing the same file
 * twice changes nothing). The result is sorted by publication time, oldest first.
 */
export function mergePosts(existing: readonly PostRecord[], incoming: readonly PostRecord[]): MergeResult {
  const ids = new Set(existing.map((post) => post.id));
  const posts = [...existing];
  let duplicates = 0;
  for (const post of incoming) {
    if (ids.has(post.id)) {
      duplicates++;
      continue;
    }
    ids.add(post.id);
    posts.push(post);
  }
  const added = posts.length - existing.length;
  if (added > 0) sortByPublication(posts);
  return { posts, added, duplicates };
}

/** publishedAt is stored in canonical UTC ISO form, so text order is time order. */
export function sortByPublication(posts: PostRecord[]): PostRecord[] {
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
}

/** Drops the text of posts when the person has not opted in to keep it. */
export function withoutText(posts: readonly PostRecord[]): PostRecord[] {
  return posts.map((post) => {
    if (post.text === undefined) return post;
    const { text: _text, ...rest } = post;
    return rest;
  });
}
