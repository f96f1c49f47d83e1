import { browser } from 'wxt/browser';
import { parseAnalysisResponse, type AnalysisResponse, type IgnoreScope, type PublishedMessage } from './protocol';

/** The coach's side of the protocol: what the page asks of the background. */
export interface CoachMessenger {
  analyze(text: string, platform: string, ignoreRules: readonly string[]): Promise<AnalysisResponse | null>;
  published(message: PublishedMessage): Promise<void>;
  openRuleHelp(rule: string): Promise<void>;
  ignoreRule(rule: string, scope: IgnoreScope): Promise<void>;
}

async function send(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated under this page: the coach goes quiet, the page carries on.
    return undefined;
  }
}

export const runtimeMessenger: CoachMessenger = {
  async analyze(text, platform, ignoreRules) {
    const response = await send({ type: 'analyze', text, platform, ignoreRules: [...ignoreRules] });
    return parseAnalysisResponse(response, text.length);
  },
  async published(message) {
    await send(message);
  },
  async openRuleHelp(rule) {
    await send({ type: 'open-rule-help', rule });
  },
  async ignoreRule(rule, scope) {
    await send({ type: 'ignore-rule', rule, scope });
  },
};
