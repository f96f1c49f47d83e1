export interface RawHit {
  rule: string;
  start: number;
  end: number;
  /** Found by a phrase only a business writes (a store named, a members' pre-sale). */
  business?: boolean;
  /** Found only by phrases that do not count in a post with a word of this vocabulary (PhraseSpec.notWith). */
  unless?: string;
}

const LEAD = /^[\s.!?:;,\-–—→•|()"\p{Extended_Pictographic}\uFE0F\u200D]+/u;

/** Trims the clause punctuation a pattern needed for context, keeping the words a reader would point at. */
export function trimHit(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  const lead = LEAD.exec(slice);
  if (lead && lead[0].length < slice.length && /[\p{L}\p{N}]/u.test(slice.slice(lead[0].length))) start += lead[0].length;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/** Phrase matchers: a scanning alternation, and the phrases one by one to find the longest match where it hits. */
export interface PhraseMatcher {
  scan: RegExp;
  phrases: readonly RegExp[];
  /** Per phrase (or for the single phrase of `scan`): only a business writes it. */
  business?: readonly boolean[];
  /** Per phrase: the vocabulary that cancels it in a post (PhraseSpec.notWith). */
  unless?: readonly (string | undefined)[];
}

/**
 * Every match of the matchers in `text`, as trimmed spans with overlaps merged: the union of what each
 * phrase matches on its own. The scan finds each place where some phrase matches; only there are the
 * phrases tried one by one (sticky, at that place), and the scan goes on from the next character, so a
 * phrase that starts inside another's match is found too.
 */
export function matchAll(rule: string, matchers: readonly PhraseMatcher[], text: string, into: RawHit[] = []): RawHit[] {
  // Most sentences match nothing: the bookkeeping is made only once something does.
  let spans: [number, number][] | null = null;
  let business: [number, number][] | null = null;
  // Spans that only phrases with a `notWith` found, and its vocabulary: a hit that overlaps any other span always counts.
  let guarded: Map<[number, number], string> | null = null;
  for (let k = 0; k < matchers.length; k++) {
    const { scan, phrases, business: flags, unless } = matchers[k]!;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(text)) !== null) {
      const at = m.index;
      let length = m[0].length;
      let byBusiness = phrases.length === 0 && flags?.[0] === true;
      let guard = phrases.length === 0 ? unless?.[0] : undefined;
      let free = phrases.length === 0 && guard === undefined;
      for (let i = 0; i < phrases.length; i++) {
        const phrase = phrases[i]!;
        phrase.lastIndex = at;
        const p = phrase.exec(text);
        if (!p) continue;
        if (p[0].length > length) length = p[0].length;
        if (flags?.[i]) byBusiness = true;
        const vocabulary = unless?.[i];
        if (vocabulary) guard = vocabulary;
        else free = true;
      }
      if (length > 0) {
        const span = trimHit(text, at, at + length);
        (spans ??= []).push(span);
        if (byBusiness) (business ??= []).push(span);
        if (!free && guard) (guarded ??= new Map()).set(span, guard);
      }
      scan.lastIndex = at + 1;
    }
  }
  if (spans === null) return into;
  // Merged from copies: the spans themselves stay as found, for the checks below.
  for (const [start, end] of mergeSpans(spans.map(([s, e]) => [s, e]))) {
    const hit: RawHit = { rule, start, end };
    if (business) for (const [s, e] of business) if (s < end && e > start) hit.business = true;
    if (guarded) {
      let guardedOnly = true;
      for (const span of spans) {
        if (span[0] >= end || span[1] <= start) continue;
        const vocabulary = guarded.get(span);
        if (vocabulary) hit.unless = vocabulary;
        else guardedOnly = false;
      }
      if (!guardedOnly) delete hit.unless;
    }
    into.push(hit);
  }
  return into;
}

/** A short stretch in quotes: 'last chance' emails, the "only 2 left" banner. */
const QUOTED = /(?<![\p{L}\p{N}])(['"])(?=[\p{L}\p{N}])[^'"\n]{1,60}\1(?![\p{L}\p{N}])/gu;

/**
 * Spans of `text` in quotes. A pushy phrase in quotes is being talked about, not used on the reader
 * ("anyone else find that 'last chance' emails put them off?").
 */
export function quotedSpans(text: string): [number, number][] {
  if (!text.includes("'") && !text.includes('"')) return [];
  const spans: [number, number][] = [];
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function mergeSpans(spans: [number, number][]): [number, number][] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [spans[0]!];
  for (let i = 1; i < spans.length; i++) {
    const last = out[out.length - 1]!;
    const cur = spans[i]!;
    if (cur[0] < last[1]) last[1] = Math.max(last[1], cur[1]);
    else out.push(cur);
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A user's phrase as a pattern: case-insensitive, flexible spaces, whole words where it starts or ends with one. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().replace(/[\u2018\u2019]/g, "'").split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join('\\s+');
  const lead = /^[\p{L}\p{N}_]/u.test(words[0]!) ? '(?<![\\p{L}\\p{N}_])' : '';
  const trail = /[\p{L}\p{N}_]$/u.test(words[words.length - 1]!) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(lead + body + trail, 'giu');
}
