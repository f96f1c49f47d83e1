import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { readArchive } from '@/lib/history/archives';
import { request } from '@/lib/messaging/page-client';
import { siteLabel } from '@/lib/sites';
import type { Settings } from '@/lib/storage/settings';
import { readFiles } from '../shared/download';
import { alreadyThere, archiveProblemText, withCode } from '../shared/messages';

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
    if (!archive.ok) return setMessage({ kind: 'error', text: i18n.t('common.nothingImportedBecause', { reason: archiveProblemText(archive) }) });
    try {
      setProgress({ done: 0, total: archive.posts.length });
      const result = await request(
        { type: 'archive:import', platform: archive.platform, posts: archive.posts },
        { onProgress: (done, total) => setProgress({ done, total }) },
      );
      const summary = i18n.t('options.audit.result', {
        platform: siteLabel(archive.platform) ?? archive.platform,
        analysed: result.analyzed,
        added: result.added,
        duplicates: alreadyThere(result.duplicates),
        skipped: archive.skipped ? i18n.t('options.audit.skipped', { count: archive.skipped }) : '',
      });
      const kept = settings.retentionWeeks > 0 ? ` ${i18n.t('options.audit.kept', { weeks: settings.retentionWeeks })}` : '';
      setMessage({ kind: 'ok', text: `${summary}${kept}` });
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('common.nothingImportedBecause', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section id="audit" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{i18n.t('options.audit.heading')}</h2>
      <p>
        {withCode(
          // The file names go in as <code> elements: keep their placeholders for withCode.
          i18n.t('options.audit.intro', { x: '{x}', mastodon: '{mastodon}', linkedin: '{linkedin}' }),
          { x: 'data/tweets.js', mastodon: 'outbox.json', linkedin: 'Shares.csv' },
        )}
      </p>
      <label>
        {i18n.t('options.audit.choose')} <input type="file" accept=".js,.json,.csv" onChange={onFile} disabled={progress !== null} data-testid="archive-import" />
      </label>
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} aria-label={i18n.t('options.audit.analysing')} /> {progress.done} / {progress.total}
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
