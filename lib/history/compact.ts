import type { Verdict } from '../analysis';
import { formatIsoTime } from './iso-time';
import { platformCode, platformOfCode } from './platforms';
import { VERDICTS, type PostRecord, type RecordShape } from './types';
import { isObject } from '../guards';

/**
 * The posts as stored from storage version 3 on: one column per field instead of one object per post.
 *
 * Each column is a single string because Chrome hands a stored value to the page one element at a time:
 * in the popup, 5,000 posts read in ~100 ms as objects, ~40 ms as arrays of numbers and ~5 ms as these
 * columns (see bench/popup.bench.ts). Ids stay a list, since they may hold any character. A post costs
 * ~48 bytes, ~61 with 8 rule ids, against ~170 as an object (bench/history.bench.ts).
 */
export interface CompactPosts {
  count: number;
  /** Rule ids, each once; posts refer to them by position. */
  ruleTable: string[];
  ids: string[];
  /** Publication times in whole seconds since 1970 (UTC), comma-separated. */
  times: string;
  /** One character per post: its platform's code (platforms.ts), as the character at 48 + code. */
  platforms: string;
  /** One digit per post: its verdict's position in VERDICTS. */
  verdicts: string;
  /** Per post, positions in `ruleTable` joined by "."; posts joined by ",". */
  rules: string;
  /** Comma-separated. */
  chars: string;
  /** Comma-separated. */
  improved: string;
  /** One character per post: "1" for a reply or comment, "0" for a new post (from storage version 4 on). */
  replies: string;
  /** Post position → text, only for the posts whose text is kept. */
  texts: Record<string, string>;
}

const ZERO = 48;
/** The largest time a Date can hold, in seconds. */
const MAX_SECONDS = 8.64e12;

/**
 * Packs records that have passed validateRecord. Times keep whole seconds: nothing Muffin shows is finer,
 * and platform archives only have seconds.
 */
export function encodePosts(posts: readonly PostRecord[]): CompactPosts {
  const ruleTable: string[] = [];
  const rulePositions = new Map<string, number>();
  const times: number[] = [];
  const rules: string[] = [];
  const chars: number[] = [];
  const improved: number[] = [];
  const texts: Record<string, string> = {};
  let platforms = '';
  let verdicts = '';
  let replies = '';
  posts.forEach((post, index) => {
    times.push(Math.floor(Date.parse(post.publishedAt) / 1000));
    platforms += String.fromCharCode(ZERO + platformCode(post.platform));
    verdicts += String.fromCharCode(ZERO + VERDICTS.indexOf(post.verdict));
    replies += post.reply ? '1' : '0';
    rules.push(
      post.rules
        .map((rule) => {
          let position = rulePositions.get(rule);
          if (position === undefined) {
            position = ruleTable.push(rule) - 1;
            rulePositions.set(rule, position);
          }
          return position;
        })
        .join('.'),
    );
    chars.push(post.chars);
    improved.push(post.improved);
    if (post.text !== undefined) texts[index] = post.text;
  });
  return {
    count: posts.length,
    ruleTable,
    ids: posts.map((post) => post.id),
    times: times.join(','),
    platforms,
    verdicts,
    rules: rules.join(','),
    chars: chars.join(','),
    improved: improved.join(','),
    replies,
    texts,
  };
}

export type DecodeResult = { ok: true; posts: PostRecord[] } | { ok: false; problem: string };

/** The whole numbers of a comma-separated column, or null when it does not hold `count` of them. */
function numbers(column: unknown, count: number, allowNegative: boolean): number[] | null {
  if (typeof column !== 'string') return null;
  if (count === 0) return column === '' ? [] : null;
  const parts = column.split(',');
  if (parts.length !== count) return null;
  const values = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const part = parts[i]!;
    const value = Number(part);
    if (part === '' || !Number.isInteger(value) || (!allowNegative && value < 0)) return null;
    values[i] = value;
  }
  return values;
}

