import nlp from 'compromise/two';

const NOT_TOPICS = new Set(
  'we us our you your i me my they them it this that thing things today tonight tomorrow week weekend day days hour hours minute minutes time year years people everyone everybody anyone someone team folks friends guys link bio discount discounts off sale price prices code order orders shop store site page post blog customer customers line up lineup morning afternoon evening sidewalk news way lot lots bit part chance one ones something anything nothing all'.split(' '),
);

/** Singular of a common English plural, good enough for a question's head noun. */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * The post's main thing, as a singular noun: the noun compromise finds most often in the opening
 * sentences, plural mentions first ("cinnamon-raisin muffins … our muffin line up" gives "muffin").
 */
export function findTopic(text: string): string | null {
  const doc = nlp(text.length > 600 ? text.slice(0, 600) : text);
  const counts = new Map<string, number>();
  const terms = doc.match('#Noun').not('(#Pronoun|#Date|#Value|#Possessive|#Url|#HashTag|#AtMention|#Email|#Acronym|#ProperNoun)').terms().json() as { terms: { normal: string; tags: string[] }[] }[];
  for (const t of terms) {
    const term = t.terms[0];
    if (!term) continue;
    const word = term.normal.replace(/[^a-z-]/g, '').replace(/^-+|-+$/g, '');
    if (word.length < 3) continue;
    const base = term.tags.includes('Plural') ? singular(word) : word;
    if (NOT_TOPICS.has(base) || NOT_TOPICS.has(word)) continue;
    counts.set(base, (counts.get(base) ?? 0) + (term.tags.includes('Plural') ? 1.5 : 1));
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
    return topic ? `What would you love to see at the ${topic === 'event' ? 'event' : topic}?` : 'What would you love to see there?';
  }
  if (/\b(?:blog|article|podcast|episode|guide|report|video)\b/.test(lower)) {
    return topic ? `What's your take on ${topic}s?`.replace(/ss\?$/, 's?') : "What's your take?";
  }
  return topic ? `What's your favourite ${topic}?` : 'What do you think?';
}
