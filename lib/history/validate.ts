import type { Verdict } from '../analysis';
import { isPlatform, PLATFORMS } from './platforms';
import { VERDICTS, type PostRecord, type RecordShape } from './types';
import { isCount, isObject, isStringList } from '../guards';

const MAX_ID_LENGTH = 200;

const show = (value: unknown) => (typeof value === 'string' ? `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"` : JSON.stringify(value) ?? String(value));

/**
 * Checks one record and returns a clean copy (known fields only, publishedAt in canonical UTC form),
 * or a sentence that says what is wrong with it.
 */
export function validateRecord(value: unknown, shape: RecordShape = 'current'): { ok: true; record: PostRecord } | { ok: false; problem: string } {
  if (!isObject(value)) return { ok: false, problem: `it is ${show(value)}, not a post` };
  const { id, publishedAt, platform, verdict, rules, chars, improved, reply, text } = value;
  if (typeof id !== 'string' || id.trim() === '') return { ok: false, problem: `"id" is missing or empty` };
  if (id.length > MAX_ID_LENGTH) return { ok: false, problem: `"id" is longer than ${MAX_ID_LENGTH} characters` };
  const ms = typeof publishedAt === 'string' ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(ms)) return { ok: false, problem: `"publishedAt" is not a date (${show(publishedAt)})` };
  if (!isPlatform(platform)) {
    return { ok: false, problem: `"platform" is ${show(platform)}; expected one of ${PLATFORMS.join(', ')}` };
  }
  if (typeof verdict !== 'string' || !(VERDICTS as readonly string[]).includes(verdict)) {
    return { ok: false, problem: `"verdict" is ${show(verdict)}; expected one of ${VERDICTS.join(', ')}` };
  }
  if (!isStringList(rules)) return { ok: false, problem: `"rules" must be a list of rule ids` };
  if (!isCount(chars)) return { ok: false, problem: `"chars" must be a whole number, not ${show(chars)}` };
  if (!isCount(improved)) return { ok: false, problem: `"improved" must be a whole number, not ${show(improved)}` };
  if (shape === 'current') {
    if (reply === undefined) return { ok: false, problem: `"reply" is missing (true for a reply or comment, false for a new post)` };
    if (typeof reply !== 'boolean') return { ok: false, problem: `"reply" must be true or false, not ${show(reply)}` };
  }
  if (text !== undefined && typeof text !== 'string') return { ok: false, problem: `"text" must be text` };
  const record: PostRecord = {
    id,
    publishedAt: new Date(ms).toISOString(),
    platform,
    verdict: verdict as Verdict,
    rules: [...new Set(rules)],
    chars,
    improved,
    reply: shape === 'current' && reply === true,
  };
  if (typeof text === 'string') record.text = text;
  return { ok: true, record };
}

/**
 * Validates a whole list; one bad record rejects the list (nothing is applied partially). The message
 * names the first bad post and how many others are bad.
 */
export function validateRecords(values: unknown, shape: RecordShape = 'current'): { ok: true; records: PostRecord[] } | { ok: false; problem: string } {
  if (!Array.isArray(values)) return { ok: false, problem: '"posts" must be a list of posts' };
  const records: PostRecord[] = [];
  let first = '';
  let bad = 0;
  values.forEach((value, index) => {
    const result = validateRecord(value, shape);
    if (result.ok) records.push(result.record);
    else if (bad++ === 0) first = `Post ${index + 1} of ${values.length}: ${result.problem}`;
  });
  if (bad > 0) return { ok: false, problem: bad > 1 ? `${first} (and ${bad - 1} more ${bad === 2 ? 'post' : 'posts'} with problems)` : first };
  return { ok: true, records };
}
