import { i18n } from '#i18n';
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { ArchiveImport } from './ArchiveImport';
import { CoachSettings } from './CoachSettings';
import { DataSettings } from './DataSettings';
import { Principle } from './Principle';
import { ReportSettings } from './ReportSettings';
import { SitesSettings } from './SitesSettings';
import { useSettings } from './use-settings';

const SECTIONS = [
  ['sites', 'options.nav.sites'],
  ['coach', 'options.nav.coach'],
  ['team', 'options.nav.report'],
  ['data', 'options.nav.data'],
  ['audit', 'options.nav.audit'],
  ['principle', 'options.nav.principle'],
] as const;

export function Options() {
  const { loaded, update, status } = useSettings();
  useEffect(() => {
    // The sections render after the settings load, so jump to #principle or #rule-… once they exist.
    if (loaded && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [loaded !== null]);
  if (!loaded) return <main aria-busy="true">{i18n.t('common.loading')}</main>;
  const { settings, newerVersion } = loaded;
  const readOnly = newerVersion !== undefined;
  return (
    <main class="options">
      <header>
        <h1>{i18n.t('options.heading')}</h1>
        <nav aria-label={i18n.t('options.sections')}>
          {SECTIONS.map(([id, key], index) => (
            <Fragment key={id}>
              {index > 0 ? ' · ' : null}
              <a href={`#${id}`}>{i18n.t(key)}</a>
            </Fragment>
          ))}
        </nav>
      </header>
      {readOnly && (
        <p role="alert" class="problem">
          {i18n.t('options.newerSettings', { version: newerVersion })}
        </p>
      )}
      <p role="status" class="saved" data-testid="settings-status">
        {status}
      </p>
      <SitesSettings settings={settings} update={update} readOnly={readOnly} />
      <CoachSettings settings={settings} update={update} readOnly={readOnly} />
      <ReportSettings settings={settings} update={update} readOnly={readOnly} />
      <DataSettings settings={settings} />
      <ArchiveImport settings={settings} />
      <Principle />
    </main>
  );
}
