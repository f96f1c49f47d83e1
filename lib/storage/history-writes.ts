// History writes. Only the background calls these (through lib/background/history-handlers.ts), and
// they run one at a time, so two tabs publishing at once both land.
import { storage } from 'wxt/utils/storage';
import type { ParsedHistoryFile } from '../history/import';
import { mergePosts, withoutText } from '../history/merge';
import { pruneOlderThan } from '../history/retention';
import { HISTORY_STORE_VERSION, inspectStoredHistory, toStoredHistory } from '../history/stored';
import { addTeamFiles, readTeamValue, removeTeamMember, TEAM_STORE_VERSION, type TeamStore } from '../history/team';
import type { PostRecord } from '../history/types';
import { validateRecord, validateRecords } from '../history/validate';
import type { TeamImportResult, WriteResult } from '../messaging/protocol';
import { historyItem, teamItem } from './history-item';
import { loadSettings } from './settings';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it; a failed write does not stop the ones after it. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export class HistoryStorageError extends Error {
  override name = 'HistoryStorageError';
}

async function writePosts(incoming: PostRecord[], now: number): Promise<WriteResult> {
  // Through the item, so the read waits for the migration the background runs when it starts.
  const [value, meta] = await Promise.all([historyItem.getValue(), historyItem.getMeta()]);
  const stored = inspectStoredHistory(value, meta.v);
  if (stored.status !== 'ok') throw new HistoryStorageError(stored.message);
  const { settings } = await loadSettings();
  const merged = mergePosts(stored.store.posts, settings.keepText ? incoming : withoutText(incoming));
  const posts = pruneOlderThan(merged.posts, settings.retentionWeeks, now);
  if (merged.added > 0 || posts.length !== merged.posts.length) {
    // Value and version in one write, so a page never reads new columns under an old version; the version
    // is stamped every time because after a clear WXT would leave the new value without one.
    await storage.setItems([
      { item: historyItem, value: toStoredHistory({ posts }) },
      { key: `${historyItem.key}$`, value: { v: HISTORY_STORE_VERSION } },
    ]);
  }
  return { added: merged.added, duplicates: merged.duplicates, total: posts.length };
}

/** Stores one published post (from the inline coach). A post already stored under its id is left as it is. */
export async function recordPublished(record: PostRecord, now = Date.now()): Promise<WriteResult> {
  const checked = validateRecord(record);
  if (!checked.ok) throw new TypeError(`Not a post record: ${checked.problem}`);
  return serialized(() => writePosts([checked.record], now));
}

/** Adds many posts at once (a restored backup, an analysed platform archive): all or nothing. */
export async function importPosts(records: readonly unknown[], now = Date.now()): Promise<WriteResult> {
  const checked = validateRecords(records);
  if (!checked.ok) throw new TypeError(checked.problem);
  return serialized(() => writePosts(checked.records, now));
}

/** Deletes the whole history, including a damaged or newer store once its raw data has been offered. */
export async function clearHistory(): Promise<void> {
  return serialized(async () => {
    await historyItem.removeValue({ removeMeta: true });
  });
}

/** Through the item, so the read waits for the team's migration too. */
async function readTeamToWrite(): Promise<TeamStore> {
  const [value, meta] = await Promise.all([teamItem.getValue(), teamItem.getMeta()]);
  return readTeamValue(value, meta.v);
}

/** The team and its version in one write, for the same reason as the history's. */
async function writeTeam(store: TeamStore): Promise<void> {
  await storage.setItems([
    { item: teamItem, value: store },
    { key: `${teamItem.key}$`, value: { v: TEAM_STORE_VERSION } },
  ]);
}

export async function importTeamFiles(files: readonly ParsedHistoryFile[], now = Date.now()): Promise<TeamImportResult> {
  for (const file of files) {
    const checked = validateRecords(file.posts);
    if (!checked.ok) throw new TypeError(`${file.person}: ${checked.problem}`);
  }
  return serialized(async () => {
    const result = addTeamFiles(await readTeamToWrite(), files, now);
    await writeTeam(result.store);
    return { added: result.added, duplicates: result.duplicates, people: result.store.members.length };
  });
}

export async function forgetTeamMember(person: string): Promise<void> {
  return serialized(async () => {
    await writeTeam(removeTeamMember(await readTeamToWrite(), person));
  });
}

export async function clearTeam(): Promise<void> {
  return serialized(async () => {
    await teamItem.removeValue();
  });
}
