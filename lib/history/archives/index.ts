// Readers of the platforms' own archives: pure parsing, no analysis (that runs in the background, see
// analyze.ts), so the options page that reads the files does not carry the analyzer.
import { parseLinkedInShares } from './linkedin';
import { parseMastodonOutbox } from './mastodon';
import { archiveProblem, type ArchiveResult } from './types';
import { parseXArchive } from './x';

export { type ArchiveResult } from './types';
export { parseXArchive, parseXDate } from './x';
export { parseMastodonOutbox } from './mastodon';
export { parseLinkedInShares } from './linkedin';
export { htmlToText } from './html-text';
export { parseCsv } from './csv';

/** Picks the reader from the file's name, then from its first characters. */
export function readArchive(fileName: string, text: string): ArchiveResult {
  const name = fileName.toLowerCase();
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('tweets.js') || start.startsWith('window.YTD.')) return parseXArchive(text);
  if (name.endsWith('.csv') || /^"?Date"?,/.test(start)) return parseLinkedInShares(text);
  if (name.endsWith('.json') || start.startsWith('{')) return parseMastodonOutbox(text);
  return archiveProblem('unknownFile', { file: fileName });
}
