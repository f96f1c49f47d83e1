import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePost, type Finding } from '@/lib/analysis';
import { handleMessage } from '@/lib/messaging/handlers';
import { listenForCoachMessages } from '@/lib/messaging/listen';
import { runtimeMessenger } from '@/lib/messaging/client';
import { parseAnalysisResponse, parseMessage } from '@/lib/messaging/protocol';

const STORY =
  'Hey, we just added cinnamon-raisin muffins to our muffin line up. You have got to come over within the next two hours and try them. If you tell them you saw me on the sidewalk, they will give you a 10% discount. Bye.';
const PUBLISHED = { type: 'published', verdict: 'hard-sell', rules: ['pushy'], platform: 'x', improved: false, chars: 216, publishedAt: 1_700_000_000_000 };

describe('parseMessage', () => {
  it.each([
    ['a non-object', 'analyze'],
    ['null', null],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['an analyze request without text', { type: 'analyze', platform: 'x', ignoreRules: [] }],
    ['an analyze request with a huge text', { type: 'analyze', text: 'a'.repeat(40_001), platform: 'x', ignoreRules: [] }],
    ['an analyze request with a bad platform', { type: 'analyze', text: 'hi', platform: '<script>', ignoreRules: [] }],
    ['an analyze request with non-string rules', { type: 'analyze', text: 'hi', platform: 'x', ignoreRules: [1] }],
    ['a published record with an unknown verdict', { ...PUBLISHED, verdict: 'great' }],
    ['a published record with negative chars', { ...PUBLISHED, chars: -1 }],
    ['a published record with a string time', { ...PUBLISHED, publishedAt: 'now' }],
    ['a published record with improved as a string', { ...PUBLISHED, improved: 'yes' }],
    ['an ignore-rule with an unknown scope', { type: 'ignore-rule', rule: 'pushy', scope: 'all-sites' }],
    ['an ignore-rule that names a site itself', { type: 'ignore-rule', rule: 'pushy', scope: { site: 'https://evil.example' } }],
  ])('rejects %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('keeps only the known fields of a well-formed message', () => {
    expect(parseMessage({ ...PUBLISHED, extra: 'dropped' })).toEqual(PUBLISHED);
    expect(parseMessage({ type: 'analyze', text: 'hi', platform: 'x', ignoreRules: ['pushy'], x: 1 })).toEqual({ type: 'analyze', text: 'hi', platform: 'x', ignoreRules: ['pushy'] });
  });
});

describe('parseAnalysisResponse', () => {
  const finding = { rule: 'pushy', name: 'Pushy', category: 'hard-sell', start: 0, end: 4, message: 'm' };
  const answer = { type: 'analysis', enabled: true, verdict: 'broadcast' };
  it('rejects findings outside the text or of the wrong shape', () => {
    expect(parseAnalysisResponse({ ...answer, findings: [{ ...finding, end: 99 }] }, 10)).toBeNull();
    expect(parseAnalysisResponse({ ...answer, findings: [{ ...finding, category: 'evil' }] }, 10)).toBeNull();
    expect(parseAnalysisResponse({ ...answer, findings: [{ ...finding, suggestion: { replacement: 3, advice: 'a' } }] }, 10)).toBeNull();
    expect(parseAnalysisResponse(undefined, 10)).toBeNull();
  });
  it('accepts a well-formed answer', () => {
    expect(parseAnalysisResponse({ ...answer, findings: [finding] }, 10)?.findings).toEqual([finding]);
  });
});

