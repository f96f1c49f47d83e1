import { i18n } from '#i18n';
import { buildExport, exportCsv, exportFileName, exportJson } from '@/lib/history/export';
import type { PostRecord } from '@/lib/history/types';
import type { Settings } from '@/lib/storage/settings';
import { downloadText } from '../shared/download';

/** Downloads this person's history for a manager (JSON, importable) or a spreadsheet (CSV). */
export function ExportButtons({ posts, settings }: { posts: PostRecord[]; settings: Settings }) {
  const save = (kind: 'json' | 'csv') => {
    const now = Date.now();
    const file = buildExport(posts, { person: settings.personName, keepText: settings.keepText, now });
    const name = exportFileName(settings.personName, now, kind);
    if (kind === 'json') downloadText(name, exportJson(file), 'application/json');
    else downloadText(name, exportCsv(file), 'text/csv');
  };
  return (
    <section aria-labelledby="export-heading" class="export">
      <h2 id="export-heading">{i18n.t('popup.export.heading')}</h2>
      <button type="button" onClick={() => save('json')}>
        {i18n.t('common.exportJson')}
      </button>{' '}
      <button type="button" onClick={() => save('csv')}>
        {i18n.t('common.exportCsv')}
      </button>
      {!settings.personName && (
        <p class="muted">
          <a href="/options.html#team" target="_blank">
            {i18n.t('popup.export.addName')}
          </a>{' '}
          {i18n.t('popup.export.addNameWhy')}
        </p>
      )}
    </section>
  );
}
