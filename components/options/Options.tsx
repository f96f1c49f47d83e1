import { useEffect } from 'preact/hooks';
import { ArchiveImport } from './ArchiveImport';
import { CoachSettings } from './CoachSettings';
import { DataSettings } from './DataSettings';
import { Principle } from './Principle';
import { ReportSettings } from './ReportSettings';
import { SitesSettings } from './SitesSettings';
import { useSettings } from './use-settings';

export function Options() {
  const { loaded, update, status } = useSettings();
  useEffect(() => {
    // The sections render after the settings load, so jump to #principle or #rule-… once they exist.
    if (loaded && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [loaded !== null]);
  if (!loaded) return <main aria-busy="true">Loading…</main>;
  const { settings, problem } = loaded;
  const readOnly = problem !== undefined;
  return (
    <main class="options">
      <header>
        <h1>Muffin options</h1>
        <nav aria-label="Sections">
          <a href="#sites">Sites</a> · <a href="#coach">Coach</a> · <a href="#team">Weekly report</a> · <a href="#data">Data</a> · <a href="#audit">Audit the past</a> ·{' '}
          <a href="#principle">The muffin principle</a>
        </nav>
      </header>
      {problem && (
        <p role="alert" class="problem">
          {problem}
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
