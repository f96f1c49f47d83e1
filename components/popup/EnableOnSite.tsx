import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { enableMuffinOn, patternForOrigin, siteStatus, type SiteStatus } from '@/lib/extension/optional-sites';
import { patternCovers } from '@/lib/extension/site-access';

interface OpenTab {
  id?: number;
  status: SiteStatus;
}

/** The open tab's site, as the browser shows it to the popup (activeTab: only when the person opened it). */
async function openTab(): Promise<OpenTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const { origins = [] } = await browser.permissions.getAll();
  const status = siteStatus(tab?.url, origins);
  // A built-in site the browser keeps Muffin off: SiteAccessNotice says so, this line would say the opposite.
  const site = tab?.url ? patternForOrigin(new URL(tab.url).origin) : null;
  if (status.kind === 'built-in' && site && !origins.some((granted) => patternCovers(granted, site))) return { id: tab?.id, status: { kind: 'unsupported' } };
  return { id: tab?.id, status };
}

/**
 * "Enable Muffin on this site": for a site that is not built in (a Mastodon server, a scheduling tool),
 * asks for that one origin and starts the coach in the open tab. Says nothing on pages it cannot coach.
 */
export function EnableOnSite() {
  const [tab, setTab] = useState<OpenTab | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    openTab().then(setTab, () => setTab(null));
  }, []);
  if (!tab) return null;
  const { status } = tab;
  if (status.kind === 'unsupported') return null;
  if (status.kind !== 'can-enable') {
    return (
      <p class="site-status" data-site-status={status.kind}>
        {i18n.t('popup.site.coached', { host: status.host })}
      </p>
    );
  }
  const enable = () => {
    // Straight from the click: browsers only ask for a permission during a user gesture.
    enableMuffinOn(status.origin, tab.id).then(
      (granted) => {
        if (granted) setTab({ ...tab, status: { kind: 'enabled', host: status.host } });
        else setNote(i18n.t('popup.site.refused', { host: status.host }));
      },
      () => setNote(i18n.t('popup.site.failed', { host: status.host })),
    );
  };
  return (
    <p class="site-status" data-site-status="can-enable">
      <button type="button" onClick={enable}>
        {i18n.t('popup.site.enable', { host: status.host })}
      </button>
      {note ? <span role="status">{note}</span> : null}
    </p>
  );
}
