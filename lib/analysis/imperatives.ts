import nlp from 'compromise/two';
import type { RuleSpec } from './types';
import type { RawHit } from './match';

/**
 * Clause-initial commands found with compromise's tagger: a base-form verb that opens a clause
 * ("Treat your mum today", "Swing by before it's gone"). The tagger runs only on sentences that already
 * carry the rule's time pressure (`verbsWith`), so most text never pays for a parse.
 */
export function findImperatives(rule: RuleSpec, sentence: string): RawHit[] {
  if (!rule.verbs || !rule.verbsWith) return [];
  const pressure = rule.verbsWith.exec(sentence);
  if (!pressure) return [];
  const verbs = new Set(rule.verbs);
  const doc = nlp(sentence);
  const hits: RawHit[] = [];
  type Term = { text: string; normal: string; tags: string[]; pre: string; post: string; offset?: { start: number; length: number } };
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  for (const s of sentences) {
    let clauseStart = true;
    for (const term of s.terms) {
      const tags = new Set(term.tags);
      const word = term.normal.replace(/[^a-z]/g, '');
      if (
        clauseStart &&
        verbs.has(word) &&
        (tags.has('Infinitive') || tags.has('Imperative')) &&
        !tags.has('Modal') &&
        term.offset
      ) {
        const start = term.offset.start;
        const pressureEnd = pressure.index + pressure[0].length;
        const end = pressure.index >= start && pressure.index - start < 80 ? pressureEnd : start + term.offset.length;
        hits.push({ rule: rule.id, start, end });
      }
      const post = term.post ?? '';
      clauseStart =
        /[,;:.!?—–-]/.test(post) ||
        word === 'and' ||
        word === 'so' ||
        word === 'then' ||
        (clauseStart && (word === 'just' || word === 'please' || word === '' || /\p{Extended_Pictographic}/u.test(term.text)));
    }
  }
  return hits;
}
