import { runtimeMessenger } from '@/lib/messaging/client';
import { startCoach } from '@/lib/page/coach';
import { adapterFor } from '@/lib/page/sites';
import { SITE_MATCHES } from '@/lib/sites';

// The coach in social tabs. Small on purpose: the analyzer runs in the background, not here.
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startCoach({ doc: document, site: adapterFor(location.hostname), messenger: runtimeMessenger, signal: ctx.signal });
  },
});
