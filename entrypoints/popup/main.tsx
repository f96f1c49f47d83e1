import { i18n } from '#i18n';
import { render } from 'preact';
import { localizeDocument } from '@/components/shared/document-locale';
import { Popup } from '@/components/popup/Popup';
import { preloadHistoryData } from '@/components/popup/use-history-data';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

localizeDocument(document, i18n.t('app.shortName'));

// The stored history is read while the first frame renders, not after it.
render(
  <Popup preloaded={preloadHistoryData()} initialWeek={new URLSearchParams(location.search).get('week') ?? undefined} />,
  document.getElementById('app')!,
);
