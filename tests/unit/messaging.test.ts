import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rulesById } from '@/lib/analysis';
import type { Finding } from '@/lib/analysis/types';
import { coachHandlers, findingForCoach } from '@/lib/background/coach-handlers';
import { runtimeMessenger } from '@/lib/messaging/client';
import { handleMessage, listenForMessages, type Handlers } from '@/lib/messaging/listen';
import type { AnalysisResponse } from '@/lib/messaging/protocol';
import { checkMessage } from '@/lib/messaging/validate';

const STORY =
  'Hey, we just added cinnamon-raisin muffins to our muffin line up. You have got to come over within the next two hours and try them. If you tell them you saw me on the sidewalk, they will give you a 10% discount. Bye.';
const PUBLISHED = { type: 'published', verdict: 'hard-sell', rules: ['pushy'], platform: 'x', improved: false, chars: 216, publishedAt: 1_700_000_000_000 };
const coach = { kind: 'coach' as const, origin: 'https://x.com' };

/** The analysis an analyze message gets back from the coach's handlers. */
async function analyzed(text: string, handlers: Partial<Handlers> = coachHandlers(), ignoreRules: string[] = []): Promise<AnalysisResponse> {
  const answer = await handleMessage({ type: 'analyze', text, platform: 'x', ignoreRules }, handlers, coach);
  if (!answer?.ok) throw new Error(`no analysis: ${JSON.stringify(answer)}`);
  return answer.result as AnalysisResponse;
}

describe('the boundary check', () => {
  it.each([
    ['a non-object', 'analyze'],
    ['null', null],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a type inherited from Object', { type: 'toString' }],
  ])('leaves %s to other listeners', (_name, message) => {
    expect(checkMessage(message, 'coach')).toBeNull();
  });

  it.each([
    ['an analyze request without text', { type: 'analyze', platform: 'x', ignoreRules: [] }],
    ['an analyze request with a huge text', { type: 'analyze', text: 'a'.repeat(40_001), platform: 'x', ignoreRules: [] }],
    ['an analyze request with a bad platform', { type: 'analyze', text: 'hi', platform: '<script>', ignoreRules: [] }],
    ['an analyze request with non-string rules', { type: 'analyze', text: 'hi', platform: 'x', ignoreRules: [1] }],
    ['a published record with an unknown verdict', { ...PUBLISHED, verdict: 'great' }],
    ['a published record with negative chars', { ...PUBLISHED, chars: -1 }],
    ['a published record with a string time', { ...PUBLISHED, publishedAt: 'now' }],
    ['a published record with improved as a string', { ...PUBLISHED, improved: 'yes' }],
    ['a published record with reply as a string', { ...PUBLISHED, reply: 'true' }],
    ['a published record with reply as null', { ...PUBLISHED, reply: null }],
    ['an ignore-rule with an unknown scope', { type: 'ignore-rule', rule: 'pushy', scope: 'all-sites' }],
    ['an ignore-rule that names a site itself', { type: 'ignore-rule', rule: 'pushy', scope: { site: 'https://evil.example' } }],
    ['a team import without a person', { type: 'team:import', files: [{ exportedAt: '', posts: [] }] }],
    ['a history record that is not one', { type: 'history:record', record: { id: 'a' } }],
  ])('refuses %s, saying why', (_name, message) => {
    expect(checkMessage(message, 'extension-page')).toEqual({ ok: false, error: expect.stringMatching(/\w+ \w+/) });
  });

  it('keeps only the known fields of a well-formed message', () => {
    // A coach from before replies sends no `reply`: the post is a new post.
    expect(checkMessage({ ...PUBLISHED, extra: 'dropped' }, 'coach')).toEqual({ ok: true, message: { ...PUBLISHED, reply: false } });
    expect(checkMessage({ ...PUBLISHED, reply: true }, 'coach')).toEqual({ ok: true, message: { ...PUBLISHED, reply: true } });
    expect(checkMessage({ type: 'analyze', text: 'hi', platform: 'x', ignoreRules: ['pushy'], x: 1 }, 'coach')).toEqual({
      ok: true,
      message: { type: 'analyze', text: 'hi', platform: 'x', ignoreRules: ['pushy'] },
    });
    expect(checkMessage({ type: 'ignore-rule', rule: 'pushy' }, 'coach')).toEqual({ ok: true, message: { type: 'ignore-rule', rule: 'pushy', scope: 'everywhere' } });
  });

  it('takes history writes from Muffin’s own pages only, never from a content script', () => {
    for (const message of [{ type: 'history:clear' }, { type: 'team:clear' }, { type: 'team:forget', person: 'Ada' }]) {
      expect(checkMessage(message, 'coach')).toEqual({ ok: false, error: 'Only Muffin’s own pages can change the history.' });
      expect(checkMessage(message, 'extension-page')).toMatchObject({ ok: true });
    }
  });

  it('says which post of a history import is wrong', () => {
    expect(checkMessage({ type: 'history:import', posts: [{ id: 'x' }] }, 'extension-page')).toEqual({ ok: false, error: 'Post 1 of 1: "publishedAt" is not a date (undefined)' });
  });
});

