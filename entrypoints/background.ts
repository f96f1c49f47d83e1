import { coachHandlers } from '@/lib/background/coach-handlers';
import { coachSettingsFor, ignoreRuleFromCard } from '@/lib/background/coach-settings';
import { historyHandlers, recordCoachPost } from '@/lib/background/history-handlers';
import { openRuleHelp } from '@/lib/background/rule-help';
import { registerWeeklySummary } from '@/lib/background/weekly-notification';
import { watchOptionalSites } from '@/lib/extension/optional-sites';
import { listenForMessages, listenForRequests, type Handlers } from '@/lib/messaging/listen';
import { migrateLegacySettings } from '@/lib/storage/settings';

export default defineBackground(() => {
  void migrateLegacySettings();
  registerWeeklySummary();
  watchOptionalSites();
  const handlers: Handlers = {
    ...coachHandlers({ recordPublished: recordCoachPost, openRuleHelp, coachSettings: coachSettingsFor, ignoreRule: ignoreRuleFromCard }),
    ...historyHandlers,
  };
  listenForMessages(handlers);
  listenForRequests(handlers);
});
