import { useState } from 'preact/hooks';
import { readArchive } from '@/lib/history/archives';
import { sendHistoryMessage } from '@/lib/history/history-client';
import type { ArchiveImportResult } from '@/lib/history/messages';
import type { Settings } from '@/lib/storage/settings';
import { readFiles } from '../shared/download';

const PLATFORM = { x: 'X', mastodon: 'Mastodon', linkedin: 'LinkedIn' } as Record<string, string>;

/**
 * "Audit the past": a platform's own archive, read here and analysed by the background (so this page does
 * not load the analyzer), then added to the history with its real dates.
 */
export function ArchiveImport({ settings }: { settings: Settings }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const [file] = await readFiles(input.files);
    input.value = '';
    if (!file) return;
    setMessage(null);
    const archive = readArchive(file.name, file.text);
    if (!archive.ok) return setMessage({ kind: 'error', text: `Nothing was imported. ${archive.error}` });
    try {
      setProgress({ done: 0, total: archive.posts.length });
      const result = await sendHistoryMessage<ArchiveImportResult>(
        { type: 'archive:import', platform: archive.platform, posts: archive.posts },
        { onProgress: (done, total) => setProgress({ done, total }) },
      );
      const kept = settings.retentionWeeks > 0 ? ` Posts older than your retention (${settings.retentionWeeks} weeks) are not kept.` : '';
      setMessage({
        kind: 'ok',
        text: `${PLATFORM[archive.platform] ?? archive.platform}: analysed ${result.analysed} posts, added ${result.added}${result.duplicates ? ` (${result.duplicates} already there)` : ''}${archive.skipped ? `, left out ${archive.skipped} reposts or empty posts` : ''}.${kept}`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: `Nothing was imported. ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section id="audit" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit the past</h2>
      <p>
        Import your account archive to see months of balance on day one: X's <code>data/tweets.js</code>, Mastodon's <code>outbox.json</code> or LinkedIn's{' '}
        <code>Shares.csv</code>. Every post is analysed on this computer; nothing is sent anywhere.
      </p>
      <label>
        Choose an archive file <input type="file" accept=".js,.json,.csv" onChange={onFile} disabled={progress !== null} data-testid="archive-import" />
      </label>
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} aria-label="Analysing posts" /> {progress.done} / {progress.total}
        </p>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={`message ${message.kind}`} data-testid="archive-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
