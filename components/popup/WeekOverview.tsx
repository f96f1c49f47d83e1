import { useState } from 'preact/hooks';
import type { WeeklyReport } from '@/lib/history/report';

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
  youtube: 'YouTube',
  other: 'Other sites',
};

export const platformName = (id: string) => PLATFORM_NAMES[id] ?? id;

function signed(n: number, unit: string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}${unit}`;
}

/** The selected week: counts and shares against the target, the summary line, and the details. */
export function WeekOverview({ report }: { report: WeeklyReport }) {
  const { stats, shares, status } = report;
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.sentence);
      setCopied('Copied');
    } catch {
      setCopied('Could not copy: select the text and copy it');
    }
  };
  return (
    <>
      <section aria-labelledby="counts-heading" class="counts">
        <h2 id="counts-heading" class="visually-hidden">
          Counts for {report.when}
        </h2>
        <dl>
          <div class="count conversation">
            <dt>Conversations</dt>
            <dd data-testid="count-conversation">{stats.conversation}</dd>
            <dd class="share" data-testid="share-conversation">{shares.conversation}%</dd>
          </div>
          <div class="count broadcast">
            <dt>Broadcasts</dt>
            <dd data-testid="count-broadcast">{stats.broadcast}</dd>
            <dd class="share">{shares.broadcast}%</dd>
          </div>
          <div class="count hard-sell">
            <dt>Hard sell</dt>
            <dd data-testid="count-hard-sell">{stats.hardSell}</dd>
            <dd class="share">{shares.hardSell}%</dd>
          </div>
        </dl>
        <p class="total">
          <span data-testid="count-total">{stats.total}</span> {stats.total === 1 ? 'post' : 'posts'}
          {stats.none > 0 && ` (${stats.none} without a clear tone)`}
          {report.previous.total > 0 || stats.total > 0 ? (
            <span class="change" data-testid="week-change">
              {' · '}
              {signed(report.change.posts, '')} {Math.abs(report.change.posts) === 1 ? 'post' : 'posts'}
              {report.change.conversationPoints !== null && `, conversations ${signed(report.change.conversationPoints, ' pts')}`} vs the week before
            </span>
          ) : null}
        </p>
        <p class={`status status-${status.kind}`} data-testid="target-status">
          <strong>{report.target.name}:</strong> {status.label}
        </p>
      </section>

      <section aria-labelledby="summary-heading" class="summary">
        <h2 id="summary-heading">Summary</h2>
        <p data-testid="summary-sentence">{report.sentence}</p>
        <button type="button" onClick={copy}>
          Copy summary
        </button>
        <span role="status" class="copied">
          {copied}
        </span>
      </section>

      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading">Habits to work on</h2>
        {report.topHabits.length === 0 ? (
          <p class="muted">None {report.when}.</p>
        ) : (
          <ol class="habits" data-testid="top-habits">
            {report.topHabits.map((habit) => (
              <li key={habit.rule}>
                <a href={`/options.html#rule-${encodeURIComponent(habit.rule)}`} target="_blank">
                  {habit.name}
                </a>{' '}
                <span class="muted">
                  in {habit.count} {habit.count === 1 ? 'post' : 'posts'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {report.platforms.length > 0 && (
        <section aria-labelledby="platforms-heading">
          <h2 id="platforms-heading">By platform</h2>
          <table class="platforms" data-testid="platforms">
            <thead>
              <tr>
                <th scope="col">Platform</th>
                <th scope="col">Posts</th>
                <th scope="col">Conversations</th>
                <th scope="col">Hard sell</th>
              </tr>
            </thead>
            <tbody>
              {report.platforms.map((p) => (
                <tr key={p.platform}>
                  <th scope="row">{platformName(p.platform)}</th>
                  <td>{p.total}</td>
                  <td>{p.conversation}</td>
                  <td>{p.hardSell}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="impact-heading">
        <h2 id="impact-heading">Coaching impact</h2>
        <p data-testid="improved">
          {report.improved.posts === 0
            ? `No drafts changed on the coach's advice ${report.when}.`
            : `${report.improved.posts} ${report.improved.posts === 1 ? 'draft' : 'drafts'} improved before posting (${report.improved.cards} ${report.improved.cards === 1 ? 'card' : 'cards'} acted on).`}
        </p>
      </section>
    </>
  );
}
