import nlp from 'compromise/two';

// The topic noun is found with compromise's own word knowledge, its lexicon (word → tag) and its suffix
// patterns for unknown words, read word by word. Running its tokenizer and tagger costs more than all the
// rules together on a short post, and the head noun of "What's your favourite …?" needs no more than this.
type Model = { one: { lexicon: Record<string, string | string[] | undefined> }; two: { suffixPatterns: (Record<string, string> | null)[] } };
const MODEL = nlp.model() as Model;
const LEXICON = MODEL.one.lexicon;
const SUFFIXES = MODEL.two.suffixPatterns;

const NOT_TOPICS = new Set(
  'we us our you your i me my they them it this that thing things today tonight tomorrow week weekend day days hour hours minute minutes time year years people everyone everybody anyone someone team folks friends guys link bio discount discounts off sale price prices code order orders shop store site page post blog customer customers line up lineup morning afternoon evening sidewalk news way lot lots bit part chance one ones something anything nothing all hey hi hello thanks please yes ok okay bye dm dms rt via pm am lol omg end start beginning middle rest couple handful dollar dollars quid rate fall switch experience feedback here there psa less more'.split(
    ' ',
  ),
);
const NOUN = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor']);
const VERB = new Set(['Infinitive', 'PresentTense', 'PhrasalVerb']);
/** Words after which a word is a verb ("to help", "it jumps", "we ship"), and words that follow a verb ("treat yourself", "book the table"). */
const VERB_AFTER = new Set("to will would can could should must may might it he she they we i you don't doesn't didn't won't please".split(' '));
const OBJECTS = new Set('the a an our your my their his her its it them us you me him yourself yourselves this these those'.split(' '));
/** Words that say when: after "menu drops" or "branch reopens" they show the -s word is the verb. */
const WHEN = new Set('monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow soon now on at in after before this next every'.split(' '));
/** After a sentence's first word, words that make it a command: "Swipe to see", "Check out", "Mix and match". */
const OPENING_VERB_NEXT = new Set('to and out up in on by over'.split(' '));
/** Words after which a word that may be a verb is a noun: "our shop", "the guide", "a new flavour". */
const DETERMINERS = new Set('a an the our your my their his her its this these that those each every some any more new fresh first next last best favourite favorite'.split(' '));

