// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TrendBars } from '../../../components/popup/TrendBars';
import type { TrendWeek } from '../../../lib/history/report';

const week = (n: number, counts: Partial<TrendWeek>): TrendWeek => ({ week: 20_400 + 7 * n, weekIso: '', total: 0, conversation: 0, broadcast: 0, hardSell: 0, none: 0, replies: 0, ...counts });

describe('the 12-week chart', () => {
  it('names every colour its bars use in the legend, the grey of posts with no clear tone and the replies included', () => {
    const trend = Array.from({ length: 12 }, (_, i) => week(i, i === 11 ? { total: 10, conversation: 4, broadcast: 3, hardSell: 2, none: 1, replies: 5 } : {}));
    const root = document.createElement('div');
    render(<TrendBars trend={trend} selected={trend[11]!.week} />, root);
    const drawn = new Set([...root.querySelectorAll('svg rect')].map((r) => r.getAttribute('class')!).filter((c) => c !== 'bar-empty'));
    expect([...drawn].sort()).toEqual(['bar-broadcast', 'bar-conversation', 'bar-hardSell', 'bar-none', 'bar-replies']);
    const legend = [...root.querySelectorAll('[data-testid="trend-legend"] li')];
    expect(legend.map((li) => li.querySelector('.swatch')!.getAttribute('class')).sort()).toEqual([...drawn].map((c) => `swatch ${c}`).sort());
    expect(legend.map((li) => li.textContent!.trim())).toEqual(['conversation', 'broadcast', 'hard sell', 'no clear tone (not in English)', 'replies']);
  });

  it('stacks the replies on top of the new posts, scaled with them, and lists them in the table', () => {
    const trend = Array.from({ length: 12 }, (_, i) => week(i, i === 10 ? { total: 4, conversation: 4, replies: 12 } : i === 11 ? { total: 8, hardSell: 8 } : {}));
    const root = document.createElement('div');
    render(<TrendBars trend={trend} selected={trend[11]!.week} />, root);
    const [repliesWeek, postsWeek] = [...root.querySelectorAll('svg g')].slice(10);
    const rect = (g: Element, layer: string) => g.querySelector(`rect.bar-${layer}`);
    const height = (g: Element, layer: string) => Number(rect(g, layer)!.getAttribute('height'));
    const y = (g: Element, layer: string) => Number(rect(g, layer)!.getAttribute('y'));
    // The tallest bar is 16 high (4 posts + 12 replies): replies three times the new posts, and above them.
    expect(height(repliesWeek!, 'replies')).toBeCloseTo(3 * height(repliesWeek!, 'conversation'));
    expect(y(repliesWeek!, 'replies') + height(repliesWeek!, 'replies')).toBeCloseTo(y(repliesWeek!, 'conversation'));
    expect(height(postsWeek!, 'hardSell')).toBeCloseTo(height(repliesWeek!, 'conversation') * 2);
    expect(rect(postsWeek!, 'replies')).toBeNull();
    expect(repliesWeek!.querySelector('title')!.textContent).toMatch(/: 4 new posts, 4 conversations, 0 broadcasts, 0 hard sell; 12 replies$/);
    const rows = [...root.querySelectorAll('table tbody tr')].slice(10).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['4', '4', '0', '0', '0', '12'],
      ['8', '0', '0', '8', '0', '0'],
    ]);
    expect([...root.querySelectorAll('table thead th')].map((th) => th.textContent).slice(1)).toEqual(['New posts', 'conversations', 'broadcasts', 'hard sell', 'no clear tone', 'replies']);
  });
});
