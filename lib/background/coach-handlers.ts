// What the background does with the coach's messages. Runs in the service worker; the analyzer lives only
// here, so the script injected in every social tab stays small.
import { analyzePost, rulesById } from '../analysis';
import { customPhraseRule } from '../analysis/rules';
import type { AnalyzeOptions, Finding } from '../analysis/types';
import { ruleText } from '../i18n/browser-wording';
import type { Handlers } from '../messaging/listen';
import type { CoachFinding, IgnoreScope, PublishedMessage } from '../messaging/protocol';

/** The person's settings as they bear on coaching one site. */
export interface CoachSettings {
  enabled: boolean;
  options: AnalyzeOptions;
}

export interface CoachDeps {
  /** Where published posts go (the history). Absent: they are dropped. */
  recordPublished?: (published: Omit<PublishedMessage, 'type'>) => void | Promise<void>;
  /** Opens the page that explains a rule. */
  openRuleHelp?: (rule: string) => void | Promise<void>;
  /** Settings for the page's origin (undefined when the sender has no URL). Absent: defaults, coaching on. */
  coachSettings?: (origin: string | undefined) => Promise<CoachSettings>;
  /** Adds a rule to the ignored ones, for good: on the sender's site, or everywhere. */
  ignoreRule?: (rule: string, scope: IgnoreScope, origin: string | undefined) => void | Promise<void>;
}

/**
 * The rule's text in the browser's language; the analyzer's English stays where a locale lacks it. The
 * example question travels as its own field, for the card to word in its language.
 */
export function findingForCoach(finding: Finding): CoachFinding {
  const rule = finding.rule === customPhraseRule.id ? customPhraseRule : rulesById.get(finding.rule);
  if (!rule) return { ...finding, name: finding.rule };
  const shown: CoachFinding = { ...finding, name: ruleText(rule.id, 'name', rule.name) };
  if (finding.message === rule.message) shown.message = ruleText(rule.id, 'message', rule.message);
  if (finding.suggestion?.advice === rule.advice) shown.suggestion = { ...finding.suggestion, advice: ruleText(rule.id, 'advice', rule.advice) };
  return shown;
}

type CoachHandlers = Pick<Handlers, 'analyze' | 'published' | 'ignore-rule' | 'open-rule-help'>;

export function coachHandlers(deps: CoachDeps = {}): CoachHandlers {
  return {
    async analyze(message, { origin }) {
      const settings = (await deps.coachSettings?.(origin)) ?? { enabled: true, options: {} };
      if (!settings.enabled) return { type: 'analysis', enabled: false, verdict: 'none', findings: [] };
      const ignoreRules = [...(settings.options.ignoreRules ?? []), ...message.ignoreRules];
      const started = performance.now();
      const analysis = analyzePost(message.text, { ...settings.options, ignoreRules });
      // Benchmarks (bench/coach.bench.ts) switch this on in the service worker to collect analysis times.
      if ((globalThis as { __muffinBench?: boolean }).__muffinBench) performance.measure('muffin:analyze', { start: started });
      return { type: 'analysis', enabled: true, verdict: analysis.verdict, findings: analysis.findings.map(findingForCoach) };
    },
    async published({ type: _type, ...record }) {
      await deps.recordPublished?.(record);
      return null;
    },
    async 'ignore-rule'(message, { origin }) {
      await deps.ignoreRule?.(message.rule, message.scope, origin);
      return null;
    },
    async 'open-rule-help'(message) {
      await deps.openRuleHelp?.(message.rule);
      return null;
    },
  };
}