describe('the background handlers', () => {
  it('analyses a draft and names each finding’s rule', async () => {
    const response = await handleMessage({ type: 'analyze', text: STORY, platform: 'x', ignoreRules: [] });
    expect(response).toMatchObject({ type: 'analysis', verdict: 'hard-sell' });
    const findings = response?.type === 'analysis' ? response.findings : [];
    expect(findings.find((f) => f.rule === 'pushy')).toMatchObject({ name: expect.any(String), start: 66, end: 91 });
    expect(findings.every((f) => f.name.length > 0 && f.name !== f.rule)).toBe(true);
  });

  it('shows the English locale word for word as the analyzer says it, example questions included', async () => {
    for (const text of [STORY, 'Big sale today. Shop now at example.com #sale #deal #shop #buy', 'Our new menu is out.']) {
      const response = await handleMessage({ type: 'analyze', text, platform: 'x', ignoreRules: [] });
      const shown = response?.type === 'analysis' ? response.findings : [];
      const analysed = analyzePost(text).findings.map(({ suggestion, ...finding }): Finding => {
        if (!suggestion) return finding;
        const { example, ...rest } = suggestion;
        return { ...finding, suggestion: example === undefined ? rest : { ...rest, advice: `${rest.advice} For example: "${example}"` } };
      });
      expect(shown.map(({ name: _name, ...finding }) => finding)).toEqual(analysed);
      expect(analysed.some((f) => f.suggestion?.advice.includes('For example: "')) || text !== STORY).toBe(true);
    }
  });

  it("shows a rule's name, message and advice in the browser's language", async () => {
    const english = (fakeBrowser as unknown as { i18n: { getMessage(name: string): string } }).i18n;
    const pseudo = { getMessage: (name: string) => (english.getMessage(name) ? `[${english.getMessage(name)}]` : '') };
    Object.assign(fakeBrowser, { i18n: pseudo });
    try {
      const response = await handleMessage({ type: 'analyze', text: STORY, platform: 'x', ignoreRules: [] });
      const findings = response?.type === 'analysis' ? response.findings : [];
      const pushy = findings.find((f) => f.rule === 'pushy')!;
      expect([pushy.name, pushy.message, pushy.suggestion?.advice].every((text) => /^\[.*\]$/.test(text ?? ''))).toBe(true);
      const signOff = findings.find((f) => f.suggestion?.advice.includes('For example'))!;
      expect(signOff.suggestion!.advice).toMatch(/^\[[^\]]+\] \[For example: "[^"]+"\]$/);
    } finally {
      Object.assign(fakeBrowser, { i18n: english });
    }
  });

  it('leaves out ignored rules', async () => {
    const response = await handleMessage({ type: 'analyze', text: STORY, platform: 'x', ignoreRules: ['pushy'] });
    expect(response?.type === 'analysis' && response.findings.some((f) => f.rule === 'pushy')).toBe(false);
  });

  it('answers "not enabled" with no findings when the person paused Muffin or switched the site off', async () => {
    const coachSettings = vi.fn(async (origin: string | undefined) => ({ enabled: origin !== 'https://x.com', options: {} }));
    const request = { type: 'analyze', text: STORY, platform: 'x', ignoreRules: [] };
    expect(await handleMessage(request, { coachSettings }, { origin: 'https://x.com' })).toEqual({ type: 'analysis', enabled: false, verdict: 'none', findings: [] });
    expect(coachSettings).toHaveBeenCalledWith('https://x.com');
    expect(await handleMessage(request, { coachSettings }, { origin: 'https://bsky.app' })).toMatchObject({ enabled: true, verdict: 'hard-sell' });
  });

  it('applies the person’s options: their ignored rules and their own phrases', async () => {
    const coachSettings = async () => ({ enabled: true, options: { ignoreRules: ['urgency'], customPhrases: ['line up'] } });
    const response = await handleMessage({ type: 'analyze', text: STORY, platform: 'x', ignoreRules: [] }, { coachSettings });
    const rules = response?.type === 'analysis' ? response.findings.map((f) => f.rule) : [];
    expect(rules).not.toContain('urgency');
    expect(rules).toContain('custom-phrase');
    expect(response?.type === 'analysis' && response.findings.find((f) => f.rule === 'custom-phrase')?.name).toBe('Your flagged phrase');
  });

  it('passes "Ignore this rule" and "Why?" on', async () => {
    const ignoreRule = vi.fn();
    const openRuleHelp = vi.fn();
    await handleMessage({ type: 'ignore-rule', rule: 'pushy' }, { ignoreRule, openRuleHelp });
    await handleMessage({ type: 'ignore-rule', rule: 'urgency', scope: 'site' }, { ignoreRule, openRuleHelp }, { origin: 'https://x.com' });
    await handleMessage({ type: 'open-rule-help', rule: 'urgency' }, { ignoreRule, openRuleHelp });
    expect(ignoreRule).toHaveBeenNthCalledWith(1, 'pushy', 'everywhere', undefined);
    // The site comes from the sender the browser reports, not from the message.
    expect(ignoreRule).toHaveBeenNthCalledWith(2, 'urgency', 'site', 'https://x.com');
    expect(openRuleHelp).toHaveBeenCalledWith('urgency');
  });

  it('hands a published record to the history without its type', async () => {
    const recordPublished = vi.fn();
    expect(await handleMessage(PUBLISHED, { recordPublished })).toEqual({ type: 'ack' });
    const { type: _type, ...record } = PUBLISHED;
    expect(recordPublished).toHaveBeenCalledWith(record);
  });

  it('ignores anything else', async () => {
    expect(await handleMessage({ type: 'published', verdict: 'hard-sell' })).toBeUndefined();
  });
});

describe('runtime messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the content script’s analyze request through browser.runtime', async () => {
    listenForCoachMessages();
    const response = await runtimeMessenger.analyze(STORY, 'x', []);
    expect(response?.verdict).toBe('hard-sell');
    expect(response?.findings.length).toBeGreaterThan(3);
  });
});

describe('coach settings from the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns coaching off when paused or when the site is switched off, and passes the analysis options', async () => {
    const { coachSettingsFor } = await import('@/lib/messaging/coach-settings');
    const { saveSettings } = await import('@/lib/storage');
    expect((await coachSettingsFor('https://x.com')).enabled).toBe(true);
    await saveSettings({ sites: { 'https://x.com/*': false }, sensitivity: 'strict' });
    expect(await coachSettingsFor('https://x.com')).toMatchObject({ enabled: false, options: { sensitivity: 'strict' } });
    expect((await coachSettingsFor('https://bsky.app')).enabled).toBe(true);
    await saveSettings({ paused: true });
    expect((await coachSettingsFor('https://bsky.app')).enabled).toBe(false);
  });

  it('adds an ignored rule once', async () => {
    const { ignoreRuleEverywhere } = await import('@/lib/messaging/coach-settings');
    const { loadSettings } = await import('@/lib/storage');
    await ignoreRuleEverywhere('pushy');
    await ignoreRuleEverywhere('pushy');
    expect((await loadSettings()).settings.ignoreRules).toEqual(['pushy']);
  });

  it('ignores a rule on one site only, from the sender’s origin', async () => {
    const { coachSettingsFor, ignoreRuleFromCard } = await import('@/lib/messaging/coach-settings');
    const { loadSettings } = await import('@/lib/storage');
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
