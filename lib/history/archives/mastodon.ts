import { htmlToText } from './html-text';
import { shortHash } from './source-id';
import { archiveProblem, type ArchivePost, type ArchiveResult } from './types';
import { isObject } from '../../guards';

/** Reads `outbox.json` from a Mastodon archive (ActivityPub): the person's own notes; boosts are left out. */
export function parseMastodonOutbox(text: string): ArchiveResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return archiveProblem('mastodonNotJson');
  }
  if (!isObject(data) || !Array.isArray(data.orderedItems)) {
    return archiveProblem('mastodonNoItems');
  }
  const posts: ArchivePost[] = [];
  let skipped = 0;
  for (const [index, item] of data.orderedItems.entries()) {
    if (!isObject(item) || item.type !== 'Create' || !isObject(item.object)) {
      skipped++;
      continue;
    }
    const note = item.object;
    const published = typeof note.published === 'string' ? note.published : item.published;
    const ms = typeof published === 'string' ? Date.parse(published) : Number.NaN;
    if (typeof note.content !== 'string' || Number.isNaN(ms)) {
      return archiveProblem('mastodonItem', { item: index + 1 });
    }
    const content = htmlToText(note.content);
    if (content === '') {
      skipped++;
      continue;
    }
    const sourceId = typeof note.id === 'string' ? note.id : `${published}|${content}`;
    posts.push({ sourceId: shortHash(sourceId), publishedAt: new Date(ms).toISOString(), text: content });
  }
  return { ok: true, platform: 'mastodon', posts, skipped };
}
