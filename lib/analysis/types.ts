export type Verdict = 'conversation' | 'broadcast' | 'hard-sell' | 'none';
export type Category = 'hard-sell' | 'broadcast' | 'conversation';
export type Sensitivity = 'gentle' | 'standard' | 'strict';

export interface Suggestion {
  /** Text that can replace the flagged phrase as it stands ('' removes it). */
  replacement?: string;
  /** What to do instead, in the muffin principle's terms. */
  advice: string;
  /** A question the post could end on, built from its topic ("What's your favourite muffin?"). */
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

/**
 * One phrase of a rule: a template (see lib/analysis/template.ts) and the examples that prove it. Each
 * example in `fires` marks the finding it must produce in [brackets]: the rule's whole finding, span
 * and all ("Sale ends [tonight only]!"). `passes` must not produce the rule.
 */
export interface PhraseSpec {
  phrase: string;
  fires: string[];
  passes?: string[];
  /** Only a business writes this (a store named, a members' pre-sale): the post is not a personal message. */
  business?: boolean;
  /** Words (templates) that must not come right before the phrase: "not" before "on sale". */
  notAfter?: string[];
  /** Words (templates) that must not come right after it: "thanks to [our team]" is not thanks to the reader. */
  notBefore?: string[];
  /** A vocabulary that cancels the phrase anywhere in the post: a job ad's "Apply now" is not a sale. */
  notWith?: string;
}

/** A rewrite for Apply: the start of the phrase that matches `from` becomes `to`. */
export interface RewriteSpec {
  from: string;
  to: string;
}

/**
 * What Apply offers for a finding:
 * - 'drop': remove the phrase where that leaves the sentence standing;
 * - 'append-question': add the post's closing question after the phrase;
 * - 'replace-with-question': replace the phrase with the post's closing question;
 * - 'trim-hashtags': keep the first two hashtags of a run.
 */
export type ReplacementStyle = 'drop' | 'append-question' | 'replace-with-question' | 'trim-hashtags';

/** Whole-post checks, by name (lib/analysis/post-checks.ts). */
export type PostCheckName = 'genuineQuestion' | 'hookQuestion' | 'pitchedQuestion' | 'selfFocus' | 'noInvitation' | 'linkDump' | 'hashtagDump' | 'abruptSignOff';

/**
 * A rule as data. Everything the analyzer does differently for one rule is said here, never by testing
 * its id in code. Sentence rules list `phrases` (compiled by one factory into one matcher per rule);
 * whole-post rules name a `check`; a rule may have both.
 */
export interface RuleSpec {
  /** Stable: the history stores it. */
  id: string;
  category: Category;
  /** Short human name, for the card's title. */
  name: string;
  /** One line: why, in the muffin principle's terms. */
  message: string;
  /** The concrete alternative. */
  advice: string;
  /** How the habit reads inside a sentence of the weekly report ("countdowns"); the name in lower case when absent. */
  habit?: string;
  /** Points one finding adds to its category's score: fitted by `npm run fit` (lib/analysis/rules/fitted.ts). */
  weight: number;
  /** The hand-set weight the fit starts from and pulls toward (L2), so a rule the tuning posts rarely show keeps it. */
  prior: number;
  /** About selling: a hard-sell verdict needs at least one of these, and a question that carries one is a pitch. */
  commercial?: boolean;
  /** A real opening for the reader (a question, a reply, thanks…): a post with one does not lack an invitation. */
  opening?: boolean;
  /** Only a business writes this (a promo code, a prize to claim): the post is not a personal message. */
  business?: boolean;
  /**
   * A post that opens with it talks to one person (a reply): like a personal message, it needs more
   * pressure to count as a pitch ("@sam call us today and we will fix it" is support, not a sale).
   */
  oneToOne?: boolean;
  /** A call to action: a question answered by one in the next sentence is a pitch ("Hungry? Grab a slice today."). */
  callToAction?: boolean;
  /** A question that carries it asks the reader nothing (a hook); commercial rules count as rhetorical too. */
  rhetorical?: boolean;
  /** The lowest sensitivity at which the rule shows: 'standard' rules do not show in gentle mode. */
  level?: Sensitivity;
  /**
   * Where the phrases are tried: each sentence (the default), the first sentence only ('opening': a reply
   * starts with the name), or each sentence with the next ('sentence-pair': "Great shot! RT @sam").
   */
  scope?: 'sentence' | 'opening' | 'sentence-pair';
  /** A question is not a command ("Order pizza tonight?"): the rule skips sentences ending in "?". */
  notInQuestions?: boolean;
  phrases?: PhraseSpec[];
  /** Phrases that count only in a sentence that also has a word of the named vocabulary ("until Friday" next to an offer, not next to opening hours). */
  inContext?: { vocabulary: string; phrases: PhraseSpec[] };
  /**
   * Commands found with compromise's tagger: a clause that opens with one of `verbs` (tagged as a
   * base-form verb) in a sentence that has `pressure`. The tagger runs only where a cheap test finds both.
   */
  imperatives?: { verbs: string[]; pressure: string; fires: string[]; passes: string[] };
  check?: PostCheckName;
  replacement?: ReplacementStyle;
  /** Rewrites for Apply, tried in order before `replacement`. */
  rewrites?: RewriteSpec[];
  /** Whole-rule examples, the finding in [brackets]; post checks are proven by these. */
  examples: { fires: string[]; passes: string[] };
}
