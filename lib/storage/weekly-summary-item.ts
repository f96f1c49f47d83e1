import { storage } from 'wxt/utils/storage';

/**
 * The day number of the last week whose summary notification was shown (or that was already closed when
 * the person opted in). Null while the notification is off.
 */
export const announcedWeekItem = storage.defineItem<number | null>('local:weeklySummaryAnnounced', { fallback: null, version: 1 });
