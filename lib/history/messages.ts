import type { ArchivePost } from './archives/types';
import type { ParsedHistoryFile } from './import';
import type { WriteResult } from './record';
import type { Platform, PostRecord } from './types';

/** Messages the popup, the options page and the content script send to the background about history. */
export type HistoryMessage =
  | { type: 'history:record'; record: PostRecord }
  | { type: 'history:import'; posts: PostRecord[] }
  /** A platform archive the options page has read: the background analyses it and adds it to the history. */
  | { type: 'archive:import'; platform: Platform; posts: ArchivePost[] }
  | { type: 'history:clear' }
  | { type: 'team:import'; files: ParsedHistoryFile[] }
  | { type: 'team:forget'; person: string }
  | { type: 'team:clear' };

export interface ArchiveImportResult extends WriteResult {
  /** Posts analysed (all of the archive's). */
  analysed: number;
}

export type HistoryReply<T = WriteResult | ArchiveImportResult | { added: number; duplicates: number; people: number } | null> = { ok: true; result: T } | { ok: false; error: string };

/** What travels on the history port: a request, its progress (long imports), and its reply. */
export type HistoryRequestEnvelope = { id: number; message: HistoryMessage };
export type HistoryResponseEnvelope<T = unknown> = { id: number; progress: { done: number; total: number } } | { id: number; reply: HistoryReply<T> };

/** Name of the runtime port that carries history writes. */
export const HISTORY_PORT = 'muffin-history';

const TYPES = new Set<string>(['history:record', 'history:import', 'archive:import', 'history:clear', 'team:import', 'team:forget', 'team:clear']);

/** Checks the type only: each handler validates its own fields (records, archive posts) before acting. */
export function isHistoryMessage(message: unknown): message is HistoryMessage {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}
