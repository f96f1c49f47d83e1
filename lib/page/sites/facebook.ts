import { selectorAdapter } from './adapter';

// Facebook: Lexical editors, marked by Lexical itself with data-lexical-editor.
export const facebook = selectorAdapter({
  id: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  editors: ['[contenteditable][role="textbox"][data-lexical-editor]'],
  publish: ['[role="button"][aria-label="Post"]', '[role="button"][aria-label="Comment"]'],
});
