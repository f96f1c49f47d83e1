import { readFileSync } from 'node:fs';

const corpus = readFileSync(new URL('../tests/corpus/posts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).text as string);

/** Realistic text of about `chars` characters: corpus posts, one after another, cut at a word. */
export function draftOf(chars: number, offset = 0): string {
  let out = '';
  for (let i = offset; out.length < chars; i++) out += corpus[i % corpus.length] + '\n\n';
  const cut = out.lastIndexOf(' ', chars);
  return out.slice(0, cut > chars * 0.9 ? cut : chars);
}
