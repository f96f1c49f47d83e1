import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { readRawHistory } from '@/lib/storage/history-read';
import { downloadText } from '../shared/download';
import { storedProblemText } from '../shared/messages';
import type { StoredProblem } from '@/lib/history/stored';

/** Shown instead of the numbers when the stored history is damaged or from a newer Muffin. Nothing is deleted here. */
export function StorageProblem({ problem }: { problem: StoredProblem }) {
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
      <h2>{i18n.t('popup.problem.heading')}</h2>
      <p>{storedProblemText(problem)}</p>
      <p>{i18n.t('popup.problem.body')}</p>
      <button type="button" onClick={download}>
        {i18n.t('common.downloadStored')}
      </button>{' '}
      <a href="/options.html#data" target="_blank">
        {i18n.t('popup.problem.openOptions')}
      </a>
      {error && <p role="status">{error}</p>}
    </section>
  );
}
