import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { EnableOnSite } from './EnableOnSite';
import { MyHistory } from './MyHistory';
import { SiteAccessNotice } from './SiteAccessNotice';
import { StorageProblem } from './StorageProblem';
import { TeamView } from './TeamView';
import { useHistoryData, type PreloadedHistoryData } from './use-history-data';

const TABS = [
  ['me', 'popup.tabs.me'],
  ['team', 'popup.tabs.team'],
] as const;
type Tab = (typeof TABS)[number][0];

/** `initialWeek` ('YYYY-MM-DD') opens that week, as the weekly notification does. */
export function Popup({ preloaded, initialWeek }: { preloaded?: PreloadedHistoryData; initialWeek?: string }) {
  const data = useHistoryData(preloaded);
  const [tab, setTab] = useState<Tab>('me');
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    setTab(TABS[next]![0]);
    tabRefs.current[next]?.focus();
  };

  return (
    <main class="popup">
      <header>
        <h1>{i18n.t('app.shortName')}</h1>
        <div role="tablist" aria-label={i18n.t('popup.tabs.label')}>
          {TABS.map(([id, label], index) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {i18n.t(label)}
            </button>
          ))}
        </div>
        <a href="/options.html" target="_blank" class="options-link">
          {i18n.t('popup.optionsLink')}
        </a>
      </header>
      <SiteAccessNotice />
      <EnableOnSite />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {!data ? (
          <p aria-busy="true">{i18n.t('common.loading')}</p>
        ) : tab === 'team' ? (
          <TeamView team={data.team} settings={data.settings.settings} />
        ) : data.history.status !== 'ok' ? (
          <StorageProblem problem={data.history} />
        ) : (
          <MyHistory posts={data.history.store.posts} settings={data.settings.settings} initialWeek={initialWeek} />
        )}
      </div>
    </main>
  );
}
