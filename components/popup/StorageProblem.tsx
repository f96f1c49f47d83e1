import { useState } from 'preact/hooks';
import { readRawHistory } from '@/lib/storage/history-read';
import { downloadText } from '../shared/download';

/** Shown instead of the numbers when the stored history is damaged or from a newer Muffin. Nothing is deleted here. */
export function StorageProblem({ message }: { message: string }) {
  const [error, setError] = useState('');
  const download = async () => {
    try {
      downloadText(`muffin-stored-history-${new Date().toISOString().slice(0, 10)}.json`, await readRawHistory(), 'application/json');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section role="alert" class="problem" data-testid="storage-problem">
      <h2>Muffin cannot read your history</h2>
      <p>{message}</p>
      <p>Download the stored data to keep a copy. New posts are not recorded until this is solved; you can clear the history from the options page after downloading it.</p>
      <button type="button" onClick={download}>
        Download the stored data
      </button>{' '}
      <a href="/options.html#data" target="_blank">
        Open the options
      </a>
      {error && <p role="status">{error}</p>}
    </section>
  );
}
