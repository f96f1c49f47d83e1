// Tells a file cut off in the middle (an interrupted download, a partial copy) from a file that is not JSON
// at all: engines word JSON.parse's errors differently, so the text is scanned here instead.

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?\d*(?:\.\d*)?(?:e[+-]?\d*)?/iy;
const COMPLETE_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const NUMBER_START = /^-?(?:(?:0|[1-9]\d*)(?:\.\d*|(?:\.\d+)?e[+-]?\d*)?)?$/i;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Where a string starting at `start` (its opening quote) ends: the index after its closing quote, 'end' or 'invalid'. */
function scanString(text: string, start: number): number | 'end' | 'invalid' {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c < ' ') return 'invalid';
    if (c === '\\') {
      const escape = text[i + 1];
      if (escape === undefined) return 'end';
      if (escape === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-f]*$/i.test(hex)) return 'invalid';
        if (hex.length < 4) return 'end';
        i += 6;
        continue;
      }
      if (!ESCAPES.has(escape)) return 'invalid';
      i += 2;
      continue;
    }
    i++;
  }
  return 'end';
}

/**
 * True when `text` is not a whole JSON document but everything in it is valid JSON that the end of the
 * text interrupts: an open object, list or string, or a half-written number or word.
 */
export function isCutOffJson(text: string): boolean {
  const stack: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  let started = false;
  while (true) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) return started && (stack.length > 0 || expect !== 'after-value');
    const c = text[i]!;
    started = true;
    if (expect === 'first-key' || expect === 'first-value') {
      if (c === (expect === 'first-key' ? '}' : ']')) {
        stack.pop();
        i++;
        expect = 'after-value';
        continue;
      }
      expect = expect === 'first-key' ? 'key' : 'value';
    }
    switch (expect) {
      case 'key': {
        if (c !== '"') return false;
        const end = scanString(text, i);
        if (end === 'end') return true;
        if (end === 'invalid') return false;
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return false;
        i++;
        expect = 'value';
        break;
      case 'after-value': {
        const container = stack[stack.length - 1];
        if (!container) return false;
        if (c === ',') expect = container === 'object' ? 'key' : 'value';
        else if (c === (container === 'object' ? '}' : ']')) stack.pop();
        else return false;
        i++;
        break;
      }
      default: {
        if (c === '{' || c === '[') {
          stack.push(c === '{' ? 'object' : 'array');
          expect = c === '{' ? 'first-key' : 'first-value';
          i++;
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end === 'end') return true;
          if (end === 'invalid') return false;
          i = end;
          expect = 'after-value';
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const number = NUMBER.exec(text)![0];
          i += number.length;
          // A number the text ends in may be half written ("1.", "2e"); anywhere else it must be whole.
          if (i >= text.length) return NUMBER_START.test(number);
          if (!COMPLETE_NUMBER.test(number)) return false;
          expect = 'after-value';
        } else {
          const rest = text.slice(i, i + 5);
          const literal = LITERALS.find((word) => rest.startsWith(word));
          if (literal) {
            i += literal.length;
            expect = 'after-value';
          } else {
            return LITERALS.some((word) => word.startsWith(rest) && i + rest.length >= text.length);
          }
        }
      }
    }
  }
}
