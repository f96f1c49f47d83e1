import { fillPlaceholders } from '../i18n/phrases';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { isCutOffJson } from './json-prefix';
import type { PostRecord } from './types';
import { validateRecords } from './validate';
import { isObject } from '../guards';

export interface ParsedHistoryFile {
  person: string;
  exportedAt: string;
  posts: PostRecord[];
}

/**
 * Why a file was refused, in English with {placeholders}. The keys are also message keys (`importProblem.<key>`
 * in locales/en.yml, generated from this table), so the options page and the popup show them translated.
 */
export const IMPORT_PROBLEMS = {
  empty: 'the file is empty.',
  platformArchive: 'this is a platform archive, not a Muffin history file. Import it from the options page, under "Audit the past".',
  notJson: 'this is not a Muffin history file (it is not JSON).',
  cutOff: 'the file is cut off: it stops in the middle of the history, as an interrupted download or copy does. Export or copy it again.',
  noFormat: 'this is not a Muffin history file (it holds no "format").',
  missingFormat: 'this is not a Muffin history file (it has no "format": "{expected}").',
  wrongFormat: 'this is not a Muffin history file ("format" is {format}, expected "{expected}").',
  mastodonArchive: 'this looks like a Mastodon archive, not a Muffin history file. Import it from the options page, under "Audit the past".',
  badVersion: '"version" must be a whole number from 1 up, not {version}.',
  newerVersion: 'this file comes from a newer Muffin (history format version {version}; this Muffin reads versions up to {supported}). Update Muffin to import it.',
  badPerson: '"person" must be a name.',
  badDate: '"exportedAt" is not a date ({value}).',
  badPosts: '{problem}.',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

/** A refusal: the English sentence, and the code and values a translation is built from. */
export interface ImportProblem {
  error: string;
  code: ImportProblemCode;
  params: Record<string, string | number>;
  /** The file's name, when one was given. */
  file?: string;
}

export type ImportResult = { ok: true; file: ParsedHistoryFile } | ({ ok: false } & ImportProblem);

/**
 * Reads a file made by Muffin's export. Anything else is refused whole, with a sentence that says what
 * is wrong; `name` (the file name) starts the message when given. `unnamed` stands for a file's missing person.
 */
export function parseHistoryFile(text: string, name?: string, unnamed = 'Unnamed'): ImportResult {
  const refuse = (code: ImportProblemCode, params: Record<string, string | number> = {}): ImportResult => {
    const why = fillPlaceholders(IMPORT_PROBLEMS[code], params);
    return { ok: false, error: name ? `${name}: ${why}` : why, code, params, ...(name ? { file: name } : {}) };
  };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    if (/^window\.YTD\./.test(trimmed) || /^Date,/i.test(trimmed)) return refuse('platformArchive');
    return refuse(isCutOffJson(trimmed) ? 'cutOff' : 'notJson');
  }
  if (!isObject(data)) return refuse('noFormat');
  if (data.format !== EXPORT_FORMAT) {
    if (isObject(data) && data['@context'] !== undefined) return refuse('mastodonArchive');
    return data.format === undefined
      ? refuse('missingFormat', { expected: EXPORT_FORMAT })
      : refuse('wrongFormat', { format: JSON.stringify(data.format), expected: EXPORT_FORMAT });
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return refuse('badVersion', { version: String(JSON.stringify(data.version)) });
  }
  if (data.version > EXPORT_VERSION) return refuse('newerVersion', { version: data.version, supported: EXPORT_VERSION });
  if (data.person !== undefined && typeof data.person !== 'string') return refuse('badPerson');
  if (data.exportedAt !== undefined && (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt)))) {
    return refuse('badDate', { value: String(JSON.stringify(data.exportedAt)) });
  }
  // A version 1 file comes from a Muffin that did not tell replies apart: its posts are all new posts.
  const posts = validateRecords(data.posts, data.version === 1 ? 'before-replies' : 'current');
  // The post-level detail names fields and values of the file: it stays as the validator words it.
  if (!posts.ok) return refuse('badPosts', { problem: posts.problem });
  return {
    ok: true,
    file: {
      person: typeof data.person === 'string' && data.person.trim() !== '' ? data.person.trim() : unnamed,
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
      posts: posts.records,
    },
  };
}

/** Several files at once: all are read first, and any refusal refuses the whole batch. */
export function parseHistoryFiles(files: readonly { name: string; text: string }[], unnamed?: string): { ok: true; files: ParsedHistoryFile[] } | { ok: false; errors: string[]; problems: ImportProblem[] } {
  const parsed: ParsedHistoryFile[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const result = parseHistoryFile(file.text, file.name, unnamed);
    if (result.ok) parsed.push(result.file);
    else problems.push({ error: result.error, code: result.code, params: result.params, ...(result.file ? { file: result.file } : {}) });
  }
  return problems.length > 0 ? { ok: false, errors: problems.map((p) => p.error), problems } : { ok: true, files: parsed };
}
