// The English messages as the browser gets them (locales/en.yml through @wxt-dev/i18n's build step), and a
// browser.i18n.getMessage over them, so unit tests see the same text the extension shows.
import { resolve } from 'node:path';
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';

// From the project root (vitest's): jsdom test files have no file: import.meta.url.
export const EN_YML = resolve(process.cwd(), 'locales/en.yml');

export type ChromeMessages = Record<string, { message: string }>;

export async function loadEnMessages(): Promise<ChromeMessages> {
  return JSON.parse(generateChromeMessagesText(await parseMessagesFile(EN_YML))) as ChromeMessages;
}

/** browser.i18n.getMessage's rules: '' for an unknown name, $1–$9 from the substitutions, "$$" for "$". */
export function getMessageFrom(messages: ChromeMessages, name: string, substitutions?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([$1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}
