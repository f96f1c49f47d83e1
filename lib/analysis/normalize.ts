/**
 * Makes text easier to match without changing its length, so offsets found in the result are offsets
 * in the original: curly quotes become straight ones, and the odd spaces editors leave become plain spaces.
 */
export function normalizeForMatching(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u00a0\u202f\u2000-\u200a\u3000]/g, ' ');
}
