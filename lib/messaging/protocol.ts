// Every message the background answers, in one typed map: a message's `type` names its fields and its reply.
// Types and limits only. The checks run in the background (validate.ts), so the content script, which only
// talks to Muffin's own background, carries none of them.
import type { Category, Verdict } from '../analysis/types';
import type { ArchivePost } from '../history/archives/types';
import type { ParsedHistoryFile } from '../history/import';
import type { Platform, PostRecord } from '../history/types';

/** Drafts longer than this are not analyzed: no social network takes posts this long. */
export const MAX_DRAFT_CHARS = 40_000;

/** Where "Ignore this rule" applies: the site the card is on, or every site. */
export type IgnoreScope = 'site' | 'everywhere';
export const IGNORE_SCOPES: readonly IgnoreScope[] = ['site', 'everywhere'];

/** A finding as the coach shows it: the analyzer's finding in the browser's language, plus the rule's name. */
export interface CoachFinding {
  rule: string;
  name: string;
  category: Category;
  start: number;
  end: number;
  message: string;
  /** `example`: a question the person could ask (the card words it "For example: …" in its language). */
  suggestion?: { replacement?: string; advice: string; example?: string };
}

export interface AnalysisResponse {
  type: 'analysis';
  /** False when the person paused Muffin or switched it off on this site: the coach then shows nothing. */
  enabled: boolean;
  verdict: Verdict;
  findings: CoachFinding[];
}

export interface WriteResult {
  added: number;
  duplicates: number;
  total: number;
}

export interface ArchiveImportResult extends WriteResult {
  /** Posts analyzed (all of the archive's). */
  analyzed: number;
}

export interface TeamImportResult {
  added: number;
  duplicates: number;
  people: number;
}

/**
 * Each message type: its fields (`request`, without `type`), what the background answers (`reply`), and
 * who may send it (`from`): the coach in a web page's content script, or only Muffin's own pages (popup,
 * options), which the background tells by the sender's URL.
 */
export interface Protocol {
  /** The coach's draft, to analyze with the person's settings for the sender's site. */
  analyze: { request: { text: string; /** Site adapter id, e.g. 'x', 'generic'. */ platform: string; /** Rules ignored in this tab. */ ignoreRules: string[] }; reply: AnalysisResponse; from: 'coach' };
  /** A post went out: what the coach saw last. */
  published: {
    request: {
      verdict: Verdict;
      /** Ids of the rules still flagged when the post went out. */
      rules: string[];
      platform: string;
      /** True when the draft had flags fixed (applied or edited away) before it was posted. */
      improved: boolean;
      chars: number;
      /** Epoch milliseconds. */
      publishedAt: number;
      /**
       * True when the box answered someone (a reply or comment box: the site adapter's `isReply`). Optional
       * for coaches that predate it: absent means a new post.
       */
      reply?: boolean;
    };
    reply: null;
    from: 'coach';
  };
  /** "Ignore this rule" on a card. Which site is taken from the sender, never from the message. */
  'ignore-rule': { request: { rule: string; scope: IgnoreScope }; reply: null; from: 'coach' };
  /** "Why?" on a card: the rule's principle in the options page. */
  'open-rule-help': { request: { rule: string }; reply: null; from: 'coach' };
  'history:record': { request: { record: PostRecord }; reply: WriteResult; from: 'extension-page' };
  /** A restored backup. */
  'history:import': { request: { posts: PostRecord[] }; reply: WriteResult; from: 'extension-page' };
  /** A platform archive the options page has read: the background analyzes it and adds it to the history. */
  'archive:import': { request: { platform: Platform; posts: ArchivePost[] }; reply: ArchiveImportResult; from: 'extension-page' };
  'history:clear': { request: Record<never, never>; reply: null; from: 'extension-page' };
  'team:import': { request: { files: ParsedHistoryFile[] }; reply: TeamImportResult; from: 'extension-page' };
  'team:forget': { request: { person: string }; reply: null; from: 'extension-page' };
  'team:clear': { request: Record<never, never>; reply: null; from: 'extension-page' };
}

export type MessageType = keyof Protocol;
/** A message as it travels: its type and its fields. */
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Protocol[K]['request'] : never;
export type Reply<K extends MessageType> = Protocol[K]['reply'];

/** The background's answer on the wire: the reply, or why there is none (in English). */
export type Answer<T> = { ok: true; result: T } | { ok: false; error: string };

/** The coach's published report. */
export type PublishedMessage = Message<'published'>;

/** Name of the runtime port that carries page requests that report progress (archive imports). */
export const REQUEST_PORT = 'muffin-request';

/** What travels on the request port: a request, its progress, its answer. */
export type PortRequest = { id: number; message: Message };
export type PortResponse<T = unknown> = { id: number; progress: { done: number; total: number } } | { id: number; answer: Answer<T> };
