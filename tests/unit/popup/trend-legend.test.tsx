// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TrendBars } from '../../../components/popup/TrendBars';
import type { TrendWeek } from '../../../lib/history/report';

const week = (n: number, counts: Partial<TrendWeek>): TrendWeek => ({ week: 20_400 + 7 * n, weekIso: '', total: 0, conversation: 0, broadcast: 0, hardSell: 0, none: 0, replies: 0, ...counts });

describe('the 12-week chart', () => {
  it('names every colour its bars use in the legend, the grey of posts with no clear tone included', () => {
    const trend = Array.from({ length: 12 }, (_, i) => week(i, i === 11 ? { total: 10, conversation: 4, broadcast: 3, hardSell: 2, none: 1 } : {}));
    const root = document.createElement('div');
    render(<TrendBars trend={trend} selected={trend[11]!.week} />, root);
    const drawn = new Set([...root.querySelectorAll('svg rect')].map((r) => r.getAttribute('class')!).filter((c) => c !== 'bar-empty'));
    expect([...drawn].sort()).toEqual(['bar-broadcast', 'bar-conversation', 'bar-hardSell', 'bar-none']);
    const legend = [...root.querySelectorAll('[data-testid="trend-legend"] li')];
    expect(legend.map((li) => li.querySelector('.swatch')!.getAttribute('class')).sort()).toEqual([...drawn].map((c) => `swatch ${c}`).sort());
    expect(legend.map((li) => li.textContent!.trim())).toEqual(['conversation', 'broadcast', 'hard sell', 'no clear tone (not in English)']);
  });
});
