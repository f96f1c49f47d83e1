import nlp from 'compromise/two';

// The topic noun is found with compromise's lexicon (a word → tag table) and a few of its own suffix
// clues, word by word, instead of running the tagger: the tagger costs more than the rest of the analyzer
// on a short post, and a head noun for "What's your favourite …?" needs no more than this.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor']);
/** Words that may be nouns or verbs ("shop", "guide", "flavour"): nouns after a determiner or an adjective. */
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PhrasalVerb']);
const DETERMINERS = new Set('a an the our your my their his her its this these that those new fresh each every some any more favourite favorite first next last best'.split(' '));

const NOT_TOPICS = new Set(
  'we us our you your i me my they them it this that thing things today tonight tomorrow week weekend day days hour hours minute minutes time year years people everyone everybody anyone someone team folks friends guys link bio discount discounts off sale price prices code order orders shop store site page post blog customer customers line up lineup morning afternoon evening sidewalk news way lot lots bit part chance one ones something anything nothing all hey hi hello thanks thank please yes no ok okay bye dm dms rt via pm am lol omg new'.split(
    ' ',
  ),
);

const tagsOf = (word: string): string[] => {
  const t = LEXICON[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};

/** Singular of a common English plural, good enough for a question's head noun. */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Suffixes of words that are rarely the thing a post is about (adverbs, gerunds, past tenses, adjectives). */
const NOT_NOUN_SUFFIX = /(?:ly|ing|ed|ous|ful|ive|able|ible|ish|less|est|ic|al)$/;

/** The noun a word stands for, or null: `plural` when it is a plural. */
function nounOf(word: string, before: string | undefined): { base: string; plural: boolean } | null {
  const tags = tagsOf(word);
  const determined = before !== undefined && (DETERMINERS.has(before) || tagsOf(before).includes('Adjective'));
  const noun = (w: string) => {
    const t = tagsOf(w);
    if (t.length === 0) return NOT_NOUN_SUFFIX.test(w) ? (determined ? 'noun' : null) : 'noun';
    if (t.some((x) => NOUN_TAGS.has(x))) return 'noun';
    return t.some((x) => VERB_TAGS.has(x)) && determined ? 'noun' : null;
  };
  if (tags.includes('Plural')) return { base: singular(word), plural: true };
  if (tags.length === 0 && /[^su]s$/.test(word)) {
    const base = singular(word);
    return noun(base) ? { base, plural: true } : null;
  }
  return noun(word) ? { base: word, plural: false } : null;
}

// A clean word: letters, inner hyphens or apostrophes; hashtags, mentions and web addresses are not words here.
const TOKEN = /(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_]+|\S*\.(?:com|co|io|ly|net|org|shop|store|app)\S*|(\p{L}+(?:[-'’]\p{L}+)*)/gu;

/**
 * The post's main thing, as a singular noun: the noun that comes up most often in the opening, plural
 * mentions first ("cinnamon-raisin muffins … our muffin line up" gives "muffin"). Only whole lowercase
 * words count, so the question never carries a name, a hashtag or two words run together.
 */
export function findTopic(text: string): string | null {
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  const counts = new Map<string, number>();
  let previous: string | undefined;
  for (const m of sample.matchAll(TOKEN)) {
    const raw = m[1];
    if (raw === undefined) {
      previous = undefined;
      continue;
    }
    const word = raw.toLowerCase().replace(/[’']s$/, '');
    const before = previous;
    previous = word;
    // A capital in the middle of a sentence is a name ("Grandma Rosa", "Leeds"), not a topic.
    const startsSentence = m.index === 0 || /[.!?\n]\s*$/.test(sample.slice(Math.max(0, m.index - 3), m.index));
    if (/^\p{Lu}/u.test(raw) && !startsSentence) continue;
    if (/\p{Lu}/u.test(raw.slice(1)) || raw.includes("'") || raw.includes('’') || word.length < 3 || !/^[a-z-]+$/.test(word)) continue;
    if (NOT_TOPICS.has(word)) continue;
    const noun = nounOf(word, before);
    if (!noun || NOT_TOPICS.has(noun.base)) continue;
    counts.set(noun.base, (counts.get(noun.base) ?? 0) + (noun.plural ? 1.5 : 1));
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
