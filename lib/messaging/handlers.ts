// What the background does with each message. Runs in the service worker; the analyzer lives only here,
// so the script injected in every social tab stays small.
import { analyzePost, rulesById } from '../analysis';
import type { Finding } from '../analysis/types';
import { parseMessage, type AckResponse, type AnalysisResponse, type CoachFinding, type PublishedMessage } from './protocol';

export type PublishedSink = (record: Omit<PublishedMessage, 'type'>) => void | Promise<void>;

export interface HandlerDeps {
  /** Where published posts go (the history). Absent: they are dropped. */
  recordPublished?: PublishedSink;
}

const CUSTOM_PHRASE_NAME = 'Your flagged phrase';

function withName(finding: Finding): CoachFinding {
  const name = rulesById.get(finding.rule)?.name ?? (finding.rule === 'custom-phrase' ? CUSTOM_PHRASE_NAME : finding.rule);
  return { ...finding, name };
}

/** Answers one message; undefined for anything that is not a well-formed Muffin message. */
export async function handleMessage(raw: unknown, deps: HandlerDeps = {}): Promise<AnalysisResponse | AckResponse | undefined> {
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'analyze') {
    const analysis = analyzePost(message.text, { ignoreRules: message.ignoreRules });
    return { type: 'analysis', verdict: analysis.verdict, findings: analysis.findings.map(withName) };
  }
  const { type: _type, ...record } = message;
  await deps.recordPublished?.(record);
  return { type: 'ack' };
}
