/**
 * The labelled corpora in tests/corpus, by role. Tuning corpora may be looked at and tuned on (their misses
 * are shown by `npm run evaluate -- --misses`); hold-out corpora are only ever scored.
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
