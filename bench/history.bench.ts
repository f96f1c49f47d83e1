// History in Node: aggregating 50,000 posts (goal ≤ 50 ms), the stored size of a record without text (goal
// ≤ 200 bytes, with 8 rule ids too), and unpacking the stored columns. Run alone: npx tsx bench/history.bench.ts
import { aggregateHistory, createWeekCalendar, PLATFORMS, targetRule, weeklyReport, type PostRecord } from '../lib/history';
import { decodePosts, encodePosts } from '../lib/history/compact';
import { measure, ms } from './stats';

const RULES = ['urgency', 'discount', 'question', 'link-dump', 'announcement', 'thanks', 'buy-now', 'hashtag-dump'];
const VERDICTS = ['conversation', 'broadcast', 'hard-sell', 'none'] as const;
const END = Date.parse('2026-11-22T12:00:00Z');

/** Deterministic posts spread over about two years, like a busy team's history, in time order as stored. */
export function syntheticPosts(count: number, end = END): PostRecord[] {
  const posts: PostRecord[] = [];
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < count; i++) {
    // Whole seconds, as storage keeps them.
    const time = end - Math.floor(next() * 730 * 86_400) * 1000;
    posts.push({
      id: `x:${1_800_000_000_000_000_000 + i}`,
      publishedAt: new Date(time).toISOString(),
      platform: PLATFORMS[Math.floor(next() * PLATFORMS.length)]!,
      verdict: VERDICTS[Math.floor(next() * VERDICTS.length)]!,
      rules: RULES.filter(() => next() < 0.2),
      chars: Math.floor(next() * 3000),
      improved: next() < 0.3 ? 1 + Math.floor(next() * 3) : 0,
      reply: next() < 0.4,
    });
  }
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Bytes that `posts` add to the stored value of `local:history`, per post. */
function storedBytesPerPost(posts: PostRecord[]): number {
  return (bytes({ posts: encodePosts(posts) }) - bytes({ posts: encodePosts([]) })) / posts.length;
}

export default async function benchHistory(): Promise<{ markdown: string; goals: [string, boolean][] }> {
  const posts = syntheticPosts(50_000);
  const week = createWeekCalendar('America/New_York', 1).weekOf(END);
  let cold = Number.NaN;
  const aggregate = measure(() => {
    const start = performance.now();
    // A new calendar each run: its offset cache starts empty, as when the popup opens.
    const calendar = createWeekCalendar('America/New_York', 1);
    weeklyReport(aggregateHistory(posts, calendar), week, week, targetRule('thirds'));
    if (Number.isNaN(cold)) cold = performance.now() - start;
  }, 40);

  const typical = storedBytesPerPost(posts);
  const eightRules = storedBytesPerPost(posts.map((post) => ({ ...post, rules: RULES })));
  const asObjects = posts.reduce((sum, post) => sum + bytes(post) + 1, 0) / posts.length;
  const stored5k = JSON.parse(JSON.stringify({ posts: encodePosts(posts.slice(-5000)) })) as { posts: unknown };
  const stored50k = JSON.parse(JSON.stringify({ posts: encodePosts(posts) })) as { posts: unknown };
  const decode5k = measure(() => decodePosts(stored5k.posts), 30);
  const decode50k = measure(() => decodePosts(stored50k.posts), 10);

  const markdown = [
    '## History (Node)',
    '',
    '| measure | value | goal |',
    '|---|---|---|',
    `| aggregate 50,000 posts + weekly report, median of ${aggregate.runs} (p95) | ${ms(aggregate.median)} ms (${ms(aggregate.p95)} ms) | ≤ 50 ms |`,
    `| the same, first run (cold JIT) | ${ms(cold)} ms | |`,
    `| stored bytes per post without text (mean of 50,000; as objects in storage v2: ${asObjects.toFixed(0)}) | ${typical.toFixed(1)} | ≤ 200 |`,
    `| stored bytes per post without text, 8 rule ids each | ${eightRules.toFixed(1)} | ≤ 200 |`,
    `| unpack 5,000 stored posts into records (p95) | ${ms(decode5k.median)} ms (${ms(decode5k.p95)} ms) | |`,
    `| unpack 50,000 stored posts into records (p95) | ${ms(decode50k.median)} ms (${ms(decode50k.p95)} ms) | |`,
  ].join('\n');
  return {
    markdown,
    goals: [
      [`aggregate 50,000 posts ≤ 50 ms in Node (${ms(aggregate.median)} ms)`, aggregate.median <= 50],
      [`a record without text ≤ 200 bytes stored (${typical.toFixed(0)} bytes; ${eightRules.toFixed(0)} with 8 rule ids)`, Math.max(typical, eightRules) <= 200],
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, goals } = await benchHistory();
  console.log(markdown);
  for (const [goal, met] of goals) console.log(`- ${met ? 'met' : 'NOT met'}: ${goal}`);
}
