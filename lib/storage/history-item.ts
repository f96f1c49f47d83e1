import { storage } from 'wxt/utils/storage';
import { HISTORY_STORE_VERSION, migrateHistoryV1ToV2, migrateHistoryV2ToV3, migrateHistoryV3ToV4, type StoredHistoryValue } from '../history/stored';
import { migrateTeamV1ToV2, TEAM_STORE_VERSION, type TeamStore } from '../history/team';

/**
 * Published posts, on this device only (`local:`): history never syncs. No fallback: a missing value
 * reads as null, which the health check (inspectStoredHistory) tells apart from a damaged one.
 */
export const historyItem = storage.defineItem<StoredHistoryValue, { v: number }>('local:history', {
  version: HISTORY_STORE_VERSION,
  migrations: { 2: migrateHistoryV1ToV2, 3: migrateHistoryV2ToV3, 4: migrateHistoryV3ToV4 },
});

/** Team members' imported exports, for the manager's team view. */
export const teamItem = storage.defineItem<TeamStore, { v: number }>('local:team', {
  fallback: { members: [] },
  version: TEAM_STORE_VERSION,
  migrations: { 2: migrateTeamV1ToV2 },
});

export { readHistory, readRawHistory, readTeam } from './history-read';
