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

/**
 * Where a phrase is anchored: at the start of the sentence, or at the start of a clause. Phrases that share
 * an anchor are scanned as `anchor(?:rest|rest…)`, so the anchor is tested once per place instead of once per
 * phrase, and a group anchored at the sentence start is tried at the start only.
 */
const ANCHORS = ['{commandStart}', '{clauseStart}', '{headline}', '^'] as const;

/**
 * The phrases as a few matchers: one per anchor and per case (the case-insensitive ones, and the ones about
 * case: JavaScript has no flag for case that applies to part of a pattern).
 */
export function alternations(phrases: readonly PhraseSpec[]): Matcher[] {
  type Compiled = { source: string; rest: string; business: boolean; unless?: string };
  const groups = new Map<string, { anchor: string; sensitive: boolean; list: Compiled[] }>();
  for (const phrase of phrases) {
    const { source, sensitive } = compileTemplate(phrase.phrase, phrase);
    // A phrase with words it must not follow starts with its own look-behind: it is scanned whole.
    const anchor = phrase.notAfter?.length ? undefined : ANCHORS.find((a) => phrase.phrase.startsWith(a) && phrase.phrase.length > a.length);
    const rest = anchor ? compileTemplate(phrase.phrase.slice(anchor.length).trimStart(), phrase).source : source;
    const key = `${anchor ?? ''}|${sensitive}`;
    const group = groups.get(key) ?? { anchor: anchor ?? '', sensitive, list: [] };
    group.list.push({ source, rest, business: phrase.business === true, unless: phrase.notWith });
    groups.set(key, group);
  }
  return [...groups.values()].map(({ anchor, sensitive, list }) => {
    const flags = sensitive ? '' : 'i';
    const lead = anchor ? compileTemplate(anchor).source : '';
    const rests = list.map((p) => p.rest);
    return {
      scan: new RegExp(list.length === 1 ? list[0]!.source : `${lead}(?:${rests.join('|')})`, `g${flags}`),
      phrases: list.length === 1 ? [] : list.map((p) => new RegExp(p.source, `y${flags}`)),
      business: list.some((p) => p.business) ? list.map((p) => p.business) : undefined,
      unless: list.some((p) => p.unless) ? list.map((p) => p.unless) : undefined,
    };
  });
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
