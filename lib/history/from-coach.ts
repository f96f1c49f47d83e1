import type { PublishedMessage } from '../messaging/protocol';
import { toPlatform } from './platforms';
import type { PostRecord } from './types';

/** What the inline coach reports when a post goes out: lib/messaging's `published` message, without its type. */
export type CoachPublished = Omit<PublishedMessage, 'type'>;

/** Turns the coach's report into a history record with a fresh, short id. */
export function recordFromCoach(published: CoachPublished, randomPart: string): PostRecord {
  const platform = toPlatform(published.platform);
  return {
    id: `${platform}:${published.publishedAt.toString(36)}-${randomPart}`,
    publishedAt: new Date(published.publishedAt).toISOString(),
    platform,
    verdict: published.verdict,
    rules: [...new Set(published.rules)],
    chars: published.chars,
    improved: published.improved ? 1 : 0,
    // Absent from coaches that predate replies: a new post.
    reply: published.reply === true,
  };
}
