import { htmlToText } from './html-text';
import { shortHash } from './source-id';
import { archiveProblem, type ArchivePost, type ArchiveResult } from './types';
import { isObject } from '../../guards';

/** The address of the post a note answers (ActivityPub's `inReplyTo`: an address, a linked object or null). */
function answeredAddress(note: Record<string, unknown>): string | null {
  const target = note.inReplyTo;
  if (typeof target === 'string' && target !== '') return target;
  return isObject(target) && typeof target.id === 'string' && target.id !== '' ? target.id : null;
}

/**
 * Reads `outbox.json` from a Mastodon archive (ActivityPub): the person's own notes; boosts are left out.
 * A note with `inReplyTo` is a reply, unless it answers the person's own post (their address is the note's
 * `attributedTo`, or the post is in this outbox): that continues their thread, a new post.
 */
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
  const ownNotes = new Set(data.orderedItems.flatMap((item) => (isObject(item) && isObject(item.object) && typeof item.object.id === 'string' ? [item.object.id] : [])));
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
    const answers = answeredAddress(note);
    const author = typeof note.attributedTo === 'string' ? note.attributedTo : typeof item.actor === 'string' ? item.actor : null;
    const ownThread = answers !== null && (ownNotes.has(answers) || (author !== null && answers.startsWith(`${author}/`)));
    posts.push({ sourceId: shortHash(sourceId), publishedAt: new Date(ms).toISOString(), text: content, reply: answers !== null && !ownThread });
  }
  return { ok: true, platform: 'mastodon', posts, skipped };
}
