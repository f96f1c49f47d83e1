import { runtimeMessenger } from '@/lib/messaging/client';
import { startCoach } from '@/lib/page/coach';
import { adapterFor } from '@/lib/page/sites';
import { SOCIAL_SITES } from '@/lib/social-sites';

// The coach in social tabs. Small on purpose: the analyzer runs in the background, not here.
export default defineContentScript({
  matches: SOCIAL_SITES,
  runAt: 'document_idle',
  main(ctx) {
    startCoach({ doc: document, site: adapterFor(location.hostname), messenger: runtimeMessenger, signal: ctx.signal });
  },
});
