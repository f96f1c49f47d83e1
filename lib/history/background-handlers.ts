import { browser, type Browser } from 'wxt/browser';
import { loadSettings } from '../storage/settings-item';
import { analyzeArchive, validateArchive } from './archives/analyze';
import { recordFromCoach, type CoachPublished } from './from-coach';
import { HISTORY_PORT, isHistoryMessage, type ArchiveImportResult, type HistoryMessage, type HistoryReply, type HistoryResponseEnvelope } from './messages';
import { clearHistory, clearTeam, forgetTeamMember, importPosts, importTeamFiles, recordPublished } from './record';

type Progress = (done: number, total: number) => void;

/** Analyses a platform archive with the person's coach settings, then adds it to the history: all or nothing. */
async function importArchive(platform: unknown, posts: unknown, onProgress?: Progress): Promise<ArchiveImportResult> {
  const checked = validateArchive(platform, posts);
  if (!checked.ok) throw new TypeError(`This is not an archive Muffin can analyse: ${checked.problem}.`);
  const { settings } = await loadSettings();
  const records = await analyzeArchive(checked.archive, {
    keepText: settings.keepText,
    analyze: { sensitivity: settings.sensitivity, customPhrases: settings.customPhrases, ignorePhrases: settings.ignorePhrases, ignoreRules: settings.ignoreRules },
    onProgress,
  });
  return { ...(await importPosts(records)), analysed: records.length };
}

export async function handleHistoryMessage(message: HistoryMessage, onProgress?: Progress): Promise<HistoryReply> {
  try {
    switch (message.type) {
      case 'history:record':
        return { ok: true, result: await recordPublished(message.record) };
      case 'history:import':
        return { ok: true, result: await importPosts(message.posts) };
      case 'archive:import':
        return { ok: true, result: await importArchive(message.platform, message.posts, onProgress) };
      case 'history:clear':
        await clearHistory();
        return { ok: true, result: null };
      case 'team:import':
        return { ok: true, result: await importTeamFiles(message.files) };
      case 'team:forget':
        await forgetTeamMember(message.person);
        return { ok: true, result: null };
      case 'team:clear':
        await clearTeam();
        return { ok: true, result: null };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The coach's `recordPublished` sink (lib/messaging's HandlerDeps): published posts go into the history. */
export async function recordCoachPost(published: CoachPublished): Promise<void> {
  await recordPublished(recordFromCoach(published, crypto.randomUUID().slice(0, 8)));
}

/**
 * History writes from the popup and the options page arrive on their own port, so they never compete
 * with the coach's one-off messages for a reply. Only this extension's pages can connect.
 */
export function registerHistoryHandlers(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== HISTORY_PORT || port.sender?.id !== browser.runtime.id) return;
    const send = (envelope: HistoryResponseEnvelope) => {
      try {
        port.postMessage(envelope);
      } catch {
        // The page closed before the answer; the write itself is done.
      }
    };
    port.onMessage.addListener((envelope: unknown) => {
      const { id, message } = (envelope ?? {}) as { id?: unknown; message?: unknown };
      if (typeof id !== 'number') return;
      if (!isHistoryMessage(message)) return send({ id, reply: { ok: false, error: 'Unknown history message.' } });
      // Progress also keeps the service worker awake through a long analysis: each message is an API call.
      void handleHistoryMessage(message, (done, total) => send({ id, progress: { done, total } })).then((reply) => send({ id, reply }));
    });
  });
}
