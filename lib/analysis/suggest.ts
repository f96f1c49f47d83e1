import type { CompiledRule } from './compile';
import type { Suggestion } from './types';

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

/** What the finding's phrase needs to know to offer a fix. */
export interface SuggestionContext {
  phrase: string;
  droppable: boolean;
  /** The post's closing question, computed only when a rule asks for it. */
  question: () => string;
  /** True when the phrase is itself the sign-off another finding replaces with the question. */
  replacedElsewhere: boolean;
}

/** The suggestion a rule offers for one phrase: its rewrite, its replacement style, and its advice. */
export function suggestionFor({ rule, rewrites }: CompiledRule, ctx: SuggestionContext): Suggestion {
  const advice = rule.advice;
  for (const { from, to } of rewrites) {
    if (from.test(ctx.phrase)) return { replacement: keepCase(ctx.phrase, ctx.phrase.replace(from, `${to} `)), advice };
  }
  switch (rule.replacement) {
    case 'drop':
      return ctx.droppable ? { replacement: '', advice } : { advice };
    case 'replace-with-question': {
      const example = ctx.question();
      return { replacement: example, advice, example };
    }
    case 'append-question': {
      const example = ctx.question();
      return ctx.replacedElsewhere ? { advice, example } : { replacement: `${ctx.phrase} ${example}`, advice, example };
    }
    case 'trim-hashtags': {
      const tags = ctx.phrase.split(/\s+/).filter(Boolean);
      return tags.length > 2 ? { replacement: tags.slice(0, 2).join(' '), advice } : { advice };
    }
    default:
      return { advice };
  }
}
