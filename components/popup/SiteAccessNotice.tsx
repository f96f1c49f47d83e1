import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { siteAccess, type SiteAccess } from '@/lib/extension/site-access';

/**
 * Says so when the browser keeps Muffin off some built-in sites (access withdrawn, or never granted), and
 * asks for it again. Follows changes made elsewhere (the browser's own settings) while the popup is open.
 */
export function SiteAccessNotice() {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    const check = () => {
      browser.permissions.getAll().then(
        ({ origins = [] }) => setAccess(siteAccess(origins)),
        () => setAccess(null),
      );
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  if (!access) return null;
  if (access.kind === 'granted') {
    return note ? (
      <p role="status" class="site-status" data-testid="site-access-note">
        {note}
      </p>
    ) : null;
  }
  const ask = () => {
    // Straight from the click, with no await before it: browsers only ask for a permission during a user gesture.
    browser.permissions.request({ origins: access.sites }).then(
      (granted) => {
        setNote(i18n.t(granted ? 'popup.access.granted' : 'popup.access.refused'));
        if (granted) setAccess({ kind: 'granted' });
      },
      () => setNote(i18n.t('popup.access.failed')),
    );
  };
  return (
    <section class="problem" data-testid="site-access" data-missing={access.all ? 'all' : 'some'} aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{i18n.t('popup.access.heading')}</h2>
      <p>{access.all ? i18n.t('popup.access.none') : i18n.t('popup.access.some', { sites: access.hosts.join(', ') })}</p>
      <button type="button" onClick={ask}>
        {i18n.t('popup.access.allow')}
      </button>
      {note ? (
        <p role="status" data-testid="site-access-note">
          {note}
        </p>
      ) : null}
    </section>
  );
}
