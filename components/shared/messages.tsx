import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { ARCHIVE_PROBLEMS, type ArchiveProblemCode } from '@/lib/history/archives/types';
import { IMPORT_PROBLEMS, type ImportProblem } from '@/lib/history/import';
import { STORED_PROBLEMS, type StoredProblem } from '@/lib/history/stored';
import { translate } from '@/lib/i18n/browser-wording';

/** "(3 already there)", or nothing when no post was a duplicate; starts with a space when there is one. */
export const alreadyThere = (duplicates: number): string => (duplicates > 0 ? ` ${i18n.t('common.alreadyThere', { count: duplicates })}` : '');

/** Why a history file was refused, translated from the importer's code; the file name leads. */
export function importProblemText(problem: ImportProblem): string {
  const why = translate(`importProblem.${problem.code}`, IMPORT_PROBLEMS[problem.code], problem.params);
  return problem.file ? `${problem.file}: ${why}` : why;
}

/** Why the stored history cannot be read, translated from its code. */
export const storedProblemText = (problem: StoredProblem): string => translate(`storedProblem.${problem.code}`, STORED_PROBLEMS[problem.code], problem.params);

/** A translated sentence with {name} placeholders for file names, shown as <code> elements. */
export function withCode(message: string, code: Readonly<Record<string, string>>): (string | JSX.Element)[] {
  return message.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 && part in code ? <code key={part}>{code[part]}</code> : part));
}

/** Why a platform archive was refused, translated from the reader's code. */
export const archiveProblemText = (problem: { code: ArchiveProblemCode; params: Record<string, string | number> }): string =>
  translate(`archiveProblem.${problem.code}`, ARCHIVE_PROBLEMS[problem.code], problem.params);
