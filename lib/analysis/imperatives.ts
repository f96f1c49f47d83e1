import nlp from 'compromise/two';
import type { CompiledRule } from './compile';
import type { RawHit } from './match';

type Term = { text: string; normal: string; tags: string[]; pre: string; post: string; offset?: { start: number; length: number } };

/**
 * Clause-initial commands found with compromise's tagger: a base-form verb that opens a clause
 * ("Treat your mum today", "Swing by before it's gone"). The tagger is the expensive part of the analyzer,
 * so it runs only on a sentence where a cheap test finds the rule's time pressure and a listed verb at a
 * clause opening that the rule's phrases have not already flagged; the tagger then says whether that word
 * is a command ("Book club today" is not).
 */
export function findImperatives(compiled: CompiledRule, sentence: string, found: readonly RawHit[]): RawHit[] {
  const spec = compiled.imperatives;
  if (!spec) return [];
  const pressure = spec.pressure.exec(sentence);
  if (!pressure) return [];
  spec.gate.lastIndex = 0;
  let open = false;
  for (let m = spec.gate.exec(sentence); m && !open; m = spec.gate.exec(sentence)) {
    const at = m.index + m[0].length - 1;
    open = !found.some((f) => f.start <= at && at < f.end);
  }
  if (!open) return [];
  const hits: RawHit[] = [];
  const sentences = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  for (const s of sentences) {
    let clauseStart = true;
    for (const term of s.terms) {
      const tags = new Set(term.tags);
      const word = term.normal.replace(/[^a-z]/g, '');
      if (clauseStart && spec.verbs.has(word) && (tags.has('Infinitive') || tags.has('Imperative')) && !tags.has('Modal') && term.offset) {
        const start = term.offset.start;
        const pressureEnd = pressure.index + pressure[0].length;
        const end = pressure.index >= start && pressure.index - start < 80 ? pressureEnd : start + term.offset.length;
        hits.push({ rule: compiled.rule.id, start, end });
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
