// What the background does with history requests from the popup and the options page (checked in
// lib/messaging/validate.ts before they get here), and with the coach's published posts.
import { analyzeArchive } from '../history/archives/analyze';
import { recordFromCoach } from '../history/from-coach';
import type { Handlers } from '../messaging/listen';
import type { PublishedMessage } from '../messaging/protocol';
import { clearHistory, clearTeam, forgetTeamMember, importPosts, importTeamFiles, recordPublished } from '../storage/history-writes';
import { loadSettings } from '../storage/settings';

type HistoryHandlers = Pick<Handlers, 'history:record' | 'history:import' | 'archive:import' | 'history:clear' | 'team:import' | 'team:forget' | 'team:clear'>;

export const historyHandlers: HistoryHandlers = {
  'history:record': ({ record }) => recordPublished(record),
  'history:import': ({ posts }) => importPosts(posts),
  // Analyzes a platform archive with the person's coach settings, then adds it to the history: all or nothing.
  async 'archive:import'({ platform, posts }, { progress }) {
    const { settings } = await loadSettings();
    const records = await analyzeArchive(
      { ok: true, platform, posts, skipped: 0 },
      {
        keepText: settings.keepText,
        analyze: { sensitivity: settings.sensitivity, customPhrases: settings.customPhrases, ignorePhrases: settings.ignorePhrases, ignoreRules: settings.ignoreRules },
        onProgress: progress,
      },
    );
    return { ...(await importPosts(records)), analyzed: records.length };
  },
  async 'history:clear'() {
    await clearHistory();
    return null;
  },
  'team:import': ({ files }) => importTeamFiles(files),
  async 'team:forget'({ person }) {
    await forgetTeamMember(person);
    return null;
  },
  async 'team:clear'() {
    await clearTeam();
    return null;
  },
};

/** The coach's published posts go into the history. */
export async function recordCoachPost(published: Omit<PublishedMessage, 'type'>): Promise<void> {
  await recordPublished(recordFromCoach(published, crypto.randomUUID().slice(0, 8)));
}
