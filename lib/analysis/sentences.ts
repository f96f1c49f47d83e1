export interface Span {
  start: number;
  end: number;
}

/** Longest stretch analysed as one sentence: keeps the tagger's work linear on text with no punctuation. */
export const MAX_SENTENCE = 400;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;

/** Abbreviations whose full stop does not end a sentence ("Vol. 2", "Dr. Patel", "No. 5", "e.g. muffins"). */
const ABBREVIATIONS = new Set(['vol', 'no', 'nos', 'vs', 'ep', 'ch', 'pt', 'fig', 'approx', 'e.g', 'i.e', 'eg', 'ie', 'est', 'ref', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Titles, followed by a name: "Dr. Patel". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'jr', 'sr']);

/**
 * True when the "." at `dot` closes a known abbreviation and the sentence goes on: a title before a
 * capitalised name, any other abbreviation before a digit or a lowercase word ("Vol. 2", "e.g. muffins";
 * "See you in Jan. What…" still ends at "Jan.").
 */
function endsAbbreviation(text: string, dot: number): boolean {
  let next = dot + 1;
  while (next < text.length && next - dot < 4 && isSpace(text.charCodeAt(next))) next++;
  const after = text.charCodeAt(next);
  const digitOrLower = (after >= 48 && after <= 57) || (after >= 97 && after <= 122);
  const upper = after >= 65 && after <= 90;
  let from = dot;
  while (from > 0 && dot - from < 6) {
    const c = text.charCodeAt(from - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
    if (!letter) break;
    from--;
  }
  if (from === dot || (from > 0 && !isSpace(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 40)) return false;
  const word = text.slice(from, dot).toLowerCase();
  return (TITLES.has(word) && (upper || digitOrLower)) || (ABBREVIATIONS.has(word) && digitOrLower);
}

/**
 * Splits text into sentence spans (trimmed, never empty) in one linear pass. A sentence ends at a newline,
 * or at . ! ? … followed by white space or the end ("$59.99" and "x.com" stay whole).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    while (to - from > MAX_SENTENCE) {
      let cut = from + MAX_SENTENCE;
      const floor = from + MAX_SENTENCE / 2;
      while (cut > floor && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut <= floor) cut = from + MAX_SENTENCE;
      // never cut a surrogate pair in two
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut++;
      let end = cut;
      while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
      if (end > from) spans.push({ start: from, end });
      from = cut;
      while (from < to && isSpace(text.charCodeAt(from))) from++;
    }
    if (to > from) spans.push({ start: from, end: to });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(start, i);
      start = i + 1;
    } else if (isTerminal(c)) {
      let j = i + 1;
      while (j < n && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      // "Vol. 2", "Dr. Patel": an abbreviation's stop followed by more of the sentence.
      const abbreviation = c === 46 && j === i + 1 && j < n && endsAbbreviation(text, i);
      if ((j >= n || isSpace(text.charCodeAt(j))) && !abbreviation) {
        push(start, j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(start, n);
  return spans;
}

/** Index of the sentence containing `offset` (binary search), or -1 when it falls between sentences. */
export function sentenceIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
