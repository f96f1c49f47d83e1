import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { buildExport, exportCsv, exportFileName, exportJson } from '@/lib/history/export';
import { parseHistoryFiles } from '@/lib/history/import';
import type { StoredHistory } from '@/lib/history/stored';
import { request } from '@/lib/messaging/page-client';
import { readHistory, readRawHistory, watchHistory } from '@/lib/storage/history-read';
import type { Settings } from '@/lib/storage/settings';
import { downloadText, readFiles } from '../shared/download';
import { alreadyThere, importProblemText, storedProblemText } from '../shared/messages';

/** Export, restore and delete the history. */
export function DataSettings({ settings }: { settings: Settings }) {
  const [history, setHistory] = useState<StoredHistory | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    const load = () => void readHistory().then(setHistory);
    load();
    return watchHistory(load);
  }, []);
  const posts = history?.status === 'ok' ? history.store.posts : [];

  const save = (kind: 'json' | 'csv') => {
    const now = Date.now();
    const file = buildExport(posts, { person: settings.personName, keepText: settings.keepText, now });
    downloadText(exportFileName(settings.personName, now, kind), kind === 'json' ? exportJson(file) : exportCsv(file), kind === 'json' ? 'application/json' : 'text/csv');
  };

  const restore = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = await readFiles(input.files);
    input.value = '';
    if (files.length === 0) return;
    const parsed = parseHistoryFiles(files);
    if (!parsed.ok) return setMessage({ kind: 'error', text: i18n.t('common.nothingImportedBecause', { reason: parsed.problems.map(importProblemText).join(' ') }) });
    try {
      const result = await request({ type: 'history:import', posts: parsed.files.flatMap((file) => file.posts) });
      setMessage({ kind: 'ok', text: i18n.t('options.data.added', result.added, { duplicates: alreadyThere(result.duplicates) }) });
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('common.nothingImportedBecause', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const clearAll = async () => {
    setConfirming(false);
    try {
      await request({ type: 'history:clear' });
      await request({ type: 'team:clear' });
      setMessage({ kind: 'ok', text: i18n.t('options.data.deleted') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('options.data.heading')}</h2>
      {history && history.status !== 'ok' && (
        <div role="alert" class="problem">
          <p>{storedProblemText(history)}</p>
          <button type="button" onClick={async () => downloadText('muffin-stored-history.json', await readRawHistory(), 'application/json')}>
            {i18n.t('common.downloadStored')}
          </button>
        </div>
      )}
      <p>{history?.status === 'ok' ? i18n.t('options.data.count', posts.length) : ''}</p>
      <p>
        <button type="button" onClick={() => save('json')} disabled={history?.status !== 'ok'}>
          {i18n.t('common.exportJson')}
        </button>{' '}
        <button type="button" onClick={() => save('csv')} disabled={history?.status !== 'ok'}>
          {i18n.t('common.exportCsv')}
        </button>
      </p>
      <p>
        <label>
          {i18n.t('options.data.restore')} <input type="file" accept=".json,application/json" multiple onChange={restore} data-testid="restore-import" />
        </label>
      </p>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {i18n.t('options.data.clear')}
        </button>
      ) : (
        <div role="group" aria-label={i18n.t('options.data.confirmLabel')} class="confirm">
          <p>{history?.status === 'ok' ? i18n.t('options.data.confirmAll', posts.length) : i18n.t('options.data.confirmStored')}</p>
          <button type="button" class="danger" onClick={clearAll}>
            {i18n.t('options.data.deleteAll')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {i18n.t('options.data.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={`message ${message.kind}`} data-testid="data-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
