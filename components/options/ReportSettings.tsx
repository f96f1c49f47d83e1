import { i18n } from '#i18n';
import { BUILT_IN_TARGETS, targetRule, type TargetRuleId } from '@/lib/history/targets';
import { browserWording } from '@/lib/i18n/browser-wording';
import type { Weekday } from '@/lib/history/types';
import type { Settings } from '@/lib/storage/settings';

// Day names in the browser's language: 2023-01-01 was a Sunday.
const weekdayName = (index: number) => new Intl.DateTimeFormat(browserWording.locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + index));
const RETENTION = [
  [13, 'options.report.retention3m'],
  [26, 'options.report.retention6m'],
  [52, 'options.report.retention1y'],
  [104, 'options.report.retention2y'],
  [0, 'options.report.retentionForever'],
] as const;

/** The weekly report: target rule, week start, name, privacy, retention. */
export function ReportSettings({ settings, update, readOnly }: { settings: Settings; update: (change: Partial<Settings>) => Promise<boolean>; readOnly: boolean }) {
  const targets = [...BUILT_IN_TARGETS.map((id) => targetRule(id, settings.customCap, browserWording)), targetRule('custom', settings.customCap, browserWording)];
  return (
    <section id="team" aria-labelledby="report-heading">
      <h2 id="report-heading">{i18n.t('options.report.heading')}</h2>
      <fieldset disabled={readOnly}>
        <legend>{i18n.t('options.report.target')}</legend>
        {targets.map((rule) => (
          <label class="row" key={rule.id}>
            <input type="radio" name="target" value={rule.id} checked={settings.targetRule === rule.id} onChange={() => update({ targetRule: rule.id as TargetRuleId })} />{' '}
            <strong>{rule.id === 'custom' ? i18n.t('options.report.ownCap') : rule.name}</strong>: {rule.description}
          </label>
        ))}
        <p>
          <label for="custom-cap">{i18n.t('options.report.customCap')}</label>{' '}
          <input
            id="custom-cap"
            type="number"
            min={0}
            max={100}
            step={1}
            value={settings.customCap}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isFinite(value) && value >= 0 && value <= 100) void update({ customCap: Math.round(value) });
            }}
          />
        </p>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{i18n.t('options.report.weeksLegend')}</legend>
        <p>
          <label for="week-start">{i18n.t('options.report.weekStart')}</label>{' '}
          <select id="week-start" value={settings.weekStart} onChange={(e) => update({ weekStart: Number(e.currentTarget.value) as Weekday })}>
            {[0, 1, 2, 3, 4, 5, 6].map((index) => (
              <option key={index} value={index}>
                {weekdayName(index)}
              </option>
            ))}
          </select>
        </p>
        <label class="row">
          <input type="checkbox" checked={settings.weeklyNotification} onChange={(e) => update({ weeklyNotification: e.currentTarget.checked })} />{' '}
          {i18n.t('options.report.notify')}
        </label>
        <p>
          <label for="person-name">{i18n.t('options.report.personName')}</label>{' '}
          <input id="person-name" type="text" value={settings.personName} onChange={(e) => update({ personName: e.currentTarget.value.trim() })} />
        </p>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{i18n.t('options.report.privacy')}</legend>
        <label class="row">
          <input type="checkbox" checked={settings.keepText} onChange={(e) => update({ keepText: e.currentTarget.checked })} />{' '}
          {i18n.t('options.report.keepText')}
        </label>
        <p>
          <label for="retention">{i18n.t('options.report.retention')}</label>{' '}
          <select id="retention" value={settings.retentionWeeks} onChange={(e) => update({ retentionWeeks: Number(e.currentTarget.value) })}>
            {RETENTION.map(([weeks, label]) => (
              <option key={weeks} value={weeks}>
                {i18n.t(label)}
              </option>
            ))}
          </select>
        </p>
      </fieldset>
    </section>
  );
}
