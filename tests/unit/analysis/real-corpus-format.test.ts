import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHoldout } from '../../../lib/evaluation/holdout-split';

// Checks the shape of the real-post corpus without ever printing a post: every failure names the file,
// the line and the id, never the text, so the blind hold-out stays blind even when this test fails.

const CORPUS = new URL('../../corpus/', import.meta.url);
const REAL = new URL('real/', CORPUS);
const PARTS = ['tune', 'holdout'] as const;

const LABELS = new Set(['hard-sell', 'broadcast', 'conversation']);
const PLATFORMS = new Set(['x', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'reddit', 'youtube', 'sms', 'email', 'ad']);
const KINDS = new Set([
  'brand-tweet',
  'brand-reply',
  'brand-post',
  'brand-retweet',
  'company-post',
  'reddit-promo',
  'caption',
  'ad-commercial',
  'ad-informational',
  'sms-spam',
  'sms-marketing',
  'sms-business',
  'sms-content',
  'email-subject',
  'email-promo',
]);
const FIELDS = new Set(['id', 'source', 'platform', 'kind', 'label', 'text', 'note']);

interface Line {
  where: string;
  value: unknown;
}

/** Non-empty lines of a JSONL file, each parsed; a line that is not JSON comes back as a problem, not a throw. */
function readLines(url: URL, name: string, problems: string[]): Line[] {
  const lines: Line[] = [];
  readFileSync(url, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const where = `${name}:${i + 1}`;
      try {
        lines.push({ where, value: JSON.parse(raw) });
      } catch {
        problems.push(`${where} is not valid JSON`);
      }
    });
  return lines;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Every problem with one post, described by where it is and its id only. */
function postProblems({ where, value }: Line, part: (typeof PARTS)[number], fileSource: string): string[] {
  if (!isRecord(value)) return [`${where} is not a JSON object`];
  const id = isText(value.id) ? value.id : '(no id)';
  const at = `${where} (${id})`;
  const problems: string[] = [];
  for (const key of Object.keys(value)) if (!FIELDS.has(key)) problems.push(`${at} has an unknown field "${key}"`);
  for (const key of ['id', 'source', 'platform', 'kind', 'label', 'text']) if (!isText(value[key])) problems.push(`${at} lacks ${key}`);
  if ('note' in value && !isText(value.note)) problems.push(`${at} has an empty or non-text note`);
  if (isText(value.label) && !LABELS.has(value.label)) problems.push(`${at} has an unknown label "${value.label}"`);
  if (isText(value.platform) && !PLATFORMS.has(value.platform)) problems.push(`${at} has an unknown platform "${value.platform}"`);
  if (isText(value.kind) && !KINDS.has(value.kind)) problems.push(`${at} has an unknown kind "${value.kind}"`);
  if (isText(value.source) && value.source !== fileSource) problems.push(`${at} has source "${value.source}" in ${fileSource}.jsonl`);
  if (isText(value.source) && isText(value.id) && !value.id.startsWith(`${value.source}-`)) problems.push(`${at} id does not start with its source`);
  if (isText(value.id) && isHoldout(value.id) !== (part === 'holdout')) problems.push(`${at} belongs in ${isHoldout(value.id) ? 'holdout' : 'tune'}/`);
  return problems;
}

/** Ids that occur more than once, with every place they occur. */
function duplicateIds(lines: Line[]): string[] {
  const seen = new Map<string, string[]>();
  for (const { where, value } of lines) {
    if (!isRecord(value) || !isText(value.id)) continue;
    seen.set(value.id, [...(seen.get(value.id) ?? []), where]);
  }
  return [...seen].filter(([, places]) => places.length > 1).map(([id, places]) => `${id} occurs at ${places.join(', ')}`);
}

describe('real-post corpus format', () => {
  const problems: string[] = [];
  const all: Line[] = [];
  const files: string[] = [];
  for (const part of PARTS) {
    for (const file of readdirSync(new URL(`${part}/`, REAL)).filter((f) => f.endsWith('.jsonl')).sort()) {
      files.push(`${part}/${file}`);
      const lines = readLines(new URL(`${part}/${file}`, REAL), `${part}/${file}`, problems);
      for (const line of lines) problems.push(...postProblems(line, part, file.replace(/\.jsonl$/, '')));
      all.push(...lines);
    }
  }

  it('has posts in both parts', () => {
    for (const part of PARTS) expect(files.filter((f) => f.startsWith(`${part}/`)).length, part).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(0);
  });
  it('has every post well formed, labelled with known values and in the part isHoldout chooses', () => expect(problems).toEqual([]));
  it('has unique ids across all files', () => expect(duplicateIds(all)).toEqual([]));
});

describe('personal messages format', () => {
  const problems: string[] = [];
  const lines = readLines(new URL('personal.jsonl', CORPUS), 'personal.jsonl', problems);
  for (const { where, value } of lines) {
    if (!isRecord(value)) {
      problems.push(`${where} is not a JSON object`);
      continue;
    }
    const at = `${where} (${isText(value.id) ? value.id : '(no id)'})`;
    if (!isText(value.id)) problems.push(`${at} lacks id`);
    if (!isText(value.text)) problems.push(`${at} lacks text`);
    if ('source' in value && !isText(value.source)) problems.push(`${at} has an empty or non-text source`);
    for (const key of Object.keys(value)) if (!['id', 'source', 'text'].includes(key)) problems.push(`${at} has an unknown field "${key}"`);
  }

  it('has messages', () => expect(lines.length).toBeGreaterThan(0));
  it('has every line a message with an id and text', () => expect(problems).toEqual([]));
  it('has unique ids', () => expect(duplicateIds(lines)).toEqual([]));
});
