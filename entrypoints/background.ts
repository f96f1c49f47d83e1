import { listenForCoachMessages } from '@/lib/messaging/listen';
import { coachSettingsFor, ignoreRuleFromCard } from '@/lib/messaging/coach-settings';
import { openRuleHelp } from '@/lib/messaging/rule-help';
import { watchOptionalSites } from '@/lib/extension/optional-sites';
import { recordCoachPost, registerHistoryHandlers } from '@/lib/history/background-handlers';
import { registerWeeklySummary } from '@/lib/history/weekly-notification';

export default defineBackground(() => {
  registerHistoryHandlers();
  registerWeeklySummary();
  watchOptionalSites();
  listenForCoachMessages({
    recordPublished: recordCoachPost,
    openRuleHelp,
    coachSettings: coachSettingsFor,
    ignoreRule: ignoreRuleFromCard,
  });
});