describe('the coach’s handlers', () => {
  it('analyze a draft: the verdict, and each finding named, on its words, in the rule’s own English', async () => {
    const response = await analyzed(STORY);
    expect(response).toMatchObject({ type: 'analysis', enabled: true, verdict: 'hard-sell' });
    const phrase = (rule: string) => {
      const finding = response.findings.find((f) => f.rule === rule);
      return finding && STORY.slice(finding.start, finding.end);
    };
    expect(phrase('pushy')).toBe('You have got to come over');
    expect(phrase('urgency')).toBe('within the next two hours');
    expect(phrase('abrupt-sign-off')).toBe('Bye.');
    for (const finding of response.findings) {
      const rule = rulesById.get(finding.rule)!;
      expect(finding).toMatchObject({ name: rule.name, category: rule.category, message: rule.message });
      // The advice is the rule's, word for word; an example question follows it or travels apart.
      expect(finding.suggestion?.advice.startsWith(rule.advice)).toBe(true);
    }
  });

  it('carry the example question to end on as data', async () => {
    const signOff = (await analyzed(STORY)).findings.find((f) => f.rule === 'abrupt-sign-off')!;
    expect(signOff.suggestion?.example ?? signOff.suggestion?.advice).toContain("What's your favourite muffin?");
  });

  it('translate a rule’s name, message and advice, and pass the example question on as a field', () => {
    const english = (fakeBrowser as unknown as { i18n: { getMessage(name: string): string } }).i18n;
    Object.assign(fakeBrowser, { i18n: { getMessage: (name: string) => (english.getMessage(name) ? `[${english.getMessage(name)}]` : '') } });
    try {
      const rule = rulesById.get('abrupt-sign-off')!;
      const finding: Finding = { rule: rule.id, category: rule.category, start: 0, end: 4, message: rule.message, suggestion: { replacement: 'Q?', advice: rule.advice, example: 'Q?' } };
      const shown = findingForCoach(finding);
      expect(shown).toEqual({
        ...finding,
        name: `[${rule.name}]`,
        message: `[${rule.message}]`,
        suggestion: { replacement: 'Q?', advice: `[${rule.advice}]`, example: 'Q?' },
      });
      // Text the analyzer wrote itself (not the rule's) stays as it is: nothing is parsed back out of it.
      const own = findingForCoach({ ...finding, suggestion: { advice: `${rule.advice} And more.` } });
      expect(own.suggestion).toEqual({ advice: `${rule.advice} And more.` });
    } finally {
      Object.assign(fakeBrowser, { i18n: english });
    }
  });

  it('leave out ignored rules', async () => {
    expect((await analyzed(STORY)).findings.map((f) => f.rule)).toContain('pushy');
    expect((await analyzed(STORY, coachHandlers(), ['pushy'])).findings.map((f) => f.rule)).not.toContain('pushy');
  });

  it('answer "not enabled" with no findings when the person paused Muffin or switched the site off', async () => {
    const coachSettings = vi.fn(async (origin: string | undefined) => ({ enabled: origin !== 'https://x.com', options: {} }));
    const message = { type: 'analyze', text: STORY, platform: 'x', ignoreRules: [] };
    expect(await handleMessage(message, coachHandlers({ coachSettings }), coach)).toEqual({ ok: true, result: { type: 'analysis', enabled: false, verdict: 'none', findings: [] } });
    expect(coachSettings).toHaveBeenCalledWith('https://x.com');
    expect(await handleMessage(message, coachHandlers({ coachSettings }), { kind: 'coach', origin: 'https://bsky.app' })).toMatchObject({ ok: true, result: { enabled: true, verdict: 'hard-sell' } });
  });

  it('apply the person’s options: their ignored rules and their own phrases', async () => {
    const coachSettings = async () => ({ enabled: true, options: { ignoreRules: ['urgency'], customPhrases: ['line up'] } });
    const { findings } = await analyzed(STORY, coachHandlers({ coachSettings }));
    expect(findings.map((f) => f.rule)).not.toContain('urgency');
    expect(findings.find((f) => f.rule === 'custom-phrase')?.name).toBe('Your flagged phrase');
  });

  it('pass "Ignore this rule" and "Why?" on, the site taken from the sender', async () => {
    const ignoreRule = vi.fn();
    const openRuleHelp = vi.fn();
    const handlers = coachHandlers({ ignoreRule, openRuleHelp });
    await handleMessage({ type: 'ignore-rule', rule: 'pushy' }, handlers, { kind: 'coach' });
    await handleMessage({ type: 'ignore-rule', rule: 'urgency', scope: 'site' }, handlers, coach);
    await handleMessage({ type: 'open-rule-help', rule: 'urgency' }, handlers, coach);
    expect(ignoreRule).toHaveBeenNthCalledWith(1, 'pushy', 'everywhere', undefined);
    expect(ignoreRule).toHaveBeenNthCalledWith(2, 'urgency', 'site', 'https://x.com');
    expect(openRuleHelp).toHaveBeenCalledWith('urgency');
  });

  it('hand a published record to the history without its type', async () => {
    const recordPublished = vi.fn();
    expect(await handleMessage(PUBLISHED, coachHandlers({ recordPublished }), coach)).toEqual({ ok: true, result: null });
    const { type: _type, ...record } = PUBLISHED;
    expect(recordPublished).toHaveBeenCalledWith({ ...record, reply: false });
    await handleMessage({ ...PUBLISHED, reply: true }, coachHandlers({ recordPublished }), coach);
    expect(recordPublished).toHaveBeenLastCalledWith({ ...record, reply: true });
  });

  it('answer a handler’s failure with its message', async () => {
    const recordPublished = () => Promise.reject(new Error('storage is full'));
    expect(await handleMessage(PUBLISHED, coachHandlers({ recordPublished }), coach)).toEqual({ ok: false, error: 'storage is full' });
  });
});

