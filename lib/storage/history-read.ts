import { storage } from 'wxt/utils/storage';
import { inspectStoredHistory, type StoredHistory } from '../history/stored';
import { readTeamValue, type TeamStore } from '../history/team';

// Read-only access for pages (popup, options). It does not define the storage items, because defining
// an item with migrations reads its whole value at once: with thousands of posts, the popup would read
// the history twice before showing anything. Migrations run in the background, which defines the items;
// a page that reads before they finish sees the old version read through the same migration.

/** The stored history and whether it can be trusted. */
export async function readHistory(): Promise<StoredHistory> {
  const [value, meta] = await Promise.all([storage.getItem<unknown>('local:history'), storage.getMeta<{ v?: unknown }>('local:history')]);
  return inspectStoredHistory(value, meta.v);
}

/** Exactly what is stored, value and metadata, for the "download the raw data" button. */
export async function readRawHistory(): Promise<string> {
  const [value, meta] = await Promise.all([storage.getItem<unknown>('local:history'), storage.getMeta('local:history')]);
  return JSON.stringify({ key: 'local:history', meta, value }, null, 2) + '\n';
}

/** The imported team, read through the team item's migration when the background has not run it yet. */
export async function readTeam(): Promise<TeamStore> {
  const [value, meta] = await Promise.all([storage.getItem<unknown>('local:team'), storage.getMeta<{ v?: unknown }>('local:team')]);
  return readTeamValue(value, meta.v);
}

/** Calls `onChange` whenever the history, its version or the team changes. Returns the unwatch function. */
export function watchHistory(onChange: () => void): () => void {
  const stops = [storage.watch('local:history', onChange), storage.watch('local:history$', onChange), storage.watch('local:team', onChange)];
  return () => stops.forEach((stop) => stop());
}
