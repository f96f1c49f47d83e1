import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import type { PostRecord } from './types';
import { validateRecords } from './validate';

export interface ParsedHistoryFile {
  person: string;
  exportedAt: string;
  posts: PostRecord[];
}

export type ImportResult = { ok: true; file: ParsedHistoryFile } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a file made by Muffin's export. Anything else is refused whole, with a sentence that says what
 * is wrong; `name` (the file name) starts the message when given.
 */
export function parseHistoryFile(text: string, name?: string): ImportResult {
  const refuse = (why: string): ImportResult => ({ ok: false, error: name ? `${name}: ${why}` : why });
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return refuse('the file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    if (/^window\.YTD\./.test(trimmed) || /^Date,/i.test(trimmed)) {
      return refuse('this is a platform archive, not a Muffin history file. Import it from the options page, under "Audit the past".');
    }
    return refuse('this is not a Muffin history file (it is not JSON).');
  }
  if (!isObject(data)) return refuse('this is not a Muffin history file (it holds no "format").');
  if (data.format !== EXPORT_FORMAT) {
    if (isObject(data) && data['@context'] !== undefined) {
      return refuse('this looks like a Mastodon archive, not a Muffin history file. Import it from the options page, under "Audit the past".');
    }
    return refuse(
      data.format === undefined
        ? `this is not a Muffin history file (it has no "format": "${EXPORT_FORMAT}").`
        : `this is not a Muffin history file ("format" is ${JSON.stringify(data.format)}, expected "${EXPORT_FORMAT}").`,
    );
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return refuse(`"version" must be a whole number, not ${JSON.stringify(data.version)}.`);
  }
  if (data.version > EXPORT_VERSION) {
    return refuse(`this file comes from a newer Muffin (history format version ${data.version}; this Muffin reads version ${EXPORT_VERSION}). Update Muffin to import it.`);
  }
  if (data.person !== undefined && typeof data.person !== 'string') return refuse('"person" must be a name.');
  if (data.exportedAt !== undefined && (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt)))) {
    return refuse(`"exportedAt" is not a date (${JSON.stringify(data.exportedAt)}).`);
  }
  const posts = validateRecords(data.posts);
  if (!posts.ok) return refuse(`${posts.problem}.`);
  return {
    ok: true,
    file: {
      person: typeof data.person === 'string' && data.person.trim() !== '' ? data.person.trim() : 'Unnamed',
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
      posts: posts.records,
    },
  };
}

/** Several files at once: all are read first, and any refusal refuses the whole batch. */
export function parseHistoryFiles(files: readonly { name: string; text: string }[]): { ok: true; files: ParsedHistoryFile[] } | { ok: false; errors: string[] } {
  const parsed: ParsedHistoryFile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = parseHistoryFile(file.text, file.name);
    if (result.ok) parsed.push(result.file);
    else errors.push(result.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: parsed };
}
