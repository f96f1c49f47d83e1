import type { RuleSpec, Suggestion } from './types';

const OPENS_WITH_PREPOSITION = /^(?:within|before|until|till|by|for|while|at|on|in|with|from|during|only)\b/i;

/**
 * Whether dropping text.slice(start, end) leaves the sentence standing: the phrase is the whole sentence,
 * opens with a preposition ("within the next two hours"), or sits between commas or dashes.
 */
export function canDrop(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const phrase = text.slice(start, end);
  const before = text.slice(sentenceStart, start).trim();
  const after = text.slice(end, sentenceEnd).replace(/^[\s.!?…]+/, '').trim();
  if (before === '' && after === '') return true;
  if (OPENS_WITH_PREPOSITION.test(phrase) && before !== '') return true;
  return /[,–—:(-]\s*$/.test(text.slice(sentenceStart, start)) && /^\s*(?:[,–—).!?-]|$)/.test(text.slice(end, sentenceEnd));
}

function keepCase(original: string, replacement: string): string {
  if (replacement === '' || !/^[A-Z]/.test(original)) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

/** The suggestion a rule offers for one phrase: a rewrite or a clean removal where there is one, and the advice. */
export function suggestionFor(rule: RuleSpec, phrase: string, droppable: boolean): Suggestion {
  for (const [pattern, rewrite] of rule.rewrites ?? []) {
    if (pattern.test(phrase)) return { replacement: keepCase(phrase, phrase.replace(pattern, rewrite)), advice: rule.advice };
  }
  if (rule.replacement !== undefined && (rule.replacement !== '' || droppable)) return { replacement: rule.replacement, advice: rule.advice };
  return { advice: rule.advice };
}
