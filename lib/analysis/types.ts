export type Verdict = 'conversation' | 'broadcast' | 'hard-sell' | 'none';
export type Category = 'hard-sell' | 'broadcast' | 'conversation';
export type Sensitivity = 'gentle' | 'standard' | 'strict';

export interface Suggestion {
  /** Text that can replace the flagged phrase as it stands ('' removes it). */
  replacement?: string;
  /** What to do instead, in the muffin principle's terms. */
  advice: string;
  /** A question the person could end on, built from the post's topic (shown after the advice). */
  example?: string;
}

export interface Finding {
  /** Stable rule id, e.g. 'urgency', 'promo-code'. */
  rule: string;
  category: Category;
  /** UTF-16 offsets into the analysed text: text.slice(start, end) is the phrase. */
  start: number;
  end: number;
  message: string;
  suggestion?: Suggestion;
}

export interface Scores {
  conversation: number;
  broadcast: number;
  hardSell: number;
}

export interface Analysis {
  verdict: Verdict;
  scores: Scores;
  findings: Finding[];
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** The user's own hard-sell phrases (matched case-insensitively, on word boundaries). */
  customPhrases?: readonly string[];
  /** Phrases the user never wants flagged: a finding whose text is one of these is dropped. */
  ignorePhrases?: readonly string[];
  /** Rule ids to ignore entirely: they neither show nor count. */
  ignoreRules?: readonly string[];
}

/** Examples every rule carries: `fires` must produce the rule, `passes` must not. */
export interface RuleExamples {
  fires: string[];
  passes: string[];
}

/**
 * A rule as data. Sentence rules match `patterns` (regular expressions, run on each sentence) and, where
 * the rule needs grammar, `verbs` (clause-initial base-form verbs found by compromise's tagger).
 * Post rules are checks over the whole post, named by `check`.
 */
export interface RuleSpec {
  id: string;
  category: Category;
  /** Short human name, for the card's title. */
  name: string;
  /** One line: why, in the muffin principle's terms. */
  message: string;
  /** The concrete alternative. */
  advice: string;
  /**
   * '' when the phrase can simply be dropped: Apply removes it where that leaves a sentence standing
   * (a whole sentence, or a phrase that opens with a preposition or sits between commas).
   */
  replacement?: string;
  /** Rewrites of the phrase for Apply: the first whose pattern matches the phrase is used. */
  rewrites?: [RegExp, string][];
  /** Points the finding adds to its category's score. */
  weight: number;
  /** True when the rule is about selling (a hard-sell verdict needs at least one of these). */
  commercial?: boolean;
  /** The lowest sensitivity at which the rule shows: 'strict' rules show only in strict mode. */
  level?: Sensitivity;
  patterns?: RegExp[];
  /** Patterns that fire only in a sentence that also matches `context` ("until Friday" counts next to an offer, not next to opening hours). */
  contextPatterns?: RegExp[];
  context?: RegExp;
  /** Clause-initial imperative verbs (base form) that make this rule fire when the clause also has `verbsWith`. */
  verbs?: string[];
  verbsWith?: RegExp;
  /** True when a question is not a command ("Order pizza tonight?"): the rule skips sentences ending in "?". */
  notInQuestions?: boolean;
  /** 'opening': the patterns are tried on the first sentence only (a reply starts with the name). */
  scope?: 'sentence' | 'opening';
  /** Name of a whole-post check in post-checks.ts. */
  check?: string;
  examples: RuleExamples;
}
