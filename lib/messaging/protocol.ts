// The messages between the content script (the coach in the page) and the background (the analyzer).
// Pure data and validators: every message is checked field by field, because a page can post anything.
import type { Category, Verdict } from '../analysis/types';

/** Drafts longer than this are not analysed: no social network takes posts this long. */
export const MAX_DRAFT_CHARS = 40_000;
const MAX_RULES = 200;
const MAX_ID_CHARS = 80;

export const VERDICTS: readonly Verdict[] = ['conversation', 'broadcast', 'hard-sell', 'none'];
export const CATEGORIES: readonly Category[] = ['hard-sell', 'broadcast', 'conversation'];

export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  /** Site adapter id, e.g. 'x', 'linkedin', 'generic'. */
  platform: string;
  /** Rules the user chose to ignore (on this site or everywhere). */
  ignoreRules: string[];
}

export interface PublishedMessage {
  type: 'published';
  verdict: Verdict;
  /** Ids of the rules still flagged when the post went out. */
  rules: string[];
  platform: string;
  /** True when the draft had flags fixed (applied or edited away) before it was posted. */
  improved: boolean;
  chars: number;
  /** Epoch milliseconds. */
  publishedAt: number;
}

/** Where "Ignore this rule" applies: the site the card is on, or every site. */
export type IgnoreScope = 'site' | 'everywhere';
export const IGNORE_SCOPES: readonly IgnoreScope[] = ['site', 'everywhere'];

/**
 * "Ignore this rule" on a card: the rule stops showing on this site or everywhere (the options page lists
 * it to undo). Which site is taken from the sender, never from the message.
 */
export interface IgnoreRuleMessage {
  type: 'ignore-rule';
  rule: string;
  scope: IgnoreScope;
}

/** "Why?" on a card: show the rule's principle in the options page. */
export interface OpenRuleHelpMessage {
  type: 'open-rule-help';
  rule: string;
}

export type MuffinMessage = AnalyzeRequest | PublishedMessage | OpenRuleHelpMessage | IgnoreRuleMessage;

/** A finding as the coach shows it: the analyzer's finding plus the rule's display name. */
export interface CoachFinding {
  rule: string;
  name: string;
  category: Category;
  start: number;
  end: number;
  message: string;
  suggestion?: { replacement?: string; advice: string };
}

export interface AnalysisResponse {
  type: 'analysis';
  /** False when the person paused Muffin or switched it off on this site: the coach then shows nothing. */
  enabled: boolean;
  verdict: Verdict;
  findings: CoachFinding[];
}

export interface AckResponse {
  type: 'ack';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isShortId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS && /^[a-z0-9][a-z0-9._-]*$/i.test(value);
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_RULES && value.every(isShortId);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
const isVerdict = (value: unknown): value is Verdict => VERDICTS.includes(value as Verdict);
const isCategory = (value: unknown): value is Category => CATEGORIES.includes(value as Category);

/** Returns the message if it is one of Muffin's, well formed; null for anything else. */
export function parseMessage(value: unknown): MuffinMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'analyze': {
      const { text, platform, ignoreRules } = value;
      if (typeof text !== 'string' || text.length > MAX_DRAFT_CHARS) return null;
      if (!isShortId(platform)) return null;
      if (!isIdList(ignoreRules)) return null;
      return { type: 'analyze', text, platform, ignoreRules: [...ignoreRules] };
    }
    case 'published': {
      const { verdict, rules, platform, improved, chars, publishedAt } = value;
      if (!isVerdict(verdict) || !isIdList(rules) || !isShortId(platform)) return null;
      if (typeof improved !== 'boolean' || !isCount(chars) || chars > MAX_DRAFT_CHARS || !isCount(publishedAt)) return null;
      return { type: 'published', verdict, rules: [...rules], platform, improved, chars, publishedAt };
    }
    case 'open-rule-help':
      return isShortId(value.rule) ? { type: 'open-rule-help', rule: value.rule } : null;
    case 'ignore-rule': {
      const scope = value.scope ?? 'everywhere';
      if (!isShortId(value.rule) || !IGNORE_SCOPES.includes(scope as IgnoreScope)) return null;
      return { type: 'ignore-rule', rule: value.rule, scope: scope as IgnoreScope };
    }
    default:
      return null;
  }
}

function parseFinding(value: unknown, textLength: number): CoachFinding | null {
  if (!isRecord(value)) return null;
  const { rule, name, category, start, end, message, suggestion } = value;
  if (!isShortId(rule) || typeof name !== 'string' || !isCategory(category) || typeof message !== 'string') return null;
  if (!isCount(start) || !isCount(end) || start > end || end > textLength) return null;
  const finding: CoachFinding = { rule, name, category, start, end, message };
  if (suggestion !== undefined) {
    if (!isRecord(suggestion) || typeof suggestion.advice !== 'string') return null;
    const { replacement } = suggestion;
    if (replacement !== undefined && typeof replacement !== 'string') return null;
    finding.suggestion = replacement === undefined ? { advice: suggestion.advice } : { replacement, advice: suggestion.advice };
  }
  return finding;
}

/** Checks the background's answer to an analyze request against the text that was sent. */
export function parseAnalysisResponse(value: unknown, textLength: number): AnalysisResponse | null {
  if (!isRecord(value) || value.type !== 'analysis' || typeof value.enabled !== 'boolean' || !isVerdict(value.verdict) || !Array.isArray(value.findings)) return null;
  const findings: CoachFinding[] = [];
  for (const item of value.findings) {
    const finding = parseFinding(item, textLength);
    if (!finding) return null;
    findings.push(finding);
  }
  return { type: 'analysis', enabled: value.enabled, verdict: value.verdict, findings };
}
