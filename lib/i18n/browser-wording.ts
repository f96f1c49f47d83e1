// The pages' and the background's side of lib/i18n/phrases: messages from the browser's locale (the
// extension's _locales), falling back to the English the data carries when a locale lacks a key.
import { browser } from 'wxt/browser';
import { chromeMessageName, fillPlaceholders, formatPhrase, pluralForm, ruleKey, type Params, type Translate, type Wording } from './phrases';

function message(key: string): string {
  try {
    // Keys built at run time (rule ids, report phrases) are not in the generated key type.
    return (browser.i18n.getMessage as (name: string) => string)(chromeMessageName(key));
  } catch {
    return ''; // No i18n API (unit tests with fakeBrowser): the English stands.
  }
}

export const translate: Translate = (key, english, params: Params = {}, count) => {
  const found = message(key);
  if (!found) return formatPhrase(english, params, count);
  // Plural messages arrive from browser.i18n as "one | other", the way @wxt-dev/i18n stores them.
  return fillPlaceholders(pluralForm(found.split(' | '), count), count === undefined ? params : { count, ...params });
};

export const browserWording: Wording = {
  translate,
  get locale() {
    return message('lang') || 'en';
  },
};

/** A rule's name, message or advice in the browser's language; `english` is the rule data's own text. */
export const ruleText = (ruleId: string, field: 'name' | 'message' | 'advice', english: string): string => translate(ruleKey(ruleId, field), english);
