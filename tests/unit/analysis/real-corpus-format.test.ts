import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHoldout } from '../../../lib/evaluation/holdout-split';

// The real-post corpus is only worth scoring if every line is well formed and every post sits on the side
// of the split its id chose. Problems are reported as file:line and id only, never the post text, so a
// failing run cannot leak the blind hold-out into a log.

const root = new URL('../../corpus/real/', import.meta.url);
const PARTS = ['tune', 'holdout'] as const;
const LABELS = new Set(['hard-sell', 'broadcast', 'conversation']);
const PLATFORMS = new Set(['x', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'reddit', 'youtube', 'sms', 'email', 'ad']);
const REQUIRED = ['id', 'source', 'platform', 'kind', 'label', 'text'] as const;

interface Line {
  part: (typeof PARTS)[number];
  file: string;
  number: number;
  raw: string;
}

function corpusLines(): Line[] {
  return PARTS.flatMap((part) =>
    readdirSync(new URL(`${part}/`, root))
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) =>
        readFileSync(new URL(`${part}/${file}`, root), 'utf8')
          .split('\n')
          .map((raw, i) => ({ part, file, number: i + 1, raw }))
          .filter((line) => line.raw.trim() !== ''),
      ),
  );
}

function problemsOf(line: Line): string[] {
  const where = `${line.part}/${line.file}:${line.number}`;
  let post: Record<string, unknown>;
  try {
    post = JSON.parse(line.raw) as Record<string, unknown>;
  } catch {
    return [`${where}: not valid JSON`];
  }
  if (typeof post !== 'object' || post === null || Array.isArray(post)) return [`${where}: not a JSON object`];
  const missing = REQUIRED.filter((field) => typeof post[field] !== 'string' || (post[field] as string).trim() === '');
  if (missing.length > 0) return [`${where}: missing or empty ${missing.join(', ')}`];
  const id = post.id as string;
  const problems: string[] = [];
  if (!LABELS.has(post.label as string)) problems.push(`${where} (${id}): unknown label "${String(post.label)}"`);
  if (!PLATFORMS.has(post.platform as string)) problems.push(`${where} (${id}): unknown platform "${String(post.platform)}"`);
  if (`${post.source as string}.jsonl` !== line.file) problems.push(`${where} (${id}): source does not match the file name`);
  if (!id.startsWith(`${post.source as string}-`)) problems.push(`${where} (${id}): id does not start with its source`);
  if ('note' in post && typeof post.note !== 'string') problems.push(`${where} (${id}): note is not a string`);
  const belongs = isHoldout(id) ? 'holdout' : 'tune';
  if (belongs !== line.part) problems.push(`${where} (${id}): isHoldout says it belongs in ${belongs}/`);
  return problems;
}

describe('real-post corpus format', () => {
  const lines = corpusLines();

  it('has posts on both sides of the split', () => {
    for (const part of PARTS) expect(lines.filter((l) => l.part === part).length, part).toBeGreaterThan(0);
  });

  it('has well-formed lines, each on the side of the split its id chooses', () => {
    expect(lines.flatMap(problemsOf)).toEqual([]);
  });

  it('never repeats an id, across all files', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const line of lines) {
      let id: unknown;
      try {
        id = (JSON.parse(line.raw) as { id?: unknown }).id;
      } catch {
        continue; // reported by the format check
      }
      if (typeof id !== 'string') continue;
      const where = `${line.part}/${line.file}:${line.number}`;
      const first = seen.get(id);
      if (first) repeats.push(`${id}: ${first} and ${where}`);
      else seen.set(id, where);
    }
    expect(repeats).toEqual([]);
  });
});
