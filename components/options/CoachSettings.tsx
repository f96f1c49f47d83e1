import { allRules } from '@/lib/analysis/rules';
import type { Sensitivity } from '@/lib/analysis/types';
import type { Settings } from '@/lib/storage/settings';

const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];

/** How the coach reads drafts: sensitivity, the person's own phrases, what to leave alone. */
export function CoachSettings({ settings, update, readOnly }: { settings: Settings; update: (change: Partial<Settings>) => Promise<void>; readOnly: boolean }) {
  const toggleRule = (id: string, ignored: boolean) =>
    update({ ignoreRules: ignored ? [...settings.ignoreRules, id] : settings.ignoreRules.filter((rule) => rule !== id) });
  return (
    <section id="coach" aria-labelledby="coach-heading">
      <h2 id="coach-heading">The coach</h2>
      <fieldset disabled={readOnly}>
        <p>
          <label for="sensitivity">Sensitivity</label>{' '}
          <select id="sensitivity" value={settings.sensitivity} onChange={(e) => update({ sensitivity: e.currentTarget.value as Sensitivity })}>
            <option value="gentle">Gentle: only clear hard sell</option>
            <option value="standard">Standard</option>
            <option value="strict">Strict: every habit</option>
          </select>
        </p>
        <p>
          <label for="custom-phrases">Your own hard-sell phrases (one per line)</label>
          <textarea id="custom-phrases" rows={3} value={settings.customPhrases.join('\n')} onChange={(e) => update({ customPhrases: lines(e.currentTarget.value) })} />
        </p>
        <p>
          <label for="ignore-phrases">Phrases never to flag (one per line)</label>
          <textarea id="ignore-phrases" rows={3} value={settings.ignorePhrases.join('\n')} onChange={(e) => update({ ignorePhrases: lines(e.currentTarget.value) })} />
        </p>
        <fieldset>
          <legend>Rules to ignore</legend>
          <ul class="rule-toggles">
            {allRules
              .filter((rule) => rule.category !== 'conversation')
              .map((rule) => (
                <li key={rule.id}>
                  <label>
                    <input type="checkbox" checked={settings.ignoreRules.includes(rule.id)} onChange={(e) => toggleRule(rule.id, e.currentTarget.checked)} /> {rule.name}
                  </label>{' '}
                  <a href={`#rule-${rule.id}`}>why?</a>
                </li>
              ))}
          </ul>
        </fieldset>
      </fieldset>
    </section>
  );
}
