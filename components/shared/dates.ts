import { browserWording } from '@/lib/i18n/browser-wording';

let formatter: Intl.DateTimeFormat | null = null;

/** "Nov 16" for a UTC day, in the language of the messages (not the browser's, which may have no translation). */
export function shortDate(ms: number): string {
  formatter ??= new Intl.DateTimeFormat(browserWording.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return formatter.format(ms);
}
