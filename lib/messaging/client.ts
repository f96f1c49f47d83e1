// The coach's side of the messaging layer (the content script). Replies come from Muffin's own background
// only (a web page cannot answer runtime messages), so they are not checked again here: the checks stay
// in the background's bundle, not in the script every social tab loads.
import { browser } from 'wxt/browser';
import type { AnalysisResponse, Answer, IgnoreScope, Message, MessageType, PublishedMessage, Reply } from './protocol';

/** The coach's side of the protocol: what the page asks of the background. */
export interface CoachMessenger {
  analyze(text: string, platform: string, ignoreRules: readonly string[]): Promise<AnalysisResponse | null>;
  published(message: PublishedMessage): Promise<void>;
  openRuleHelp(rule: string): Promise<void>;
  ignoreRule(rule: string, scope: IgnoreScope): Promise<void>;
}

/** Sends one message; null when there is no answer (the extension was reloaded or updated under this page). */
async function send<K extends MessageType>(message: Message<K>): Promise<Reply<K> | null> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<Reply<K>> | undefined;
    return answer?.ok ? answer.result : null;
  } catch {
    // The coach goes quiet; the page carries on.
    return null;
  }
}

export const runtimeMessenger: CoachMessenger = {
  analyze: (text, platform, ignoreRules) => send({ type: 'analyze', text, platform, ignoreRules: [...ignoreRules] }),
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
