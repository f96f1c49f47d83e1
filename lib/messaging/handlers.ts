// What the background does with each message. Runs in the service worker; the analyzer lives only here,
// so the script injected in every social tab stays small.
import { analyzePost, rulesById } from '../analysis';
import { customPhraseRule } from '../analysis/rules';
import { ruleText, translate } from '../i18n/browser-wording';
import type { AnalyzeOptions, Finding } from '../analysis/types';
import { parseMessage, type AckResponse, type AnalysisResponse, type CoachFinding, type IgnoreScope, type PublishedMessage } from './protocol';

export type PublishedSink = (record: Omit<PublishedMessage, 'type'>) => void | Promise<void>;

/** The person's settings as they bear on coaching one site. */
export interface CoachSettings {
  enabled: boolean;
  options: AnalyzeOptions;
}

export interface HandlerDeps {
  /** Where published posts go (the history). Absent: they are dropped. */
  recordPublished?: PublishedSink;
  /** Opens the page that explains a rule. */
  openRuleHelp?: (rule: string) => void | Promise<void>;
  /** Settings for the page's origin (undefined when the sender has no URL). Absent: defaults, coaching on. */
  coachSettings?: (origin: string | undefined) => Promise<CoachSettings>;
  /** Adds a rule to the ignored ones, for good: on the sender's site, or everywhere. */
  ignoreRule?: (rule: string, scope: IgnoreScope, origin: string | undefined) => void | Promise<void>;
}

/** Where the message came from, as the browser (not the message) says. */
export interface SenderContext {
  origin?: string;
}

/** The rule's text in the browser's language; the analyzer's English stays where a locale lacks it. */
function forDisplay(finding: Finding): CoachFinding {
  const rule = finding.rule === customPhraseRule.id ? customPhraseRule : rulesById.get(finding.rule);
  if (!rule) return { ...finding, name: finding.rule };
  const shown: CoachFinding = { ...finding, name: ruleText(rule.id, 'name', rule.name) };
  if (finding.message === rule.message) shown.message = ruleText(rule.id, 'message', rule.message);
  if (finding.suggestion) {
    const { example, ...suggestion } = finding.suggestion;
    const advice = suggestion.advice === rule.advice ? ruleText(rule.id, 'advice', rule.advice) : suggestion.advice;
    shown.suggestion = { ...suggestion, advice: example === undefined ? advice : `${advice} ${translate('coach.forExample', 'For example: "{example}"', { example })}` };
  }
  return shown;
}

/** Answers one message; undefined for anything that is not a well-formed Muffin message. */
export async function handleMessage(raw: unknown, deps: HandlerDeps = {}, sender: SenderContext = {}): Promise<AnalysisResponse | AckResponse | undefined> {
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'analyze': {
      const settings = (await deps.coachSettings?.(sender.origin)) ?? { enabled: true, options: {} };
      if (!settings.enabled) return { type: 'analysis', enabled: false, verdict: 'none', findings: [] };
      const ignoreRules = [...(settings.options.ignoreRules ?? []), ...message.ignoreRules];
      const started = performance.now();
      const analysis = analyzePost(message.text, { ...settings.options, ignoreRules });
      // Benchmarks (bench/coach.bench.ts) switch this on in the service worker to collect analysis times.
      if ((globalThis as { __muffinBench?: boolean }).__muffinBench) performance.measure('muffin:analyze', { start: started });
      return { type: 'analysis', enabled: true, verdict: analysis.verdict, findings: analysis.findings.map(forDisplay) };
    }
    case 'open-rule-help':
      await deps.openRuleHelp?.(message.rule);
      return { type: 'ack' };
    case 'ignore-rule':
      await deps.ignoreRule?.(message.rule, message.scope, sender.origin);
      return { type: 'ack' };
    case 'published': {
      const { type: _type, ...record } = message;
      await deps.recordPublished?.(record);
      return { type: 'ack' };
    }
  }
}
