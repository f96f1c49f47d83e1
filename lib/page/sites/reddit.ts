import { selectorAdapter } from './adapter';

// Reddit: new Reddit puts a Lexical editor inside the shreddit-composer custom element (light DOM or its
// shadow root); old Reddit uses plain textareas.
export const reddit = selectorAdapter({
  id: 'reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'new.reddit.com', 'old.reddit.com', 'sh.reddit.com'],
  editors: [
    'shreddit-composer [contenteditable][data-lexical-editor]',
    '[contenteditable][data-lexical-editor]',
    '.usertext-edit textarea',
  ],
  shadowHosts: ['shreddit-composer'],
  publish: ['button[type="submit"]', '.usertext-buttons .save', '[slot="submit-button"]'],
});
