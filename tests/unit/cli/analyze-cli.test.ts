import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const cli = (args: string[], input?: string) =>
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/analyze.ts'), ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });

describe('npm run analyze', () => {
  it('prints a readable report for text given as arguments', () => {
    const out = cli(['Only 3 left! Shop now.']);
    expect(out).toContain('Verdict: hard sell');
    expect(out).toContain('(scarcity) at 0-11: "Only 3 left"');
  });

  it('reads text from stdin', () => {
    expect(cli([], 'What is your favourite muffin?')).toContain('Verdict: conversation');
  });

  it('answers every JSONL line in order, and reports bad lines without stopping', () => {
    const input = ['{"id":"a","text":"Shop now, 50% off!"}', '{oops', '{"id":7}', '', '{"id":"d","text":"Thanks so much for coming, Sam!"}'].join('\n');
    const lines = cli(['--jsonl'], input).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', verdict: 'hard-sell' });
    expect(lines[0].findings[0]).toHaveProperty('rule');
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('line 2: not valid JSON') });
    expect(lines[2]).toEqual({ id: 7, error: 'line 3: "text" must be a string' });
    expect(lines[3]).toMatchObject({ id: 'd', verdict: 'conversation' });
  });

  it('handles 20,000 lines in one run', () => {
    const corpus = readFileSync(join(ROOT, 'tests/corpus/posts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
    const dir = mkdtempSync(join(tmpdir(), 'muffin-cli-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, text: corpus[i % corpus.length] })).join('\n'));
    const lines = cli(['--jsonl', file]).trim().split('\n');
    expect(lines).toHaveLength(20_000);
    expect(JSON.parse(lines[19_999]!).id).toBe(19_999);
    expect(lines.every((l) => 'verdict' in JSON.parse(l))).toBe(true);
  }, 180_000);
});
