import { describe, expect, it } from 'vitest';
import { analyzePost, clearAnalysisCache } from '../../../lib/analysis';

// A small seeded generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Shop now', ' 50% off', ' $19.99', ' only 3 left', ' use code SAVE10', ' Bye.', ' we are proud to announce', ' What do you think?',
  ' #sale', ' @dana', ' https://x.co/a', '!!!', ' HUGE', '\n', '. ', '? ', ' ', ' ',
  '👩‍👩‍👧‍👦', '🧁', '🇫🇷', '\u200b', '\u200d', '\u200e', '\u202e', '\ufeff', '\u00a0', 'مرحبا بكم', 'שלום', '日本語', 'ñandú',
  '\ud800', '\udfff', 'e\u0301', '’', '“', '\t', '\r\n', '$', '%', '@', '#', '(', ')', '*', '\\', '[', ']',
];

function fuzzText(rand: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(rand() * PIECES.length)]!;
  return out;
}

function expectValid(text: string) {
  const result = analyzePost(text);
  expect(['conversation', 'broadcast', 'hard-sell', 'none']).toContain(result.verdict);
  for (const value of Object.values(result.scores)) expect(Number.isFinite(value)).toBe(true);
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
  }
  return result;
}

describe('bad and strange input', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\t\u00a0 '],
    ['only emoji', '🧁🧁👩‍🍳🎉'],
    ['zero-width', '\u200b\u200c\u200d\ufeff'],
    ['lone surrogates', '\ud800 shop now \udc00 50% off \ud83d'],
    ['right-to-left', 'مرحبا! Shop now, 50% off מבצע'],
    ['100,000 characters', 'Only 3 left! Shop now. '.repeat(4350)],
    ['one 100,000-character word', 'a'.repeat(100_000)],
    ['NUL and controls', 'Shop\u0000 now\u0007 50% off\u001b'],
  ])('%s: never throws, offsets valid', (_name, text) => {
    expectValid(text);
  });

  it('survives 500 random posts of emoji, scripts, controls and sales words', () => {
    const rand = random(42);
    for (let i = 0; i < 500; i++) expectValid(fuzzText(rand, 1 + Math.floor(rand() * 60)));
  });

  it('tolerates a non-string from a careless caller', () => {
    expect(analyzePost(undefined as unknown as string).verdict).toBe('none');
    expect(analyzePost(42 as unknown as string).verdict).toBe('none');
  });

  // Catastrophic regex backtracking grows exponentially; linear work grows 10× for 10× the text.
  // The bound is loose on purpose (noise on a shared machine): it catches blow-ups, not slowness.
  it.each([
    ['spaces', ' '.repeat(2_000)],
    ['exclamations', '!'.repeat(2_000)],
    ['capitals', 'HUGE '.repeat(400)],
    ['digits and commas', '$1,'.repeat(700)],
    ['hashtags', '#a '.repeat(700)],
    ['dollar words', 'only $5 left '.repeat(160)],
    ['unfinished url', 'https://' + 'a.'.repeat(1000)],
    ['mentions', '@a '.repeat(700)],
  ])('time stays linear on %s', (_name, unit) => {
    // The quickest of three runs: a garbage collection or a busy neighbour on a shared machine only slows one.
    const time = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          clearAnalysisCache();
          const t0 = performance.now();
          analyzePost(text);
          return performance.now() - t0;
        }),
      );
    time(unit); // warm up
    const small = Math.max(time(unit), 0.5);
    const large = time(unit.repeat(10));
    expect(large / small).toBeLessThan(60);
  });
});
