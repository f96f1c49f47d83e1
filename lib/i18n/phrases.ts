// Pure (no browser API): how the analyzer-side modules word what they say. Each keeps its English phrases
// in a table; the same tables are generated into locales/en.yml (scripts/locales.ts), and the pages pass a
// `Wording` that looks each key up in the browser's locale, falling back to the English.

/** A message: one text, or plural forms by count (1: one, n: the others, 0: optionally none). */
export type Phrase = string | { readonly 0?: string; readonly 1: string; readonly n: string };

export type Params = Readonly<Record<string, string | number>>;

/** Looks a key up; `english` is the phrase to use when there is no translation. */
export type Translate = (key: string, english: Phrase, params?: Params, count?: number) => string;

export interface Wording {
  translate: Translate;
  /** BCP 47 tag for dates and numbers. */
  locale: string;
}

/** Fills {name} placeholders, the locale files' named substitutions; unknown names stay as they are. */
export function fillPlaceholders(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : match));
}

/** The form of a plural message for `count`, the way @wxt-dev/i18n picks it from "one | other" or "zero | one | other". */
export function pluralForm(forms: readonly string[], count: number | undefined): string {
  if (count === undefined || forms.length === 1) return forms[0] ?? '';
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  return forms[count === 0 || count === 1 ? count : 2] ?? forms[forms.length - 1]!;
}

export const phraseForms = (phrase: Phrase): string[] => (typeof phrase === 'string' ? [phrase] : Object.values(phrase));

export function formatPhrase(phrase: Phrase, params: Params = {}, count?: number): string {
  return fillPlaceholders(pluralForm(phraseForms(phrase), count), count === undefined ? params : { count, ...params });
}

export const ENGLISH: Wording = {
  translate: (_key, english, params, count) => formatPhrase(english, params, count),
  locale: 'en-US',
};

/** A message key as Chrome stores it: only letters, digits and "_" ("rule.promo-code.name" → "rule_promo_code_name"). */
export function chromeMessageName(key: string): string {
  return key.replace(/\W/g, '_');
}

/** The locale files' key for a rule's text; rule ids may hold "-", which message names may not. */
export const ruleKey = (ruleId: string, field: 'name' | 'message' | 'advice' | 'habit'): string => `rule.${ruleId.replace(/-/g, '_')}.${field}`;
