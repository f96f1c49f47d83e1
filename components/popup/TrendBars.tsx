import { i18n } from '#i18n';
import type { TrendWeek } from '@/lib/history/report';
import { shortDate } from '../shared/dates';

const WIDTH = 320;
const HEIGHT = 90;
const GAP = 4;
/**
 * The bars' layers, bottom up: the table's column heading and the legend's label for each. Every colour has a
 * legend entry, grey included: posts Muffin could not judge (not in English) still count in the week. The new
 * posts' verdicts come first; the replies sit on top, a layer of their own, so the mix below stays the new posts'.
 */
const LAYERS = [
  ['conversation', 'popup.trend.conversations', 'popup.trend.legendConversation'],
  ['broadcast', 'popup.trend.broadcasts', 'popup.trend.legendBroadcast'],
  ['hardSell', 'popup.trend.hardSell', 'popup.trend.legendHardSell'],
  ['none', 'popup.trend.noSignal', 'popup.trend.legendNone'],
  ['replies', 'popup.trend.replies', 'popup.trend.legendReplies'],
] as const;

const labelOf = (week: TrendWeek) => shortDate(week.week * 86_400_000);

/** Twelve weeks as stacked bars (conversation at the bottom), plain SVG; the table beside it is for screen readers. */
export function TrendBars({ trend, selected }: { trend: TrendWeek[]; selected: number }) {
  const most = Math.max(1, ...trend.map((w) => w.total + w.replies));
  const barWidth = (WIDTH - GAP * (trend.length - 1)) / trend.length;
  return (
    <figure class="trend">
      <figcaption id="trend-caption">{i18n.t('popup.trend.caption')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`} width="100%" aria-hidden="true" data-testid="trend-bars">
        {trend.map((week, i) => {
          const x = i * (barWidth + GAP);
          let y = HEIGHT;
          return (
            <g key={week.week} class={week.week === selected ? 'selected' : undefined}>
              <title>
                {i18n.t('popup.trend.bar', { week: labelOf(week), posts: week.total, conversations: week.conversation, broadcasts: week.broadcast, hardSell: week.hardSell, replies: week.replies })}
              </title>
              {week.total + week.replies === 0 && <rect x={x} y={HEIGHT - 1} width={barWidth} height={1} class="bar-empty" />}
              {LAYERS.map(([key]) => {
                const height = (week[key] / most) * (HEIGHT - 4);
                y -= height;
                return height > 0 ? <rect key={key} x={x} y={y} width={barWidth} height={height} class={`bar-${key}`} /> : null;
              })}
              {(i === 0 || i === trend.length - 1 || i === 6) && (
                <text
                  x={i === 0 ? x : i === trend.length - 1 ? x + barWidth : x + barWidth / 2}
                  y={HEIGHT + 12}
                  text-anchor={i === 0 ? 'start' : i === trend.length - 1 ? 'end' : 'middle'}
                  class="bar-label"
                >
                  {labelOf(week)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden" aria-labelledby="trend-caption">
        <thead>
          <tr>
            <th scope="col">{i18n.t('popup.trend.weekOf')}</th>
            <th scope="col">{i18n.t('popup.trend.posts')}</th>
            {LAYERS.map(([key, label]) => (
              <th scope="col" key={key}>
                {i18n.t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.map((week) => (
            <tr key={week.week}>
              <th scope="row">{labelOf(week)}</th>
              <td>{week.total}</td>
              {LAYERS.map(([key]) => (
                <td key={key}>{week[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="legend" aria-hidden="true" data-testid="trend-legend">
        {LAYERS.map(([key, , label]) => (
          <li key={key} data-layer={key}>
            <span class={`swatch bar-${key}`} /> {i18n.t(label)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
