import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { allRules } from '@/lib/analysis/rules';
import type { Sensitivity } from '@/lib/analysis/types';
import { ruleText } from '@/lib/i18n/browser-wording';
import type { Settings } from '@/lib/storage/settings';

const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];

type Update = (change: Partial<Settings>) => Promise<boolean>;

/** A list of phrases, one a line. When a change cannot be saved (too long to sync), the box keeps what was typed. */
function PhraseList({ id, label, phrases, save }: { id: string; label: string; phrases: string[]; save: (phrases: string[]) => Promise<boolean> }) {
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const change = async (text: string) => setUnsaved((await save(lines(text))) ? null : text);
  return (
    <p>
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={unsaved ?? phrases.join('\n')} aria-invalid={unsaved !== null} onChange={(e) => void change(e.currentTarget.value)} />
    </p>
  );
}

/** How the coach reads drafts: sensitivity, the person's own phrases, what to leave alone. */
export function CoachSettings({ settings, update, readOnly }: { settings: Settings; update: Update; readOnly: boolean }) {
  const toggleRule = (id: string, ignored: boolean) =>
    update({ ignoreRules: ignored ? [...settings.ignoreRules, id] : settings.ignoreRules.filter((rule) => rule !== id) });
  const siteIgnores = Object.entries(settings.siteIgnoreRules).flatMap(([pattern, rules]) => rules.map((rule) => ({ pattern, rule })));
  const unignoreOnSite = (pattern: string, rule: string) => {
    const { [pattern]: current = [], ...others } = settings.siteIgnoreRules;
    const left = current.filter((id) => id !== rule);
    return update({ siteIgnoreRules: left.length > 0 ? { ...others, [pattern]: left } : others });
  };
  const nameOf = (id: string) => ruleText(id, 'name', allRules.find((rule) => rule.id === id)?.name ?? id);
  return (
    <section id="coach" aria-labelledby="coach-heading">
      <h2 id="coach-heading">{i18n.t('options.coach.heading')}</h2>
      <fieldset disabled={readOnly}>
        <p>
          <label for="sensitivity">{i18n.t('options.coach.sensitivity')}</label>{' '}
          <select id="sensitivity" value={settings.sensitivity} onChange={(e) => update({ sensitivity: e.currentTarget.value as Sensitivity })}>
            <option value="gentle">{i18n.t('options.coach.gentle')}</option>
            <option value="standard">{i18n.t('options.coach.standard')}</option>
            <option value="strict">{i18n.t('options.coach.strict')}</option>
          </select>
        </p>
        <PhraseList id="custom-phrases" label={i18n.t('options.coach.customPhrases')} phrases={settings.customPhrases} save={(customPhrases) => update({ customPhrases })} />
        <PhraseList id="ignore-phrases" label={i18n.t('options.coach.ignorePhrases')} phrases={settings.ignorePhrases} save={(ignorePhrases) => update({ ignorePhrases })} />
        <fieldset>
          <legend>{i18n.t('options.coach.ignoreRules')}</legend>
          <ul class="rule-toggles">
            {allRules
              .filter((rule) => rule.category !== 'conversation')
              .map((rule) => (
                <li key={rule.id}>
                  <label>
                    <input type="checkbox" checked={settings.ignoreRules.includes(rule.id)} onChange={(e) => toggleRule(rule.id, e.currentTarget.checked)} /> {ruleText(rule.id, 'name', rule.name)}
                  </label>{' '}
                  <a href={`#rule-${rule.id}`} aria-label={i18n.t('options.coach.whyRule', { rule: ruleText(rule.id, 'name', rule.name) })}>
                    {i18n.t('options.coach.why')}
                  </a>
                </li>
              ))}
          </ul>
        </fieldset>
        {siteIgnores.length > 0 ? (
          <fieldset>
            <legend>{i18n.t('options.coach.siteIgnores')}</legend>
            <ul class="site-ignores">
              {siteIgnores.map(({ pattern, rule }) => (
                <li key={`${pattern} ${rule}`} data-site={pattern} data-rule={rule}>
                  {i18n.t('options.coach.siteIgnore', { rule: nameOf(rule), site: pattern.replace(/^https:\/\/|\/\*$/g, '') })}{' '}
                  <button type="button" onClick={() => void unignoreOnSite(pattern, rule)}>
                    {i18n.t('options.coach.unignore')}
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
      </fieldset>
    </section>
  );
}
