// `npm start`: builds the extension and opens Chromium with it on the local playground (scripts/playground.ts).
import { register } from 'tsx/esm/api';

register();
await import('./playground.ts');
