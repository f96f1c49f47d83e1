import { useEffect, useState } from 'preact/hooks';
import { buildExport, exportCsv, exportFileName, exportJson } from '@/lib/history/export';
import { sendHistoryMessage } from '@/lib/history/history-client';
import { parseHistoryFiles } from '@/lib/history/import';
import type { WriteResult } from '@/lib/history/record';
import type { StoredHistory } from '@/lib/history/stored';
import { readHistory, readRawHistory, watchHistory } from '@/lib/storage/history-read';
import type { Settings } from '@/lib/storage/settings';
import { downloadText, readFiles } from '../shared/download';

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
    if (!parsed.ok) return setMessage({ kind: 'error', text: `Nothing was imported. ${parsed.errors.join(' ')}` });
    try {
      const result = await sendHistoryMessage<WriteResult>({ type: 'history:import', posts: parsed.files.flatMap((file) => file.posts) });
      setMessage({ kind: 'ok', text: `Added ${result.added} posts${result.duplicates ? ` (${result.duplicates} already there)` : ''}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Nothing was imported. ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const clearAll = async () => {
    setConfirming(false);
    try {
      await sendHistoryMessage({ type: 'history:clear' });
      await sendHistoryMessage({ type: 'team:clear' });
      setMessage({ kind: 'ok', text: 'Your history and the imported team files are deleted.' });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      {history && history.status !== 'ok' && (
        <div role="alert" class="problem">
          <p>{history.message}</p>
          <button type="button" onClick={async () => downloadText('muffin-stored-history.json', await readRawHistory(), 'application/json')}>
            Download the stored data
          </button>
        </div>
      )}
      <p>{history?.status === 'ok' ? `${posts.length} posts in your history.` : ''}</p>
      <p>
        <button type="button" onClick={() => save('json')} disabled={history?.status !== 'ok'}>
          Export JSON
        </button>{' '}
        <button type="button" onClick={() => save('csv')} disabled={history?.status !== 'ok'}>
          Export CSV
        </button>
      </p>
      <p>
        <label>
          Restore from a Muffin export <input type="file" accept=".json,application/json" multiple onChange={restore} data-testid="restore-import" />
        </label>
      </p>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Clear all history…
        </button>
      ) : (
        <div role="group" aria-label="Confirm deleting the history" class="confirm">
          <p>
            Delete {history?.status === 'ok' ? `all ${posts.length} posts` : 'the stored history'} and the imported team files? This cannot be undone
            {history?.status === 'ok' ? '; export first to keep a copy.' : '; download the stored data first to keep a copy.'}
          </p>
          <button type="button" class="danger" onClick={clearAll}>
            Delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
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
