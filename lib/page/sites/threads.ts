import { selectorAdapter } from './adapter';

// Threads: Lexical editors like Facebook's.
export const threads = selectorAdapter({
  id: 'threads',
  hosts: ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'],
  editors: ['[contenteditable][role="textbox"][data-lexical-editor]'],
  publish: ['[role="button"][aria-label="Post"]'],
});