/** Singular of a common English plural, good enough for a question's head noun ("loaves" → "loaf" when the lexicon knows it). */
export function singular(word: string): string {
  if (/ves$/.test(word)) {
    const stem = word.slice(0, -3);
    for (const candidate of [`${stem}f`, `${stem}fe`]) if (LEXICON[candidate] !== undefined) return candidate;
  }
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** compromise's tags for a word: the lexicon's, or for an unknown word its suffix guess, or a noun. */
function tagsOf(word: string): string[] {
  const known = LEXICON[word];
  if (known !== undefined) return Array.isArray(known) ? known : [known];
  if (/[^su]s$/.test(word)) {
    // An -s word compromise does not know: the plural of a noun, or a verb ("disappears") when its stem is one.
    const base = LEXICON[singular(word)];
    const tags = base === undefined ? [] : Array.isArray(base) ? base : [base];
    return tags.some((t) => VERB.has(t)) && !tags.some((t) => NOUN.has(t)) ? ['PresentTense'] : ['Plural'];
  }
  for (let n = Math.min(7, word.length - 1); n >= 2; n--) {
    const guess = SUFFIXES[n]?.[word.slice(-n)];
    if (guess) return [guess];
  }
  return ['Noun'];
}

// Words (with inner hyphens or apostrophes); links, hashtags, mentions and sentence ends break the flow.
const TOKEN = /(?:https?:\/\/|www\.)\S+|[#@][\w.]+|(?<![\w.-])[\w-]+\.(?:com|co|io|ly|net|org|shop|store|app)\b\S*|([.!?\n:;,()"])|([A-Za-z\u00C0-\u024F]+(?:[-'’][A-Za-z\u00C0-\u024F]+)*)/g;

interface Word {
  text: string;
  lower: string;
  tags: string[];
  /** First word of a sentence. */
  opens: boolean;
  /** The word after it directly, without punctuation between. */
  next?: Word;
  before?: Word;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let opens = true;
  let joined = false;
  for (const m of text.matchAll(TOKEN)) {
    if (m[2] === undefined) {
      opens = m[1] !== undefined && /[.!?\n]/.test(m[1]) ? true : opens;
      joined = false;
      continue;
    }
    const lower = m[2].toLowerCase();
    const word: Word = { text: m[2], lower, tags: tagsOf(lower), opens };
    const last = out[out.length - 1];
    if (joined && last) {
      last.next = word;
      word.before = last;
    }
    out.push(word);
    opens = false;
    joined = true;
  }
  return out;
}

const isNoun = (w: Word | undefined) => w !== undefined && w.tags.some((t) => NOUN.has(t));

/**
 * The post's main thing, as a singular noun: the noun that comes up most often in the opening, plural
 * mentions first ("cinnamon-raisin muffins … our muffin line up" gives "muffin"). Only a clean lowercase
 * word counts, so the question never carries a name, a hashtag or two words run together ("muffinsdm").
 */
export function findTopic(text: string): string | null {
  const counts = new Map<string, number>();
  for (const w of words(text.length > 600 ? text.slice(0, 600) : text)) {
    // A capital inside a sentence is a name ("Priya", "The Guardian"), not a topic.
    if ((!w.opens && /^[A-Z\u00C0-\u00DE]/.test(w.text)) || /[-'’]/.test(w.text) || w.lower.length < 3 || NOT_TOPICS.has(w.lower)) continue;
    const determined = w.before !== undefined && (DETERMINERS.has(w.before.lower) || /^\d/.test(w.before.text) || w.before.tags.includes('Adjective'));
    // "reopens Monday" after "branch", "drops monday" after "menu": an -s verb after a noun is its verb.
    const verb =
      !determined &&
      ((w.before !== undefined && VERB_AFTER.has(w.before.lower)) ||
        (w.next !== undefined && (OBJECTS.has(w.next.lower) || (w.opens && OPENING_VERB_NEXT.has(w.next.lower)))) ||
        (/[^s]s$/.test(w.lower) &&
          w.before !== undefined &&
          (isNoun(w.before) || /^[A-Z]/.test(w.before.text)) &&
          (!w.tags.includes('Plural') || (w.next !== undefined && WHEN.has(w.next.lower)))));
    const noun = !verb && (isNoun(w) || (determined && w.tags.some((t) => VERB.has(t)) && !w.tags.includes('PastTense')));
    // In "winter coats" the thing is the coat: a noun right before another noun only describes it.
    if (!noun || (isNoun(w.next) && !NOT_TOPICS.has(w.next!.lower))) continue;
    const plural = w.tags.includes('Plural') || (w.tags.some((t) => VERB.has(t)) && /[^s]s$/.test(w.lower));
    const base = plural ? singular(w.lower) : w.lower;
    if (NOT_TOPICS.has(base) || base.length < 3) continue;
    counts.set(base, (counts.get(base) ?? 0) + (plural ? 1.5 : 1) + (determined ? 0.25 : 0));
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [word, count] of counts) {
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

/** A concrete question to end on, built from the post's topic: the muffin story gives "What's your favourite muffin?". */
export function questionFor(text: string): string {
  const lower = text.toLowerCase();
  const topic = findTopic(text);
  if (/\bhiring\b|\bjoin (?:our|the) team\b|\bopen roles?\b/.test(lower)) return 'What made your best workplace great?';
  if (/\b(?:webinar|event|meetup|workshop|conference|festival|market|fair|launch party)\b/.test(lower)) {
    return topic ? `What would you love to see at the ${topic}?` : 'What would you love to see there?';
  }
  if (/\b(?:blog|article|podcast|episode|guide|report|video)\b/.test(lower)) {
    return topic ? `What's your take on ${topic.endsWith('s') ? topic : `${topic}s`}?` : "What's your take?";
  }
  return topic ? `What's your favourite ${topic}?` : 'What do you think?';
}
