import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { preloadHistoryData } from '@/components/popup/use-history-data';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

// The stored history is read while the first frame renders, not after it.
render(
  <Popup preloaded={preloadHistoryData()} initialWeek={new URLSearchParams(location.search).get('week') ?? undefined} />,
  document.getElementById('app')!,
);
