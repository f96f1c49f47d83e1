import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { aggregateHistory } from '@/lib/history/aggregate';
import { parseHistoryFiles } from '@/lib/history/import';
import { weeklyReport } from '@/lib/history/report';
import { targetRule } from '@/lib/history/targets';
import type { TeamStore } from '@/lib/history/team';
import { localTimeZone } from '@/lib/history/time-zone';
import { createWeekCalendar } from '@/lib/history/weeks';
import { browserWording } from '@/lib/i18n/browser-wording';
import { request } from '@/lib/messaging/page-client';
import type { Settings } from '@/lib/storage/settings';
import { readFiles } from '../shared/download';
import { alreadyThere, importProblemText } from '../shared/messages';
import { WeekNavigator } from './WeekNavigator';

/** The manager's view: one row per person whose export was imported. */
export function TeamView({ team, settings }: { team: TeamStore; settings: Settings }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);
  const calendar = useMemo(() => createWeekCalendar(localTimeZone(), settings.weekStart), [settings.weekStart]);
  const currentWeek = calendar.weekOf(Date.now());
  const [week, setWeek] = useState(currentWeek);
  const target = targetRule(settings.targetRule, settings.customCap, browserWording);
  const rows = useMemo(
    () =>
      team.members.map((member) => ({
        person: member.person,
        report: weeklyReport(aggregateHistory(member.posts, calendar), week, currentWeek, target, browserWording, member.person),
      })),
    [team, calendar, week, currentWeek, target.cap],
  );

  const onFiles = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = await readFiles(input.files);
    input.value = '';
    if (files.length === 0) return;
    const parsed = parseHistoryFiles(files, i18n.t('popup.team.unnamed'));
    if (!parsed.ok) {
      setMessage({ kind: 'error', lines: [i18n.t('common.nothingImported'), ...parsed.problems.map(importProblemText)] });
      return;
    }
    try {
      const result = await request({ type: 'team:import', files: parsed.files });
      setMessage({
        kind: 'ok',
        lines: [i18n.t('popup.team.imported', result.added, { duplicates: alreadyThere(result.duplicates), people: result.people })],
      });
    } catch (error) {
      setMessage({ kind: 'error', lines: [i18n.t('common.nothingImported'), error instanceof Error ? error.message : String(error)] });
    }
  };

  const forget = async (person: string) => {
    if (!confirm(i18n.t('popup.team.confirmForget', { person }))) return;
    await request({ type: 'team:forget', person });
  };

  return (
    <section aria-labelledby="team-heading" class="team">
      <h2 id="team-heading" class="visually-hidden">
        {i18n.t('popup.team.heading')}
      </h2>
      <p>
        <label class="file-button">
          {i18n.t('popup.team.importFiles')}
          <input type="file" accept=".json,application/json" multiple onChange={onFiles} data-testid="team-import" />
        </label>
      </p>
      {message && (
        <div role={message.kind === 'error' ? 'alert' : 'status'} class={`message ${message.kind}`} data-testid="team-message">
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {rows.length === 0 ? (
        <p class="muted">{i18n.t('popup.team.askForFiles')}</p>
      ) : (
        <>
          <WeekNavigator week={week} currentWeek={currentWeek} onChange={(w) => setWeek(Math.min(w, currentWeek))} />
          <table class="team-table" data-testid="team-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t('popup.team.person')}</th>
                <th scope="col">{i18n.t('popup.team.posts')}</th>
                <th scope="col">{i18n.t('popup.team.replies')}</th>
                <th scope="col">{i18n.t('popup.team.conversations')}</th>
                <th scope="col">{i18n.t('popup.team.hardSell')}</th>
                <th scope="col">{target.name}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('popup.team.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ person, report }) => (
                <tr key={person}>
                  <th scope="row" title={report.sentence}>
                    {person}
                  </th>
                  <td>{report.stats.total}</td>
                  <td>{report.stats.replies.total}</td>
                  <td>
                    {report.stats.conversation} ({report.shares.conversation}%)
                  </td>
                  <td>{report.stats.hardSell}</td>
                  <td class={`status-${report.status.kind}`}>{report.status.label}</td>
                  <td>
                    <button type="button" aria-label={i18n.t('popup.team.remove', { person })} onClick={() => forget(person)}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="team-sentences">
            {rows.map(({ person, report }) => (
              <li key={person}>
                <strong>{person}:</strong> {report.sentence}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
