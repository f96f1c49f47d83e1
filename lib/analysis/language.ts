// Function words are the cheapest reliable tell of a language; a few dozen per language is plenty for posts.
const ENGLISH = new Set(
  ('the a an and or but of to in on at for with from by is are was were be been it its this that these those you your we our us i my me he she they them their there here what which who how why when where do does did have has had not no yes will would can could should just so if about all any more new now get got out up ' +
    // everyday and shop-window words, so a terse "Last chance! Sale ends tonight, 20% off" still reads as English
    'off sale free shipping everything last chance ends tonight today tomorrow week day only shop buy order book call get grab now new best great love thanks thank please come see try'
  ).split(' '),
);
const OTHER = new Set([
  // Spanish, French, German, Portuguese, Italian, Dutch
  ...'el la los las de del y en que por para con una uno es son muy pero como más hoy nuevo nuevos nuestra nuestro tenemos ven está están'.split(' '),
  ...'le les des du et est une dans pour avec sur pas nous vous sont très mais aujourd nouveau nouvelle notre venez chez'.split(' '),
  ...'der die das und ist nicht mit für auf ein eine wir ihr sind sehr heute neue neuen unser unsere euch bei zum zur auch'.split(' '),
  ...'o os um uma não com para são muito hoje nossa nosso vocês também mais'.split(' '),
  ...'il gli della di che è sono molto oggi nostro nostra nuovi anche per con'.split(' '),
  ...'het een en van ik je jij wij zijn niet met voor op ook vandaag nieuwe onze'.split(' '),
]);
for (const w of ENGLISH) OTHER.delete(w);

const LATIN_WORD = /[a-zA-Z\u00c0-\u024f']+/g;
const LETTER = /\p{L}/gu;

/** The opening says what language a post is in; the last answer is kept, since a draft grows at its end. */
const SAMPLE = 1000;
let last: { sample: string; english: boolean } | null = null;

/** True when the text reads as English (or is too short to tell but written in Latin letters). */
export function looksEnglish(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (last?.sample === sample) return last.english;
  const english = judge(sample);
  last = { sample, english };
  return english;
}

/** Forgets the last answer (for cold measurements). */
export function forgetLanguage(): void {
  last = null;
}

function judge(sample: string): boolean {
  const withoutTags = sample.replace(/[#@][\p{L}\p{N}_]+|https?:\/\/\S+/gu, ' ');
  const letters = withoutTags.match(LETTER)?.length ?? 0;
  // Nothing but links and hashtags: no language to judge, and a link dump is still a habit worth naming.
  if (letters === 0) return withoutTags.length < sample.length && /[a-z]/i.test(sample);
  const words = withoutTags.match(LATIN_WORD) ?? [];
  const latinLetters = words.reduce((sum, w) => sum + w.length, 0);
  if (latinLetters < letters * 0.5) return false;
  let english = 0;
  let other = 0;
  for (const word of words) {
    const w = word.toLowerCase();
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  if (other >= 2 && other > english) return false;
  if (words.length >= 12 && english === 0) return false;
  return true;
}
