import { withoutText } from './merge';
import type { PostRecord } from './types';

export const EXPORT_FORMAT = 'muffin-history';
/** 1: posts without `reply` (each read as a new post); 2: every post says whether it was a reply. */
export const EXPORT_VERSION = 2;

export interface HistoryFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  person: string;
  posts: PostRecord[];
}

export function buildExport(posts: readonly PostRecord[], options: { person: string; keepText: boolean; now: number }): HistoryFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    person: options.person,
    posts: options.keepText ? [...posts] : withoutText(posts),
  };
}

export function exportJson(file: HistoryFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

const CSV_COLUMNS = ['id', 'publishedAt', 'platform', 'verdict', 'rules', 'chars', 'improved', 'reply', 'text'] as const;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV for spreadsheets: one row per post, rule ids separated by spaces, `reply` true or false as in the JSON. */
export function exportCsv(file: HistoryFile): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const post of file.posts) {
    rows.push(
      [post.id, post.publishedAt, post.platform, post.verdict, post.rules.join(' '), String(post.chars), String(post.improved), String(post.reply), post.text ?? '']
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

/** 'muffin-history-ada-2026-11-22.json' */
export function exportFileName(person: string, now: number, extension: 'json' | 'csv'): string {
  const slug = person.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const date = new Date(now).toISOString().slice(0, 10);
  return `muffin-history${slug ? '-' + slug : ''}-${date}.${extension}`;
}
