import { describe, expect, it } from 'vitest';
import { FITTED } from '../../../lib/analysis/rules/fitted';
import { allRules } from '../../../lib/analysis';
import { fitVerdict, foldOf, leaveOneSourceOut } from '../../../lib/evaluation/fit';
import { PERSONAL_CORPUS, readCorpus, tuningCorpora } from '../../../lib/evaluation/corpora';
import type { LabelledPost } from '../../../lib/evaluation/metrics';


describe('the fitted verdict', () => {
  it('is what `npm run fit` gives on the tuning corpora today (run it after changing a rule or a corpus)', () => {
    const files = tuningCorpora();
    const posts = files.flatMap((f) => readCorpus<LabelledPost>(f));
    const personal = readCorpus<{ text: string }>(PERSONAL_CORPUS).map((m) => m.text);
    expect(fitVerdict(posts, files, personal).fitted).toEqual(FITTED);
  }, 60_000);

  it('was fitted on tuning corpora only, never a hold-out', () => {
    for (const name of FITTED.report!.corpora) expect(name).not.toMatch(/holdout/);
  });

  it('has a weight for every rule, none negative, and thresholds that rise from strict to gentle', () => {
    for (const rule of allRules) expect(FITTED.weights[rule.id]).toBeGreaterThanOrEqual(0);
    const t = FITTED.hardSell.threshold;
    expect(t.strict).toBeLessThan(t.standard);
    expect(t.standard).toBeLessThan(t.gentle);
    expect(FITTED.hardSell.personalVoice).toBeGreaterThanOrEqual(0);
    expect(FITTED.hardSell.reply).toBeGreaterThanOrEqual(0);
  });

  it('lets one real opening for the reader decide a conversation, as the rubric does', () => {
    for (const rule of allRules.filter((r) => r.opening)) expect(FITTED.weights[rule.id]).toBeGreaterThanOrEqual(FITTED.conversation.threshold.standard);
  });

  it('splits posts into folds by id alone', () => {
    expect(foldOf('p001')).toBe(foldOf('p001'));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`x${i}`)));
    expect(folds.size).toBe(5);
  });

  it('judges each source with the weights fitted without it', () => {
    const posts = [
      { id: 'a1', source: 'a', label: 'hard-sell' as const, text: 'Only 3 left, order yours today!' },
      { id: 'a2', source: 'a', label: 'conversation' as const, text: '@sam so sorry about that, DM us your order number.' },
      { id: 'b1', source: 'b', label: 'broadcast' as const, text: 'We are proud to announce our new head baker.' },
      { id: 'b2', source: 'b', label: 'hard-sell' as const, text: 'Sale ends tonight: 20% off every loaf.' },
    ];
    const results = leaveOneSourceOut(posts, [], FITTED);
    expect(results.map((r) => [r.source, r.posts])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    for (const r of results) {
      expect(r.within.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.without.accuracy).toBeLessThanOrEqual(1);
    }
    expect(results.find((r) => r.source === 'b')!.within.hardSellRecall).toBe(1);
  });
});
