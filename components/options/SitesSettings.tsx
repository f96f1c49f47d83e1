import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/storage/settings';
import { SITE_MATCHES, SITES, hostOfPattern, hostsOf, siteSwitchedOn, switchSite } from '@/lib/sites';
import { sitePattern, type SiteProblem } from '@/lib/sites/address';

const scriptId = (pattern: string) => `muffin-site-${new URL(pattern.replace('/*', '/')).hostname}`;

/** Registers the coach on an added site, where the browser lets an extension do so at run time. */
async function registerCoach(pattern: string): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? ['content-scripts/content.js'];
  await scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
  await scripting.registerContentScripts([{ id: scriptId(pattern), matches: [pattern], js: files, runAt: 'document_idle', persistAcrossSessions: true }]);
}

async function unregisterCoach(pattern: string): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  await scripting?.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
}

function siteProblemText(problem: SiteProblem): string {
  switch (problem.code) {
    case 'empty':
      return i18n.t('options.sites.empty');
    case 'notAddress':
      return i18n.t('options.sites.notAddress', { address: problem.address });
    case 'notHttps':
      return i18n.t('options.sites.notHttps');
    case 'notFullName':
      return i18n.t('options.sites.notFullName', { host: problem.host });
  }
}

export function SitesSettings({ settings, update, readOnly }: { settings: Settings; update: (change: Partial<Settings>) => Promise<boolean>; readOnly: boolean }) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const site = sitePattern(address);
    if (!site.ok) return setMessage(siteProblemText(site.problem));
    if (SITE_MATCHES.includes(site.pattern) || settings.customSites.includes(site.pattern)) return setMessage(i18n.t('options.sites.already', { origin: site.origin }));
    // Must run straight from the click: browsers only ask for permissions during a user gesture.
    const granted = await browser.permissions.request({ origins: [site.pattern] });
    if (!granted) return setMessage(i18n.t('options.sites.notAllowed', { origin: site.origin }));
    try {
      await registerCoach(site.pattern);
    } catch (error) {
      return setMessage(i18n.t('options.sites.couldNotStart', { origin: site.origin, reason: error instanceof Error ? error.message : String(error) }));
    }
    if (!(await update({ customSites: [...settings.customSites, site.pattern], sites: { ...settings.sites, [site.pattern]: true } }))) {
      // Not saved (the status line says why): the site is not added, and the address stays in the box.
      await unregisterCoach(site.pattern);
      await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
      return setMessage('');
    }
    setAddress('');
    setMessage(i18n.t('options.sites.added', { origin: site.origin }));
  };

  const remove = async (pattern: string) => {
    await unregisterCoach(pattern);
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    const { [pattern]: _removed, ...sites } = settings.sites;
    await update({ customSites: settings.customSites.filter((p) => p !== pattern), sites });
  };

  const toggle = (pattern: string, on: boolean) => update({ sites: switchSite(settings.sites, pattern, on) });
  // One row per site: a built-in site is one switch for all of its addresses.
  const rows = [
    ...SITES.map((site) => ({ pattern: site.matches[0], label: site.label, hosts: hostsOf(site).join(', ') })),
    ...settings.customSites.map((pattern) => ({ pattern, label: hostOfPattern(pattern), hosts: '' })),
  ];

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      <label class="row">
        <input type="checkbox" checked={settings.paused} disabled={readOnly} onChange={(e) => update({ paused: e.currentTarget.checked })} /> {i18n.t('options.sites.pause')}
      </label>
      <fieldset disabled={readOnly}>
        <legend>{i18n.t('options.sites.legend')}</legend>
        <ul class="sites">
          {rows.map(({ pattern, label, hosts }) => (
            <li key={pattern}>
              <label>
                <input type="checkbox" checked={siteSwitchedOn(settings.sites, pattern)} onChange={(e) => toggle(pattern, e.currentTarget.checked)} /> {label}
              </label>
              {hosts && <span class="muted hosts"> {hosts}</span>}
              {settings.customSites.includes(pattern) && (
                <button type="button" aria-label={i18n.t('options.sites.removeSite', { site: label })} onClick={() => remove(pattern)}>
                  {i18n.t('options.sites.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      <form onSubmit={add} class="add-site">
        <label for="site-address">{i18n.t('options.sites.addLabel')}</label>
        <input id="site-address" type="text" placeholder={i18n.t('options.sites.addPlaceholder')} value={address} disabled={readOnly} onInput={(e) => setAddress(e.currentTarget.value)} />
        <button type="submit" disabled={readOnly}>
          {i18n.t('options.sites.add')}
        </button>
      </form>
      <p role="status" class="message">
        {message}
      </p>
    </section>
  );
}
