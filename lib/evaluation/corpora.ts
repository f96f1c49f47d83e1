import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * The labelled corpora in tests/corpus, by role. Tuning corpora may be looked at and tuned on (their misses
 * are shown by `npm run evaluate -- --misses`, `npm run fit` fits on them); hold-out corpora are only ever scored.
 */
export const TUNING_CORPORA: readonly string[] = [
  /** The first labelled set, written with the rules. */
  'posts.jsonl',
  /** Hard-sell wordings written fresh to widen the pattern lists, with conversations and broadcasts that look like them. */
  'wordings.jsonl',
];
export const HOLDOUT_CORPORA: readonly string[] = ['holdout.jsonl'];
/** Ordinary personal messages (no labels): the share called hard sell must stay at or under 1%. */
export const PERSONAL_CORPUS = 'personal.jsonl';

const CORPUS = new URL('../../tests/corpus/', import.meta.url);

/** The .jsonl files of a folder under tests/corpus, as names relative to it ("real/tune/brand-tweets.jsonl"). */
function jsonlIn(folder: string): string[] {
  const dir = new URL(folder, CORPUS);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => `${folder}${f}`)
    : [];
}

/** Every tuning corpus: the hand-written ones and every file under real/tune/. */
export const tuningCorpora = (): string[] => [...TUNING_CORPORA, ...jsonlIn('real/tune/')];
/** Every hold-out corpus: scored by `npm run evaluate`, never read while tuning or fitting. */
export const holdoutCorpora = (): string[] => [...HOLDOUT_CORPORA, ...jsonlIn('real/holdout/')];

/** One corpus, one JSON object per line; a line that is not one says where it is. */
export function readCorpus<T>(name: string): T[] {
  return readFileSync(new URL(name, CORPUS), 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`tests/corpus/${name}:${i + 1}: not valid JSON`);
      }
    });
}
