import { listenForCoachMessages } from '@/lib/messaging/listen';

export default defineBackground(() => {
  listenForCoachMessages();
});
