import type { PostRecord } from '../../../lib/history';

let counter = 0;

/** A record with sensible defaults; override what the test is about. */
export function post(publishedAt: string, overrides: Partial<PostRecord> = {}): PostRecord {
  counter++;
  return { id: `t-${counter}`, publishedAt, platform: 'x', verdict: 'conversation', rules: [], chars: 120, improved: 0, reply: false, ...overrides };
}
