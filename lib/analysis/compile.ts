// The one factory that turns rule data into matchers: every phrase of a rule is compiled from its
// template and joined into a single alternation, run once over each sentence (write-good's shape: the cost
// grows with the text, not with the number of phrases).
import { compileTemplate } from './template';
import { PICTOGRAPH, type VocabularyName } from './rules/vocabulary';
import type { PhraseSpec, RuleSpec } from './types';

/**
 * A rule's phrases as one alternation that scans the text, and the same phrases one by one, tried only
 * where the scan found something: an alternation stops at the first phrase that matches at a place, and
 * the finding should cover the longest ("Grab a bag while you still can", not "Grab a").
 */
export interface Matcher {
  scan: RegExp;
  phrases: RegExp[];
  /** Per phrase: only a business writes it (see PhraseSpec.business). */
  business?: boolean[];
  /** Per phrase: the vocabulary whose presence in the post cancels it (see PhraseSpec.notWith). */
  unless?: (string | undefined)[];
}

export interface CompiledRule {
  rule: RuleSpec;
  /**
   * The rule's phrases as one matcher, split in two only where some phrases are about case (a code in
   * capitals): JavaScript has no flag for case that applies to part of a pattern.
   */
  matchers: Matcher[];
  /** Phrases that count only when `test` finds the rule's context vocabulary in the same sentence. */
  context?: { test: RegExp; matchers: Matcher[] };
  /** The cheap test that decides whether compromise's tagger is worth running on a sentence. */
  imperatives?: { gate: RegExp; pressure: RegExp; verbs: ReadonlySet<string> };
  rewrites: { from: RegExp; to: string }[];
}

/** The compiled form of one phrase on its own (the tests check each phrase against its examples). */
export function phraseRegExp(phrase: PhraseSpec): RegExp {
  const { source, sensitive } = compileTemplate(phrase.phrase, phrase);
  return new RegExp(source, sensitive ? 'g' : 'gi');
}

/** The phrases as at most two matchers: the case-insensitive ones, and the ones about case. */
export function alternations(phrases: readonly PhraseSpec[]): Matcher[] {
  type Compiled = { source: string; business: boolean; unless?: string };
  const anyCase: Compiled[] = [];
  const byCase: Compiled[] = [];
  for (const phrase of phrases) {
    const { source, sensitive } = compileTemplate(phrase.phrase, phrase);
    (sensitive ? byCase : anyCase).push({ source, business: phrase.business === true, unless: phrase.notWith });
  }
  const matcher = (list: Compiled[], flags: string): Matcher => {
    const sources = list.map((p) => p.source);
    return {
      scan: new RegExp(sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`, `g${flags}`),
      phrases: sources.length === 1 ? [] : sources.map((s) => new RegExp(s, `y${flags}`)),
      business: list.some((p) => p.business) ? list.map((p) => p.business) : undefined,
      unless: list.some((p) => p.unless) ? list.map((p) => p.unless) : undefined,
    };
  };
  const out: Matcher[] = [];
  if (anyCase.length) out.push(matcher(anyCase, 'i'));
  if (byCase.length) out.push(matcher(byCase, ''));
  return out;
}

/** A vocabulary as a test for its presence anywhere in a sentence. */
export function vocabularyTest(name: VocabularyName): RegExp {
  return new RegExp(compileTemplate(`{${name}}`).source, 'i');
}

// A clause opens at the sentence start, after punctuation or an emoji, or after "and", "so", "then";
// "just" and "please" may come before the verb.
const CLAUSE_OPENING = `(?<=^\\s{0,3}|(?:[,;:.!?—–-]|${PICTOGRAPH})\\s{0,3}|\\b(?:and|so|then)\\s{1,3})(?:(?:just|please)\\s+)?`;

export function compileRule(rule: RuleSpec): CompiledRule {
  const compiled: CompiledRule = { rule, matchers: alternations(rule.phrases ?? []), rewrites: [] };
  if (rule.inContext) {
    compiled.context = { test: vocabularyTest(rule.inContext.vocabulary as VocabularyName), matchers: alternations(rule.inContext.phrases) };
  }
  if (rule.imperatives) {
    const { verbs, pressure } = rule.imperatives;
    compiled.imperatives = {
      gate: new RegExp(`${CLAUSE_OPENING}(?:${verbs.join('|')})\\b`, 'gi'),
      pressure: new RegExp(compileTemplate(pressure).source, 'i'),
      verbs: new Set(verbs),
    };
  }
  for (const { from, to } of rule.rewrites ?? []) compiled.rewrites.push({ from: new RegExp(`^${compileTemplate(from).source}\\s+`, 'i'), to });
  return compiled;
}