/** One-character codes, each decoded by `decode`, or null when one is unknown. */
function codes<T>(column: unknown, count: number, decode: (code: number) => T | undefined): T[] | null {
  if (typeof column !== 'string' || column.length !== count) return null;
  const values = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const value = decode(column.charCodeAt(i) - ZERO);
    if (value === undefined) return null;
    values[i] = value;
  }
  return values;
}

const REPLY_CODES = [false, true];

/**
 * Unpacks the stored columns into records, checking every column against the post count. Any mismatch is
 * reported (never repaired): the caller shows it and keeps the stored data as it is. Columns stored before
 * storage version 4 (`shape` 'before-replies') have no replies column: every post in them is a new post.
 */
export function decodePosts(value: unknown, shape: RecordShape = 'current'): DecodeResult {
  if (!isObject(value)) return { ok: false, problem: 'the posts are not stored as columns' };
  const { count, ruleTable, ids } = value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return { ok: false, problem: 'the number of posts is missing' };
  if (!Array.isArray(ruleTable) || !ruleTable.every((rule) => typeof rule === 'string')) return { ok: false, problem: 'the rule table is not a list of rule ids' };
  const bad = (column: string) => ({ ok: false as const, problem: `the ${column} column does not hold ${count} ${count === 1 ? 'post' : 'posts'}` });
  if (!Array.isArray(ids) || ids.length !== count || !ids.every((id) => typeof id === 'string' && id !== '')) return bad('ids');
  const times = numbers(value.times, count, true);
  if (!times || times.some((seconds) => Math.abs(seconds) > MAX_SECONDS)) return bad('times');
  const platforms = codes(value.platforms, count, platformOfCode);
  if (!platforms) return bad('platforms');
  const verdicts = codes<Verdict>(value.verdicts, count, (code) => VERDICTS[code]);
  if (!verdicts) return bad('verdicts');
  const chars = numbers(value.chars, count, false);
  if (!chars) return bad('chars');
  const improved = numbers(value.improved, count, false);
  if (!improved) return bad('improved');
  const replies = shape === 'current' ? codes(value.replies, count, (code) => REPLY_CODES[code]) : new Array<boolean>(count).fill(false);
  if (!replies) return bad('replies');
  const ruleLists = typeof value.rules === 'string' ? (count === 0 ? (value.rules === '' ? [] : null) : value.rules.split(',')) : null;
  if (!ruleLists || ruleLists.length !== count) return bad('rules');
  const texts = value.texts;
  if (!isObject(texts)) return { ok: false, problem: 'the texts are not stored by post' };

  const posts = new Array<PostRecord>(count);
  // Few distinct combinations of rules recur across thousands of posts: read each once, copy it per post.
  const ruleListCache = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const list = ruleLists[i]!;
    let cached = ruleListCache.get(list);
    if (!cached) {
      cached = [];
      if (list !== '') {
        for (const part of list.split('.')) {
          const rule = part === '' ? undefined : (ruleTable[Number(part)] as string | undefined);
          if (rule === undefined) return { ok: false, problem: `post ${i + 1} of ${count} refers to a rule that is not in the rule table` };
          cached.push(rule);
        }
      }
      ruleListCache.set(list, cached);
    }
    const rules = cached.slice();
    posts[i] = {
      id: ids[i] as string,
      publishedAt: formatIsoTime(times[i]! * 1000),
      platform: platforms[i]!,
      verdict: verdicts[i]!,
      rules,
      chars: chars[i]!,
      improved: improved[i]!,
      reply: replies[i]!,
    };
  }
  for (const [key, text] of Object.entries(texts)) {
    const post = /^(?:0|[1-9]\d*)$/.test(key) ? posts[Number(key)] : undefined;
    if (!post || typeof text !== 'string') return { ok: false, problem: `the text stored for post "${key}" belongs to no post` };
    post.text = text;
  }
  return { ok: true, posts };
}
