import { TARGET_RULES, targetRule, type TargetRuleId } from '@/lib/history/targets';
import type { Weekday } from '@/lib/history/types';
import type { Settings } from '@/lib/storage/settings';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RETENTION = [
  [13, '3 months'],
  [26, '6 months'],
  [52, '1 year'],
  [104, '2 years'],
  [0, 'Forever'],
] as const;

/** The weekly report: target rule, week start, name, privacy, retention. */
export function ReportSettings({ settings, update, readOnly }: { settings: Settings; update: (change: Partial<Settings>) => Promise<void>; readOnly: boolean }) {
  const custom = targetRule('custom', settings.customCap);
  return (
    <section id="team" aria-labelledby="report-heading">
      <h2 id="report-heading">Weekly report</h2>
      <fieldset disabled={readOnly}>
        <legend>Target</legend>
        {[...Object.values(TARGET_RULES), custom].map((rule) => (
          <label class="row" key={rule.id}>
            <input type="radio" name="target" value={rule.id} checked={settings.targetRule === rule.id} onChange={() => update({ targetRule: rule.id as TargetRuleId })} />{' '}
            <strong>{rule.id === 'custom' ? 'Your own cap' : rule.name}</strong>: {rule.description}
          </label>
        ))}
        <p>
          <label for="custom-cap">Your cap on hard-sell posts (%)</label>{' '}
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
        <legend>Weeks and reports</legend>
        <p>
          <label for="week-start">Weeks start on</label>{' '}
          <select id="week-start" value={settings.weekStart} onChange={(e) => update({ weekStart: Number(e.currentTarget.value) as Weekday })}>
            {WEEKDAYS.map((day, index) => (
              <option key={day} value={index}>
                {day}
              </option>
            ))}
          </select>
        </p>
        <label class="row">
          <input type="checkbox" checked={settings.weeklyNotification} onChange={(e) => update({ weeklyNotification: e.currentTarget.checked })} /> Tell me when my weekly tone
          summary is ready (a notification when each week closes)
        </label>
        <p>
          <label for="person-name">Your name in team reports</label>{' '}
          <input id="person-name" type="text" value={settings.personName} onChange={(e) => update({ personName: e.currentTarget.value.trim() })} />
        </p>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>Privacy</legend>
        <label class="row">
          <input type="checkbox" checked={settings.keepText} onChange={(e) => update({ keepText: e.currentTarget.checked })} /> Keep the text of my posts in the history (off: only the
          tone, the flags and the length are kept)
        </label>
        <p>
          <label for="retention">Keep history for</label>{' '}
          <select id="retention" value={settings.retentionWeeks} onChange={(e) => update({ retentionWeeks: Number(e.currentTarget.value) })}>
            {RETENTION.map(([weeks, label]) => (
              <option key={weeks} value={weeks}>
                {label}
              </option>
            ))}
          </select>
        </p>
      </fieldset>
    </section>
  );
}
