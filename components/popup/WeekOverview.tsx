import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { WeeklyReport } from '@/lib/history/report';
import { siteLabel } from '@/lib/sites';

// Brand names (the registry's labels) stay as they are in every language.
export const platformName = (id: string) => (id === 'other' ? i18n.t('common.platform.other') : (siteLabel(id) ?? id));

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;
}

/** "new post" or "new posts" after a count shown on its own. */
const newPostsWord = (n: number) => i18n.t('popup.counts.newPosts', n);

/** The week's replies, their own line: how many, any hard sell among them, and the change since the week before. */
function RepliesLine({ report }: { report: WeeklyReport }) {
  const { replies } = report.stats;
  const compared = report.previous.total + report.previous.replies.total > 0;
  return (
    <p class="replies" data-testid="replies">
      <span class="swatch bar-replies" aria-hidden="true" /> <span data-testid="count-replies">{replies.total}</span> {i18n.t('popup.counts.repliesWord', replies.total)}
      {replies.hardSell > 0 && ` ${i18n.t('popup.counts.repliesHardSell', { count: replies.hardSell })}`}
      {compared && (
        <span class="change" data-testid="replies-change">
          {' · '}
          {i18n.t('popup.counts.repliesChange', { change: signed(report.change.replies) })}
        </span>
      )}
    </p>
  );
}

/** The selected week: counts and shares against the target, the summary line, and the details. */
export function WeekOverview({ report }: { report: WeeklyReport }) {
  const { stats, shares, status } = report;
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.sentence);
      setCopied(i18n.t('popup.summary.copied'));
    } catch {
      setCopied(i18n.t('popup.summary.copyFailed'));
    }
  };
  return (
    <>
      <section aria-labelledby="counts-heading" class="counts">
        <h2 id="counts-heading" class="visually-hidden">
          {i18n.t('popup.counts.heading', { when: report.when })}
        </h2>
        <dl>
          <div class="count conversation">
            <dt>{i18n.t('popup.counts.conversations')}</dt>
            <dd data-testid="count-conversation">{stats.conversation}</dd>
            <dd class="share" data-testid="share-conversation">{shares.conversation}%</dd>
          </div>
          <div class="count broadcast">
            <dt>{i18n.t('popup.counts.broadcasts')}</dt>
            <dd data-testid="count-broadcast">{stats.broadcast}</dd>
            <dd class="share">{shares.broadcast}%</dd>
          </div>
          <div class="count hard-sell">
            <dt>{i18n.t('popup.counts.hardSell')}</dt>
            <dd data-testid="count-hard-sell">{stats.hardSell}</dd>
            <dd class="share">{shares.hardSell}%</dd>
          </div>
        </dl>
        <p class="total">
          <span data-testid="count-total">{stats.total}</span> {newPostsWord(stats.total)}
          {stats.none > 0 && ` ${i18n.t('popup.counts.withoutTone', { count: stats.none })}`}
          {report.previous.total > 0 || stats.total > 0 ? (
            <span class="change" data-testid="week-change">
              {' · '}
              {i18n.t('popup.counts.change', {
                posts: i18n.t('popup.counts.changePosts', Math.abs(report.change.posts), [signed(report.change.posts)]),
                conversations:
                  report.change.conversationPoints === null ? '' : i18n.t('popup.counts.changeConversations', { points: signed(report.change.conversationPoints) }),
              })}
            </span>
          ) : null}
        </p>
        <RepliesLine report={report} />
        <p class={`status status-${status.kind}`} data-testid="target-status">
          <strong>{report.target.name}:</strong> {status.label}
        </p>
      </section>

      <section aria-labelledby="summary-heading" class="summary">
        <h2 id="summary-heading">{i18n.t('popup.summary.heading')}</h2>
        <p data-testid="summary-sentence">{report.sentence}</p>
        <button type="button" onClick={copy}>
          {i18n.t('popup.summary.copy')}
        </button>
        <span role="status" class="copied">
          {copied}
        </span>
      </section>

      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading">{i18n.t('popup.habits.heading')}</h2>
        {report.topHabits.length === 0 ? (
          <p class="muted">{i18n.t('popup.habits.none', { when: report.when })}</p>
        ) : (
          <ol class="habits" data-testid="top-habits">
            {report.topHabits.map((habit) => (
              <li key={habit.rule}>
                <a href={`/options.html#rule-${encodeURIComponent(habit.rule)}`} target="_blank">
                  {habit.name}
                </a>{' '}
                <span class="muted">
                  {i18n.t('popup.habits.inPosts', habit.count)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {report.platforms.length > 0 && (
        <section aria-labelledby="platforms-heading">
          <h2 id="platforms-heading">{i18n.t('popup.platforms.heading')}</h2>
          <table class="platforms" data-testid="platforms">
            <thead>
              <tr>
                <th scope="col">{i18n.t('popup.platforms.platform')}</th>
                <th scope="col">{i18n.t('popup.platforms.posts')}</th>
                <th scope="col">{i18n.t('popup.platforms.replies')}</th>
                <th scope="col">{i18n.t('popup.platforms.conversations')}</th>
                <th scope="col">{i18n.t('popup.platforms.hardSell')}</th>
              </tr>
            </thead>
            <tbody>
              {report.platforms.map((p) => (
                <tr key={p.platform}>
                  <th scope="row">{platformName(p.platform)}</th>
                  <td>{p.total}</td>
                  <td>{p.replies}</td>
                  <td>{p.conversation}</td>
                  <td>{p.hardSell}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="impact-heading">
        <h2 id="impact-heading">{i18n.t('popup.impact.heading')}</h2>
        <p data-testid="improved">
          {report.improved.posts === 0
            ? i18n.t('popup.impact.none', { when: report.when })
            : i18n.t('popup.impact.improved', {
                drafts: i18n.t('popup.impact.drafts', report.improved.posts),
                cards: i18n.t('popup.impact.cards', report.improved.cards),
              })}
        </p>
      </section>
    </>
  );
}