describe('runtime messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the content script’s analyze request through browser.runtime', async () => {
    listenForMessages({ ...coachHandlers() } as Handlers);
    const response = await runtimeMessenger.analyze(STORY, 'x', []);
    expect(response?.verdict).toBe('hard-sell');
    expect(response?.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['pushy', 'urgency', 'promo-code', 'abrupt-sign-off']));
  });

  it('gives the coach null, not an exception, when no background answers', async () => {
    expect(await runtimeMessenger.analyze(STORY, 'x', [])).toBeNull();
  });
});

describe('coach settings from the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns coaching off when paused or when the site is switched off, and passes the analysis options', async () => {
    const { coachSettingsFor } = await import('@/lib/background/coach-settings');
    const { saveSettings } = await import('@/lib/storage/settings');
    expect((await coachSettingsFor('https://x.com')).enabled).toBe(true);
    await saveSettings({ sites: { 'https://x.com/*': false }, sensitivity: 'strict' });
    expect(await coachSettingsFor('https://x.com')).toMatchObject({ enabled: false, options: { sensitivity: 'strict' } });
    // X is one site: switching off x.com switches off twitter.com.
    expect((await coachSettingsFor('https://twitter.com')).enabled).toBe(false);
    expect((await coachSettingsFor('https://bsky.app')).enabled).toBe(true);
    await saveSettings({ paused: true });
    expect((await coachSettingsFor('https://bsky.app')).enabled).toBe(false);
  });

  it('adds an ignored rule once', async () => {
    const { ignoreRuleEverywhere } = await import('@/lib/background/coach-settings');
    const { loadSettings } = await import('@/lib/storage/settings');
    await ignoreRuleEverywhere('pushy');
    await ignoreRuleEverywhere('pushy');
    expect((await loadSettings()).settings.ignoreRules).toEqual(['pushy']);
  });

  it('ignores a rule on one site only, from the sender’s origin', async () => {
    const { coachSettingsFor, ignoreRuleFromCard } = await import('@/lib/background/coach-settings');
    const { loadSettings } = await import('@/lib/storage/settings');
    await ignoreRuleFromCard('urgency', 'site', 'https://x.com');
    await ignoreRuleFromCard('urgency', 'site', 'https://x.com');
    await ignoreRuleFromCard('price', 'site', undefined);
    expect((await loadSettings()).settings.siteIgnoreRules).toEqual({ 'https://x.com/*': ['urgency'] });
    expect((await coachSettingsFor('https://x.com')).options.ignoreRules).toEqual(['urgency']);
    expect((await coachSettingsFor('https://bsky.app')).options.ignoreRules).toEqual([]);
    await ignoreRuleFromCard('pushy', 'everywhere', 'https://x.com');
    expect((await coachSettingsFor('https://bsky.app')).options.ignoreRules).toEqual(['pushy']);
    expect((await coachSettingsFor('https://x.com')).options.ignoreRules).toEqual(['pushy', 'urgency']);
  });
});
