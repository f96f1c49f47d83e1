import { analyzePost, type AnalyzeOptions } from '../../analysis';
import { isPlatform } from '../platforms';
import type { PostRecord } from '../types';
import type { ArchivePost, ArchiveResult } from './types';
import { isObject } from '../../guards';

export interface ArchiveAnalysisOptions {
  analyze?: AnalyzeOptions;
  keepText: boolean;
  /** Called after each chunk with the number of posts analysed so far. */
  onProgress?: (done: number, total: number) => void;
  /** Posts analysed between pauses that let the background answer other messages (the coach's) meanwhile. */
  chunkSize?: number;
}

export function archivePostToRecord(post: ArchivePost, platform: PostRecord['platform'], options: Pick<ArchiveAnalysisOptions, 'analyze' | 'keepText'>): PostRecord {
  const analysis = analyzePost(post.text, options.analyze);
  const record: PostRecord = {
    id: `${platform}:${post.sourceId}`,
    publishedAt: post.publishedAt,
    platform,
    verdict: analysis.verdict,
    rules: [...new Set(analysis.findings.map((finding) => finding.rule))],
    chars: post.text.length,
    improved: 0,
    reply: post.reply,
  };
  if (options.keepText) record.text = post.text;
  return record;
}

/** Analyses every post of an archive in chunks, reporting progress after each one. */
export async function analyzeArchive(result: Extract<ArchiveResult, { ok: true }>, options: ArchiveAnalysisOptions): Promise<PostRecord[]> {
  const chunk = options.chunkSize ?? 50;
  const records: PostRecord[] = [];
  for (let i = 0; i < result.posts.length; i += chunk) {
    for (const post of result.posts.slice(i, i + chunk)) records.push(archivePostToRecord(post, result.platform, options));
    options.onProgress?.(records.length, result.posts.length);
    if (i + chunk < result.posts.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return records;
}

/** The most posts one archive message may carry (X's largest accounts have far fewer original posts). */
export const MAX_ARCHIVE_POSTS = 200_000;

/**
 * Checks an archive the options page read and sent to the background: the platform and, for each post, a
 * source id, a date, a text and whether it is a reply. Returns the archive, or a sentence that says what is wrong.
 */
export function validateArchive(platform: unknown, posts: unknown): { ok: true; archive: Extract<ArchiveResult, { ok: true }> } | { ok: false; problem: string } {
  if (!isPlatform(platform)) return { ok: false, problem: `"platform" is ${JSON.stringify(platform)}` };
  if (!Array.isArray(posts)) return { ok: false, problem: '"posts" must be a list' };
  if (posts.length > MAX_ARCHIVE_POSTS) return { ok: false, problem: `the archive holds ${posts.length} posts; Muffin reads up to ${MAX_ARCHIVE_POSTS} at once` };
  const checked: ArchivePost[] = [];
  for (const [index, post] of posts.entries()) {
    const where = `archive post ${index + 1} of ${posts.length}`;
    if (!isObject(post)) return { ok: false, problem: `${where} is not a post` };
    const { sourceId, publishedAt, text, reply } = post;
    if (typeof sourceId !== 'string' || sourceId === '') return { ok: false, problem: `${where} has no id` };
    if (typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt))) return { ok: false, problem: `${where} has no date` };
    if (typeof text !== 'string') return { ok: false, problem: `${where} has no text` };
    if (typeof reply !== 'boolean') return { ok: false, problem: `${where} does not say whether it is a reply` };
    checked.push({ sourceId, publishedAt, text, reply });
  }
  return { ok: true, archive: { ok: true, platform, posts: checked, skipped: 0 } };
}
